import { DateField } from './DateField';
import type { EntityDraft } from './drafts';
import { Field } from './Field';

/** An entity's own fields (name, aliases, summary, date), for a new entity and an edit alike. */
export function EntityFields({ draft, onChange, errors }: { draft: EntityDraft; onChange: (draft: EntityDraft) => void; errors: Readonly<Record<string, string>> }) {
  return (
    <>
      <Field label="Name" error={errors.name}>
        {(control) => <input {...control} type="text" required maxLength={500} value={draft.name} onChange={(e) => onChange({ ...draft, name: e.target.value })} />}
      </Field>
      <Field label="Aliases" hint="One a line" error={errors.aliases}>
        {(control) => <textarea {...control} rows={2} value={draft.aliases} onChange={(e) => onChange({ ...draft, aliases: e.target.value })} />}
      </Field>
      <Field label="Summary" error={errors.summary}>
        {(control) => <textarea {...control} rows={3} maxLength={4000} value={draft.summary} onChange={(e) => onChange({ ...draft, summary: e.target.value })} />}
      </Field>
      <DateField legend="Date" value={draft.date} onChange={(date) => onChange({ ...draft, date })} error={errors.date} />
    </>
  );
}
