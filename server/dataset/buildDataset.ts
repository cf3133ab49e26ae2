import type { SourceDocument } from '../documents/model';
import { locatorProblem } from '../documents/locator';
import { splitParagraphs } from '../documents/paragraphs';
import { claimIds } from './claimId';
import type { DatasetIssue } from './DatasetError';
import { findDisputes } from './findDisputes';
import { buildDate, buildEntity, buildRelation, buildSource, type Place, type RecordChecks } from './buildRecords';
import type { Dataset, DatasetInfo, Dispute, EntityKindInfo, RelationType } from './model';
import type { ParsedFiles } from './readDatasetFiles';

export { findDisputes } from './findDisputes';

/**
 * Turns shape-checked files into the model, checking every reference between records, and with
 * `documents` (the texts of some sources) that every locator citing them points into them.
 */
export function buildDataset(name: string, files: ParsedFiles, issues: DatasetIssue[], documents: readonly SourceDocument[] = []): Dataset {
  const report = (place: Place, field: string, message: string) => issues.push({ ...place, field, message });

  const seen = new Map<string, string>();
  const unique = (place: Place, field: string, id: string) => {
    const earlier = seen.get(id);
    if (earlier) report(place, field, `duplicate id "${id}" (already used in ${earlier})`);
    else seen.set(id, place.file);
  };

  const sourceIds = new Set<string>();
  for (const input of files['sources.json']) {
    unique({ file: 'sources.json', record: input.id }, 'id', input.id);
    sourceIds.add(input.id);
  }

  const paragraphCounts = new Map<string, number>();
  for (const document of documents) {
    if (!sourceIds.has(document.id)) report({ file: `documents/${document.id}.txt`, record: document.id }, '-', `no source with id "${document.id}" in sources.json`);
    paragraphCounts.set(document.id, splitParagraphs(document.text).length);
  }

  const vocabulary: RelationType[] = files['vocabulary.json'].map((input) => {
    unique({ file: 'vocabulary.json', record: input.type }, 'type', input.type);
    return { ...input, passesKnowledge: input.passesKnowledge ?? null, creditsAuthor: input.creditsAuthor ?? false };
  });
  const typesByName = new Map(vocabulary.map((type) => [type.type, type]));
  const kinds: EntityKindInfo[] = files['kinds.json'].map((input) => {
    unique({ file: 'kinds.json', record: input.kind }, 'kind', input.kind);
    return { ...input };
  });
  const kindNames = new Set(kinds.map((kind) => kind.kind));
  if (kinds.length === 0 && !issues.some((issue) => issue.file === 'kinds.json')) report({ file: 'kinds.json', record: '-' }, '-', 'must name at least one kind');
  const entityIds = new Set(files['entities.json'].map((input) => input.id));

  // A reference to a record refused by the shape check is not reported again.
  const claimCounts = new Map<string, number>();
  const claimId = claimIds();
  const checks: RecordChecks = {
    report,
    citeSource(id) {
      claimCounts.set(id, (claimCounts.get(id) ?? 0) + 1);
      return sourceIds.has(id) || files.rejectedIds.has(id);
    },
    hasEntity: (id) => entityIds.has(id) || files.rejectedIds.has(id),
    isKind: (kind) => kindNames.has(kind) || files.rejectedIds.has(kind),
    relationType: (type) => typesByName.get(type) ?? (files.rejectedIds.has(type) ? true : undefined),
    claimId,
    locatorProblem(sourceId, locator) {
      const count = paragraphCounts.get(sourceId);
      return count === undefined ? null : locatorProblem(sourceId, locator, count);
    },
  };

  const entities = files['entities.json'].map((input) => {
    unique({ file: 'entities.json', record: input.id }, 'id', input.id);
    return buildEntity(checks, input);
  });
  const relations = files['relations.json'].map((input) => {
    unique({ file: 'relations.json', record: input.id }, 'id', input.id);
    return buildRelation(checks, input);
  });
  const sources = files['sources.json'].map((input) => buildSource(checks, input, claimCounts.get(input.id) ?? 0));

  const disputes: Dispute[] = [];
  for (const entity of entities) findDisputes('entity', entity, disputes);
  for (const relation of relations) findDisputes('relation', relation, disputes);
  const info = buildInfo(checks, files.info);
  return { name, info, kinds, sources, vocabulary, entities, relations, disputes, ...(documents.length > 0 ? { documents: [...documents] } : {}) };
}

/** dataset.json as the model holds it; a placeholder only when it was refused (an issue says why, and nothing loads). */
function buildInfo(checks: RecordChecks, input: ParsedFiles['info']): DatasetInfo {
  const period = input ? buildDate(checks, { file: 'dataset.json', record: '-' }, () => 'period', input.period) : null;
  if (!input || !period) return { title: '', description: '', period: { edtf: '', text: null, earliest: null, latest: null } };
  return { title: input.title, description: input.description, period };
}
