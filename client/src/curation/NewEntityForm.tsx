import { useState } from 'react';
import { CREATE_ENTITY, type ChangeResult } from '../api';
import { useProfile } from '../profile';
import { ChangeForm } from './ChangeForm';
import { EMPTY_DATE, splitAliases, toDateInput, type ClaimDraft, type EntityDraft } from './drafts';
import { EntityFields } from './EntityFields';
import { Field } from './Field';

const FIELDS = ['id', 'kind', 'name', 'aliases', 'summary', 'date'];

interface Props {
  /** The name to start from (the reader's candidate names). */
  name?: string;
  /** Said beside the kind: what the text suggests it is ("a person"). */
  kindHint?: string;
  /** The claim's fields to start from: the source and locator the entity was found at. */
  claim?: Partial<ClaimDraft>;
  onDone?: (result: ChangeResult) => void;
}

/** A new entity of one of the data set's kinds, with the claim that backs it. */
export function NewEntityForm({ name = '', kindHint, claim, onDone }: Props) {
  const { kinds } = useProfile();
  const [kind, setKind] = useState('');
  const [draft, setDraft] = useState<EntityDraft>(() => ({ name, aliases: '', summary: '', date: EMPTY_DATE }));
  return (
    <ChangeForm
      label="New entity"
      version={`new:${name}:${claim?.source ?? ''}:${claim?.locator ?? ''}`}
      fields={FIELDS}
      claim={{ prefix: 'claims.0', legend: 'The claim behind the entity', required: true, initial: claim }}
      submitLabel="Add the entity"
      nothingMessage="Choose the entity's kind and give it a name."
      onDone={onDone}
      toMutation={(reason, claimInput) => {
        if (!kind || !draft.name.trim()) return null;
        const input = {
          kind,
          name: draft.name.trim(),
          aliases: splitAliases(draft.aliases),
          summary: draft.summary.trim(),
          date: toDateInput(draft.date),
          claims: claimInput ? [claimInput] : [],
        };
        return { document: CREATE_ENTITY, variables: { input, reason } };
      }}
    >
      {(errors) => (
        <>
          <Field label="Kind" hint={kindHint} error={errors.kind ?? errors.id}>
            {(control) => (
              <select {...control} required value={kind} onChange={(e) => setKind(e.target.value)}>
                <option value="">Choose a kind…</option>
                {kinds.list.map((info) => (
                  <option key={info.kind} value={info.kind}>
                    {info.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <EntityFields draft={draft} onChange={setDraft} errors={errors} />
        </>
      )}
    </ChangeForm>
  );
}
