import type { Stance } from '../api';
import { DateField } from './DateField';
import type { ClaimDraft } from './drafts';
import { Field } from './Field';
import { SourcePicker } from './SourcePicker';

interface Props {
  legend: string;
  value: ClaimDraft;
  onChange: (value: ClaimDraft) => void;
  /** Messages by field path, `${prefix}.locator` and so on. */
  errors: Readonly<Record<string, string>>;
  /** Where the server finds this claim in the mutation: "claims.0", "claim". */
  prefix: string;
}

/** The form fields of one claim. */
export const claimFieldPaths = (prefix: string) => ['source', 'locator', 'note', 'date', 'stance'].map((field) => `${prefix}.${field}`);

/** A claim: which source, where in it (¶N), what it says in our words, the date it gives, and whether it supports. */
export function ClaimFieldset({ legend, value, onChange, errors, prefix }: Props) {
  const set = (patch: Partial<ClaimDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="claim-fieldset">
      <legend>{legend}</legend>
      <Field label="Source" error={errors[`${prefix}.source`]}>
        {(control) => <SourcePicker {...control} value={value.source} onChange={(source) => set({ source })} />}
      </Field>
      <Field label="Locator" hint="Paragraph in the source: ¶12 or ¶12-14 (non-empty lines counted from 1)" error={errors[`${prefix}.locator`]}>
        {(control) => <input {...control} type="text" inputMode="numeric" placeholder="¶12" value={value.locator} maxLength={20} onChange={(e) => set({ locator: e.target.value })} />}
      </Field>
      <Field label="Note" hint="What the source says, in your own words (never its sentences)" error={errors[`${prefix}.note`]}>
        {(control) => <textarea {...control} rows={2} maxLength={4000} value={value.note} onChange={(e) => set({ note: e.target.value })} />}
      </Field>
      <DateField legend="Date this source gives (optional)" value={value.date} onChange={(date) => set({ date })} error={errors[`${prefix}.date`]} />
      <Field label="Stance" error={errors[`${prefix}.stance`]}>
        {(control) => (
          <select {...control} value={value.stance} onChange={(e) => set({ stance: e.target.value as Stance })}>
            <option value="SUPPORTS">supports</option>
            <option value="CONTRADICTS">contradicts</option>
          </select>
        )}
      </Field>
    </fieldset>
  );
}
