import { claimIds } from './claimId';
import { DateParseError, parseFuzzyDate, type FuzzyDate } from './dates';
import type { DatasetIssue } from './DatasetError';
import type { ClaimInput, DateInput } from './fileSchema';
import type { Claim, Dataset, Dispute, Entity, Figure, Relation, RelationType, Source } from './model';
import type { ParsedFiles } from './readDatasetFiles';

/** Where a value sits, for error messages. */
interface Place {
  file: string;
  record: string;
}

/** Turns shape-checked files into the model, checking every reference between records. */
export function buildDataset(name: string, files: ParsedFiles, issues: DatasetIssue[]): Dataset {
  const report = (place: Place, field: string, message: string) => issues.push({ ...place, field, message });

  // `field` is a function because the name is only needed for an error, and building a name
  // like "claims.3.date" for each of a million claims was a measurable part of start-up.
  const date = (place: Place, field: () => string, input: DateInput | undefined): FuzzyDate | null => {
    if (!input) return null;
    try {
      return parseFuzzyDate(input.edtf, input.text ?? null);
    } catch (error) {
      if (!(error instanceof DateParseError)) throw error;
      report(place, `${field()}.edtf`, error.message);
      return null;
    }
  };

  const sourceIds = new Set<string>();
  const claimCounts = new Map<string, number>();
  const claimId = claimIds();
  /** `subject`: the record the claims support, and for a figure's claims which figure. */
  const claims = (place: Place, field: string, inputs: ClaimInput[], subject: string): Claim[] =>
    inputs.map((input, index) => {
      if (!sourceIds.has(input.source) && !files.rejectedIds.has(input.source)) {
        report(place, `${field}.${index}.source`, `unknown source "${input.source}" (not in sources.json)`);
      }
      claimCounts.set(input.source, (claimCounts.get(input.source) ?? 0) + 1);
      const claimDate = date(place, () => `${field}.${index}.date`, input.date);
      return {
        id: claimId({ subject, sourceId: input.source, locator: input.locator, stance: input.stance, edtf: claimDate?.edtf ?? null }),
        sourceId: input.source,
        locator: input.locator,
        date: claimDate,
        note: input.note,
        stance: input.stance,
        erratum: input.erratum ?? null,
      };
    });

  const seen = new Map<string, string>();
  const unique = (place: Place, field: string, id: string) => {
    const earlier = seen.get(id);
    if (earlier) report(place, field, `duplicate id "${id}" (already used in ${earlier})`);
    else seen.set(id, place.file);
  };

  for (const input of files['sources.json']) {
    unique({ file: 'sources.json', record: input.id }, 'id', input.id);
    sourceIds.add(input.id);
  }

  const vocabulary: RelationType[] = files['vocabulary.json'].map((input) => {
    unique({ file: 'vocabulary.json', record: input.type }, 'type', input.type);
    return { ...input, passesKnowledge: input.passesKnowledge ?? null, creditsAuthor: input.creditsAuthor ?? false };
  });
  const typesByName = new Map(vocabulary.map((type) => [type.type, type]));

  const entities: Entity[] = files['entities.json'].map((input) => {
    const place = { file: 'entities.json', record: input.id };
    unique(place, 'id', input.id);
    const expectedPrefix = input.kind.toLowerCase();
    if (!input.id.startsWith(`${expectedPrefix}:`)) {
      report(place, 'id', `a ${input.kind} id must start with "${expectedPrefix}:"`);
    }
    const figures: Figure[] = input.figures.map((figure, index) => ({
      name: figure.name,
      value: figure.value,
      qualifier: figure.qualifier,
      unit: figure.unit ?? null,
      claims: claims(place, `figures.${index}.claims`, figure.claims, `${input.id}/figure:${figure.name}`),
    }));
    return {
      id: input.id,
      kind: input.kind,
      name: input.name,
      aliases: input.aliases,
      summary: input.summary,
      date: date(place, () => 'date', input.date),
      figures,
      claims: claims(place, 'claims', input.claims, input.id),
      disputedFields: [],
      version: 1,
    };
  });
  const entityIds = new Set(entities.map((entity) => entity.id));

  const relations: Relation[] = files['relations.json'].map((input) => {
    const place = { file: 'relations.json', record: input.id };
    unique(place, 'id', input.id);
    const type = typesByName.get(input.type);
    if (!type && !files.rejectedIds.has(input.type)) report(place, 'type', `unknown relation type "${input.type}" (not in vocabulary.json)`);
    for (const end of ['from', 'to'] as const) {
      if (!entityIds.has(input[end]) && !files.rejectedIds.has(input[end])) report(place, end, `no entity with id "${input[end]}"`);
    }
    if (input.from === input.to) report(place, 'to', 'a relation cannot point at its own start');
    return {
      id: input.id,
      type: input.type,
      label: type?.label ?? input.type,
      from: input.from,
      to: input.to,
      role: input.role ?? null,
      date: date(place, () => 'date', input.date),
      note: input.note ?? null,
      claims: claims(place, 'claims', input.claims, input.id),
      disputedFields: [],
      version: 1,
    };
  });

  const sources: Source[] = files['sources.json'].map((input) => ({
    id: input.id,
    title: input.title,
    publisher: input.publisher ?? null,
    author: input.author ?? null,
    published: date({ file: 'sources.json', record: input.id }, () => 'published', input.published),
    reliability: input.reliability,
    note: input.note ?? null,
    claimCount: claimCounts.get(input.id) ?? 0,
  }));

  const disputes: Dispute[] = [];
  for (const entity of entities) findDisputes('entity', entity, disputes);
  for (const relation of relations) findDisputes('relation', relation, disputes);
  return { name, sources, vocabulary, entities, relations, disputes };
}

/**
 * Two dates disagree only when they cannot mean the same day: "December 2009" and "by
 * December 2009" are compatible (different precision), 21 and 26 August are not.
 */
function hasIncompatibleDates(dates: FuzzyDate[]): boolean {
  const starts = (date: FuzzyDate) => date.earliest ?? '0000-01-01';
  const ends = (date: FuzzyDate) => date.latest ?? '9999-12-31';
  for (let i = 0; i < dates.length; i++) {
    for (let j = i + 1; j < dates.length; j++) {
      const a = dates[i] as FuzzyDate;
      const b = dates[j] as FuzzyDate;
      if (starts(a) > ends(b) || starts(b) > ends(a)) return true;
    }
  }
  return false;
}

/**
 * Finds where sources disagree about one record and marks those fields as disputed:
 * different dates for it, a source saying it did not happen, or different values of a figure.
 * A claim flagged with an erratum is a slip of its own source, not a disagreement between
 * sources, so it is shown with its note but does not make a dispute.
 */
export function findDisputes(kind: 'entity' | 'relation', record: Entity | Relation, into: Dispute[]): void {
  const disputes: Dispute[] = [];
  const subject = { kind, id: record.id };
  // Most records have one claim: nothing to compare, and nothing to allocate for a million of them.
  const dated = record.claims.length < 2 ? [] : record.claims.filter((claim) => claim.date && !claim.erratum);
  if (dated.length > 1 && hasIncompatibleDates(dated.map((claim) => claim.date as FuzzyDate))) {
    disputes.push({ subject, field: 'date', claims: dated });
  }
  if (record.claims.some((claim) => claim.stance === 'contradicts')) {
    disputes.push({ subject, field: 'occurred', claims: record.claims });
  }
  if ('figures' in record) {
    // Map.groupBy needs Node 21; this project runs on Node 20.
    const byName = new Map<string, Figure[]>();
    for (const figure of record.figures) byName.set(figure.name, [...(byName.get(figure.name) ?? []), figure]);
    for (const [name, figures] of byName) {
      if (new Set(figures.map((figure) => `${figure.qualifier} ${figure.value}`)).size > 1) {
        disputes.push({ subject, field: `figure:${name}`, claims: figures.flatMap((figure) => figure.claims) });
      }
    }
  }
  if (disputes.length > 0) {
    record.disputedFields = disputes.map((dispute) => dispute.field);
    into.push(...disputes);
  }
}
