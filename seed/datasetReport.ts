import { locatorProblem } from '../server/documents';
import type { Claim, Dataset, EntityKind } from '../server/dataset';
import { knowledgeLinks, type KnowledgeLinks } from './knowledgeLinks';

/** Where a claim sits: an entity, a relation, or a figure on an entity. */
export interface ClaimPlace {
  subject: string;
  field: string;
}

export interface LocatorProblem extends ClaimPlace {
  sourceId: string;
  locator: string;
  /** Non-empty lines in the source, or null when the source file was not found. */
  paragraphs: number | null;
}

export interface DisputeLine {
  subject: string;
  field: string;
  claims: { sourceId: string; locator: string; date: string | null; stance: string }[];
}

export interface ErratumLine extends ClaimPlace {
  sourceId: string;
  locator: string;
  erratum: string;
}

export interface DatasetReport {
  name: string;
  entitiesByKind: Record<EntityKind, number>;
  /** Every vocabulary type, with 0 for types no relation uses yet. */
  relationsByType: Record<string, number>;
  claims: number;
  claimsPerSource: { sourceId: string; reliability: string; claims: number }[];
  /** Records without a claim; must be empty (the loader already refuses them). */
  uncited: string[];
  /** Entities no relation touches; must be empty. */
  isolated: string[];
  disputes: DisputeLine[];
  errata: ErratumLine[];
  /** Knowledge-carrying relations grouped by who received them and by who raised them. */
  knowledge: KnowledgeLinks;
  /** Claims whose paragraph is beyond the end of the source; null when the sources were not available. */
  locatorProblems: LocatorProblem[] | null;
  /** One line per "must be 0" check that failed; empty means the data set passes. */
  failures: string[];
}

/** Non-empty line counts per source id (the paragraphs locators count), when the sources are at hand. */
export type ParagraphCounts = ReadonlyMap<string, number>;

/** Every claim of the data set with where it sits. */
function allClaims(dataset: Dataset): (ClaimPlace & { claim: Claim })[] {
  const out: (ClaimPlace & { claim: Claim })[] = [];
  for (const entity of dataset.entities) {
    for (const claim of entity.claims) out.push({ subject: entity.id, field: 'claims', claim });
    for (const figure of entity.figures) {
      for (const claim of figure.claims) out.push({ subject: entity.id, field: `figure:${figure.name}`, claim });
    }
  }
  for (const relation of dataset.relations) {
    for (const claim of relation.claims) out.push({ subject: relation.id, field: 'claims', claim });
  }
  return out;
}

function checkLocators(claims: (ClaimPlace & { claim: Claim })[], counts: ParagraphCounts): LocatorProblem[] {
  const problems: LocatorProblem[] = [];
  for (const { subject, field, claim } of claims) {
    const paragraphs = counts.get(claim.sourceId) ?? null;
    const outOfRange = paragraphs === null || locatorProblem(claim.sourceId, claim.locator, paragraphs) !== null;
    if (outOfRange) problems.push({ subject, field, sourceId: claim.sourceId, locator: claim.locator, paragraphs });
  }
  return problems;
}

/** Builds the curation report of a loaded data set; pure, so tests can call it on any Dataset. */
export function datasetReport(dataset: Dataset, paragraphCounts?: ParagraphCounts): DatasetReport {
  const entitiesByKind: Record<EntityKind, number> = Object.fromEntries(dataset.kinds.map((kind) => [kind.kind, 0]));
  for (const entity of dataset.entities) entitiesByKind[entity.kind] = (entitiesByKind[entity.kind] ?? 0) + 1;

  const relationsByType: Record<string, number> = {};
  for (const type of dataset.vocabulary) relationsByType[type.type] = 0;
  for (const relation of dataset.relations) relationsByType[relation.type] = (relationsByType[relation.type] ?? 0) + 1;

  const claims = allClaims(dataset);
  const perSource = new Map<string, number>();
  for (const { claim } of claims) perSource.set(claim.sourceId, (perSource.get(claim.sourceId) ?? 0) + 1);
  const claimsPerSource = dataset.sources.map((source) => ({
    sourceId: source.id,
    reliability: source.reliability,
    claims: perSource.get(source.id) ?? 0,
  }));

  const uncited = [
    ...dataset.entities.filter((entity) => entity.claims.length === 0).map((entity) => entity.id),
    ...dataset.relations.filter((relation) => relation.claims.length === 0).map((relation) => relation.id),
  ];

  const linked = new Set(dataset.relations.flatMap((relation) => [relation.from, relation.to]));
  const isolated = dataset.entities.filter((entity) => !linked.has(entity.id)).map((entity) => entity.id);

  const disputes: DisputeLine[] = dataset.disputes.map((dispute) => ({
    subject: dispute.subject.id,
    field: dispute.field,
    claims: dispute.claims.map((claim) => ({
      sourceId: claim.sourceId,
      locator: claim.locator,
      date: claim.date?.edtf ?? null,
      stance: claim.stance,
    })),
  }));

  const errata: ErratumLine[] = claims.flatMap(({ subject, field, claim }) =>
    claim.erratum ? [{ subject, field, sourceId: claim.sourceId, locator: claim.locator, erratum: claim.erratum }] : [],
  );

  const locatorProblems = paragraphCounts ? checkLocators(claims, paragraphCounts) : null;

  const failures: string[] = [];
  if (uncited.length > 0) failures.push(`${uncited.length} uncited record(s)`);
  if (isolated.length > 0) failures.push(`${isolated.length} entity(ies) with no relation`);
  if (locatorProblems && locatorProblems.length > 0) failures.push(`${locatorProblems.length} locator(s) out of range`);

  return {
    name: dataset.name,
    entitiesByKind,
    relationsByType,
    claims: claims.length,
    claimsPerSource,
    uncited,
    isolated,
    disputes,
    errata,
    knowledge: knowledgeLinks(dataset),
    locatorProblems,
    failures,
  };
}
