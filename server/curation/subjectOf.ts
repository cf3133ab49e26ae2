import type { ChangeDraft, Operation, RecordChange } from '../store/ChangeStore';

export type SubjectKind = 'entity' | 'relation' | 'source';

/** A document's change is about its source (same id). */
const subjectKindOf = (kind: RecordChange['kind']): SubjectKind => (kind === 'document' ? 'source' : (kind as SubjectKind));

/** The kind of record an operation is about; claims and reverts: that of their first record. */
function kindOf(operation: Operation, records: readonly RecordChange[]): SubjectKind | null {
  switch (operation) {
    case 'createEntity':
    case 'updateEntity':
    case 'retractEntity':
    case 'mergeEntities':
      return 'entity';
    case 'createRelation':
    case 'updateRelation':
    case 'retractRelation':
      return 'relation';
    case 'createSource':
    case 'attachDocument':
      return 'source';
    case 'addClaim':
    case 'retractClaim':
    case 'revertChange': {
      const first = records.find((record) => record.kind !== 'redirect');
      return first ? subjectKindOf(first.kind) : null;
    }
  }
}

/**
 * The record a change is about (what a mutation answers with): of its operation's kind, the
 * one that still stands after it (a merge's kept entity), else the one it retracted.
 */
export function subjectOf(draft: Pick<ChangeDraft, 'operation' | 'records'>): { kind: SubjectKind; id: string } | null {
  const kind = kindOf(draft.operation, draft.records);
  const ofKind = draft.records.filter((record) => record.kind !== 'redirect' && subjectKindOf(record.kind) === kind);
  const subject = ofKind.find((record) => record.after !== null) ?? ofKind[0];
  return kind && subject ? { kind, id: subject.id } : null;
}
