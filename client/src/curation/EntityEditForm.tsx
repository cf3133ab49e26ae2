import { UPDATE_ENTITY, type EntityDetail } from '../api';
import { ChangeForm } from './ChangeForm';
import { DateField } from './DateField';
import { entityChanges, entityDraftOf } from './drafts';
import { Field } from './Field';
import { useDraft } from './useDraft';

const FIELDS = ['name', 'aliases', 'summary', 'date'];

/** Edits an entity's name, aliases, summary and date, with the claim that backs the edit. */
export function EntityEditForm({ entity }: { entity: EntityDetail }) {
  const version = `${entity.id}@${entity.version}`;
  const [draft, setDraft] = useDraft(() => entityDraftOf(entity), version);
  return (
    <ChangeForm
      label="Edit the entity"
      version={version}
      fields={FIELDS}
      claim={{ prefix: 'claims.0', recordPrefix: `claims.${entity.claims.length}`, legend: 'The claim behind this edit', required: false }}
      submitLabel="Save the edit"
      toMutation={(reason, claim) => {
        const set = entityChanges(entity, draft);
        if (Object.keys(set).length === 0) return null;
        return { document: UPDATE_ENTITY, variables: { id: entity.id, version: entity.version, set, claims: claim ? [claim] : undefined, reason } };
      }}
    >
      {(errors) => (
        <>
          <Field label="Name" error={errors.name}>
            {(control) => <input {...control} type="text" required maxLength={500} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />}
          </Field>
          <Field label="Aliases" hint="One a line" error={errors.aliases}>
            {(control) => <textarea {...control} rows={2} value={draft.aliases} onChange={(e) => setDraft({ ...draft, aliases: e.target.value })} />}
          </Field>
          <Field label="Summary" error={errors.summary}>
            {(control) => <textarea {...control} rows={3} maxLength={4000} value={draft.summary} onChange={(e) => setDraft({ ...draft, summary: e.target.value })} />}
          </Field>
          <DateField legend="Date" value={draft.date} onChange={(date) => setDraft({ ...draft, date })} error={errors.date} />
        </>
      )}
    </ChangeForm>
  );
}
