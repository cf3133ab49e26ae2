import { UPDATE_RELATION, type RelationDetail } from '../api';
import { ChangeForm } from './ChangeForm';
import { DateField } from './DateField';
import { relationChanges, relationDraftOf } from './drafts';
import { Field } from './Field';
import { useDraft } from './useDraft';

const FIELDS = ['role', 'note', 'date'];

/** Edits a relation's role, date and note, with the claim that backs the edit. */
export function RelationEditForm({ relation }: { relation: RelationDetail }) {
  const version = `${relation.id}@${relation.version}`;
  const [draft, setDraft] = useDraft(() => relationDraftOf(relation), version);
  return (
    <ChangeForm
      label="Edit the relation"
      version={version}
      fields={FIELDS}
      claim={{ prefix: 'claims.0', recordPrefix: `claims.${relation.claims.length}`, legend: 'The claim behind this edit', required: false }}
      submitLabel="Save the edit"
      toMutation={(reason, claim) => {
        const set = relationChanges(relation, draft);
        if (Object.keys(set).length === 0) return null;
        return { document: UPDATE_RELATION, variables: { id: relation.id, version: relation.version, set, claims: claim ? [claim] : undefined, reason } };
      }}
    >
      {(errors) => (
        <>
          <Field label="Role" hint="For a post held: the post" error={errors.role}>
            {(control) => <input {...control} type="text" maxLength={500} value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value })} />}
          </Field>
          <DateField legend="Date" value={draft.date} onChange={(date) => setDraft({ ...draft, date })} error={errors.date} />
          <Field label="Note" error={errors.note}>
            {(control) => <textarea {...control} rows={2} maxLength={4000} value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />}
          </Field>
        </>
      )}
    </ChangeForm>
  );
}
