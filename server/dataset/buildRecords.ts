import type { ClaimIdentity } from './claimId';
import { DateParseError, parseFuzzyDate, type FuzzyDate } from './dates';
import type { ClaimInput, DateInput, EntityInput, RelationInput, SourceInput } from './fileSchema';
import type { Claim, Entity, Figure, Relation, RelationType, Source } from './model';

// Builds one shape-checked record (fileSchema.ts) into the model, checking its references.
// The data-set loader runs it over whole files; curation runs it over the one record a change
// makes. Both report through `RecordChecks`, so a rule and its message exist once.

/** Where a value sits, for error messages. */
export interface Place {
  file: string;
  record: string;
}

/** What building a record needs from the records around it. */
export interface RecordChecks {
  /** One problem: `field` is a dotted path inside the record ("claims.0.source"). */
  report(place: Place, field: string, message: string): void;
  /** A claim cites this source: whether it is known (the loader also counts the claim for it). */
  citeSource(id: string): boolean;
  /** Whether a relation may end at this entity. */
  hasEntity(id: string): boolean;
  /** Whether the kind is in the data set's kinds.json. */
  isKind(kind: string): boolean;
  /** The relation type, or undefined when unknown; `true` for a type refused earlier (no second error). */
  relationType(type: string): RelationType | true | undefined;
  /** The id of a new claim (claimId.ts). */
  claimId(identity: ClaimIdentity): string;
  /** Why a locator does not point into the source's attached document; null when it does or there is none. */
  locatorProblem?(sourceId: string, locator: string): string | null;
}

// `field` is a function because the name is only needed for an error, and building a name like
// "claims.3.date" for each of a million claims was a measurable part of start-up.
export function buildDate(checks: RecordChecks, place: Place, field: () => string, input: DateInput | undefined): FuzzyDate | null {
  if (!input) return null;
  try {
    return parseFuzzyDate(input.edtf, input.text ?? null);
  } catch (error) {
    if (!(error instanceof DateParseError)) throw error;
    checks.report(place, `${field()}.edtf`, error.message);
    return null;
  }
}

/**
 * `subject`: the record the claims support, and for a figure's claims which figure
 * ("person:x/figure:victims"). `firstIndex`: where the first input will sit in the record's list.
 */
export function buildClaims(checks: RecordChecks, place: Place, field: string, inputs: readonly ClaimInput[], subject: string, firstIndex = 0): Claim[] {
  return inputs.map((input, inputIndex) => {
    const index = firstIndex + inputIndex;
    if (!checks.citeSource(input.source)) {
      checks.report(place, `${field}.${index}.source`, `unknown source "${input.source}" (not in sources.json)`);
    }
    const locatorProblem = checks.locatorProblem?.(input.source, input.locator);
    if (locatorProblem) checks.report(place, `${field}.${index}.locator`, locatorProblem);
    const date = buildDate(checks, place, () => `${field}.${index}.date`, input.date);
    return {
      id: checks.claimId({ subject, sourceId: input.source, locator: input.locator, stance: input.stance, edtf: date?.edtf ?? null }),
      sourceId: input.source,
      locator: input.locator,
      date,
      note: input.note,
      stance: input.stance,
      erratum: input.erratum ?? null,
    };
  });
}

/** The subject of a figure's claims (part of their ids). */
export const figureSubject = (entityId: string, figureName: string) => `${entityId}/figure:${figureName}`;

export function buildFigures(checks: RecordChecks, place: Place, entityId: string, inputs: EntityInput['figures'], firstIndex = 0): Figure[] {
  return inputs.map((figure, index) => ({
    name: figure.name,
    value: figure.value,
    qualifier: figure.qualifier,
    unit: figure.unit ?? null,
    claims: buildClaims(checks, place, `figures.${firstIndex + index}.claims`, figure.claims, figureSubject(entityId, figure.name)),
  }));
}

/** An entity's kind must be in kinds.json, and its id's prefix must be the kind's: a Person's id starts with "person:". */
export function checkEntityId(checks: RecordChecks, place: Place, id: string, kind: Entity['kind']): void {
  if (!checks.isKind(kind)) {
    checks.report(place, 'kind', `unknown kind "${kind}" (not in kinds.json)`);
    return;
  }
  const expectedPrefix = kind.toLowerCase();
  if (!id.startsWith(`${expectedPrefix}:`)) checks.report(place, 'id', `a ${kind} id must start with "${expectedPrefix}:"`);
}

/** An entity as loaded (version 1, disputes not yet worked out: findDisputes). */
export function buildEntity(checks: RecordChecks, input: EntityInput, file = 'entities.json'): Entity {
  const place = { file, record: input.id };
  checkEntityId(checks, place, input.id, input.kind);
  const figures = buildFigures(checks, place, input.id, input.figures);
  return {
    id: input.id,
    kind: input.kind,
    name: input.name,
    aliases: input.aliases,
    summary: input.summary,
    date: buildDate(checks, place, () => 'date', input.date),
    figures,
    claims: buildClaims(checks, place, 'claims', input.claims, input.id),
    disputedFields: [],
    version: 1,
  };
}

/** Checks a relation's type and ends. */
export function checkRelationEnds(checks: RecordChecks, place: Place, input: Pick<RelationInput, 'type' | 'from' | 'to'>): RelationType | undefined {
  const type = checks.relationType(input.type);
  if (type === undefined) checks.report(place, 'type', `unknown relation type "${input.type}" (not in vocabulary.json)`);
  for (const end of ['from', 'to'] as const) {
    if (!checks.hasEntity(input[end])) checks.report(place, end, `no entity with id "${input[end]}"`);
  }
  if (input.from === input.to) checks.report(place, 'to', 'a relation cannot point at its own start');
  return type === true ? undefined : type;
}

/** A relation as loaded (version 1, disputes not yet worked out: findDisputes). */
export function buildRelation(checks: RecordChecks, input: RelationInput, file = 'relations.json'): Relation {
  const place = { file, record: input.id };
  const type = checkRelationEnds(checks, place, input);
  return {
    id: input.id,
    type: input.type,
    label: type?.label ?? input.type,
    from: input.from,
    to: input.to,
    role: input.role ?? null,
    date: buildDate(checks, place, () => 'date', input.date),
    note: input.note ?? null,
    claims: buildClaims(checks, place, 'claims', input.claims, input.id),
    disputedFields: [],
    version: 1,
  };
}

export function buildSource(checks: RecordChecks, input: SourceInput, claimCount: number, file = 'sources.json'): Source {
  return {
    id: input.id,
    title: input.title,
    publisher: input.publisher ?? null,
    author: input.author ?? null,
    published: buildDate(checks, { file, record: input.id }, () => 'published', input.published),
    reliability: input.reliability,
    note: input.note ?? null,
    claimCount,
  };
}
