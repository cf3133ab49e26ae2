import { UPDATE_ENTITY, type EntityDetail } from '../api';
import { ChangeForm } from './ChangeForm';
import { entityChanges, entityDraftOf } from './drafts';
import { EntityFields } from './EntityFields';
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
      {(errors) => <EntityFields draft={draft} onChange={setDraft} errors={errors} />}
    </ChangeForm>
  );
}
