import { useState } from 'react';
import { CREATE_RELATION, type EntityRef } from '../api';
import { SearchBox } from '../components/SearchBox';
import { ChangeForm } from './ChangeForm';
import { useCuration } from './CurationContext';
import { DateField } from './DateField';
import { EMPTY_DATE, toDateInput, type DateDraft } from './drafts';
import { Field } from './Field';

const FIELDS = ['type', 'from', 'to', 'role', 'date', 'note'];
const CLAIM = { prefix: 'claims.0', legend: 'The claim behind the relation', required: true };

interface Draft {
  type: string;
  other: string;
  /** Whether this entity is the relation's `from` end. */
  outgoing: boolean;
  role: string;
  note: string;
  date: DateDraft;
}

/**
 * A new relation between this entity and another: one selected before it (newest first), or
 * one found by name.
 */
export function NewRelationForm({ entity }: { entity: EntityRef }) {
  const { request, vocabulary, recent } = useCuration();
  const [found, setFound] = useState<EntityRef[]>([]);
  const others = [...found, ...recent].filter((e, i, all) => e.id !== entity.id && all.findIndex((x) => x.id === e.id) === i);
  const [draft, setDraft] = useState<Draft>(() => ({ type: '', other: others[0]?.id ?? '', outgoing: true, role: '', note: '', date: EMPTY_DATE }));
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const description = vocabulary.find((v) => v.type === draft.type)?.description;

  return (
    <ChangeForm
      label="New relation"
      version={entity.id}
      fields={FIELDS}
      claim={CLAIM}
      submitLabel="Add the relation"
      nothingMessage="Choose the relation's type and its other end."
      toMutation={(reason, claim) => {
        if (!draft.type || !draft.other) return null;
        const [from, to] = draft.outgoing ? [entity.id, draft.other] : [draft.other, entity.id];
        const input = { type: draft.type, from, to, role: draft.role.trim() || null, note: draft.note.trim() || null, date: toDateInput(draft.date), claims: claim ? [claim] : [] };
        return { document: CREATE_RELATION, variables: { input, reason } };
      }}
    >
      {(errors) => (
        <>
          <SearchBox
            request={request}
            label="Find the other end"
            placeholder="Search by name"
            onPick={(hit) => {
              setFound((list) => [hit.entity, ...list.filter((e) => e.id !== hit.entity.id)]);
              set({ other: hit.entity.id });
            }}
          />
          <Field label="Other end" hint="Entities you selected lately, or found above" error={errors.from ?? errors.to}>
            {(control) => (
              <select {...control} required value={draft.other} onChange={(e) => set({ other: e.target.value })}>
                <option value="">Choose an entity…</option>
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Direction">
            {(control) => (
              <select {...control} value={draft.outgoing ? 'out' : 'in'} onChange={(e) => set({ outgoing: e.target.value === 'out' })}>
                <option value="out">{entity.name} → other end</option>
                <option value="in">other end → {entity.name}</option>
              </select>
            )}
          </Field>
          <Field label="Type" hint={description} error={errors.type}>
            {(control) => (
              <select {...control} required value={draft.type} onChange={(e) => set({ type: e.target.value })}>
                <option value="">Choose a type…</option>
                {vocabulary.map((v) => (
                  <option key={v.type} value={v.type}>
                    {v.label} ({v.type})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Role (optional)" hint="For a post held: the post" error={errors.role}>
            {(control) => <input {...control} type="text" maxLength={500} value={draft.role} onChange={(e) => set({ role: e.target.value })} />}
          </Field>
          <DateField legend="Date (optional)" value={draft.date} onChange={(date) => set({ date })} error={errors.date} />
          <Field label="Note (optional)" error={errors.note}>
            {(control) => <textarea {...control} rows={2} maxLength={4000} value={draft.note} onChange={(e) => set({ note: e.target.value })} />}
          </Field>
        </>
      )}
    </ChangeForm>
  );
}
