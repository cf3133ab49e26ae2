import { Field } from './Field';

/** Why the change is made: required, kept for ever in the history. */
export function ReasonField({ value, onChange, error = null }: { value: string; onChange: (value: string) => void; error?: string | null }) {
  return (
    <Field label="Reason (required)" hint="Why: kept with the change in the history." error={error}>
      {(control) => <textarea {...control} required rows={2} maxLength={2000} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
