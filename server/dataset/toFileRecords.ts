import type { ClaimFileRecord, DatasetFileRecords, EntityFileRecord, FigureFileRecord, RelationFileRecord } from './datasetFileRecords';
import type { FuzzyDate } from './dates';
import type { DateInput, DatasetInfoInput } from './fileSchema';
import type { Claim, DatasetInfo, Entity, Figure, Relation, RelationType, Source } from './model';

// The model written back in the data-set file format (fileSchema.ts), as a curator would write
// it by hand: fields in the files' order, and values equal to the schema's defaults left out,
// so an exported data set diffs cleanly against the one it came from.

// `undefined` fields are left out by JSON.stringify.
const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

export function dateToFile(date: FuzzyDate | null): DateInput | undefined {
  return date ? { edtf: date.edtf, text: orUndefined(date.text) } : undefined;
}

export function claimToFile(claim: Claim): ClaimFileRecord {
  return {
    source: claim.sourceId,
    locator: claim.locator,
    date: dateToFile(claim.date),
    note: claim.note,
    stance: claim.stance === 'supports' ? undefined : claim.stance,
    erratum: orUndefined(claim.erratum),
  };
}

function figureToFile(figure: Figure): FigureFileRecord {
  return {
    name: figure.name,
    value: figure.value,
    qualifier: figure.qualifier === 'exactly' ? undefined : figure.qualifier,
    unit: orUndefined(figure.unit),
    claims: figure.claims.map(claimToFile),
  };
}

export function entityToFile(entity: Entity): EntityFileRecord {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases.length > 0 ? entity.aliases : undefined,
    summary: entity.summary,
    date: dateToFile(entity.date),
    figures: entity.figures.length > 0 ? entity.figures.map(figureToFile) : undefined,
    claims: entity.claims.map(claimToFile),
  };
}

export function relationToFile(relation: Relation): RelationFileRecord {
  return {
    id: relation.id,
    type: relation.type,
    from: relation.from,
    to: relation.to,
    role: orUndefined(relation.role),
    date: dateToFile(relation.date),
    note: orUndefined(relation.note),
    claims: relation.claims.map(claimToFile),
  };
}

export function sourceToFile(source: Source): DatasetFileRecords['sources'][number] {
  return {
    id: source.id,
    title: source.title,
    publisher: orUndefined(source.publisher),
    author: orUndefined(source.author),
    published: dateToFile(source.published),
    reliability: source.reliability,
    note: orUndefined(source.note),
  };
}

export function relationTypeToFile(type: RelationType): DatasetFileRecords['vocabulary'][number] {
  return {
    type: type.type,
    label: type.label,
    description: type.description,
    carriesKnowledge: type.carriesKnowledge,
    passesKnowledge: orUndefined(type.passesKnowledge),
    creditsAuthor: type.creditsAuthor ? true : undefined,
  };
}

export function datasetInfoToFile(info: DatasetInfo): DatasetInfoInput {
  return { title: info.title, period: dateToFile(info.period) ?? { edtf: info.period.edtf }, description: info.description };
}
