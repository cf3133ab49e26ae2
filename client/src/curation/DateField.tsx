import { useState } from 'react';
import { PARSE_DATE, type ParseDateResult } from '../api';
import { formatDateShort } from '../dates';
import { useAsync } from '../hooks/useAsync';
import type { DateDraft } from './drafts';
import { Field } from './Field';
import { useCuration } from './CurationContext';

const PREVIEW_DELAY_MS = 300;

interface Props {
  legend: string;
  value: DateDraft;
  onChange: (value: DateDraft) => void;
  /** What the server said is wrong with this date, from the last attempt. */
  error?: string | null;
}

/** What the EDTF typed so far means, asked of the server (Query.parseDate) once typing pauses. */
function DatePreview({ edtf }: { edtf: string }) {
  const { request } = useCuration();
  const trimmed = edtf.trim();
  const parsed = useAsync(trimmed || null, async (signal) => (await request<ParseDateResult>(PARSE_DATE, { edtf: trimmed }, { signal })).parseDate, PREVIEW_DELAY_MS);
  let text: string;
  let className = 'date-preview';
  switch (parsed.status) {
    case 'idle':
      text = 'No date.';
      break;
    case 'loading':
      text = 'Reading the date…';
      break;
    case 'error':
      text = parsed.error.message;
      className += ' invalid';
      break;
    case 'ready':
      text = `${formatDateShort(parsed.value)} — earliest day ${parsed.value.earliest ?? 'open'}, latest day ${parsed.value.latest ?? 'open'}.`;
      break;
  }
  return (
    <span className={className} role="status" aria-live="polite" data-testid="date-preview">
      {text}
    </span>
  );
}

/** An EDTF date with its wording, previewing its earliest and latest day as it is typed. */
export function DateField({ legend, value, onChange, error = null }: Props) {
  // The wording belongs to the date it came with: a new date drops it, unless it was typed here.
  const [wordingTyped, setWordingTyped] = useState(false);
  return (
    <fieldset className="date-field">
      <legend>{legend}</legend>
      <Field label="EDTF" hint="2003, 2003-05, 2003-05-14, 2003?, 2003~, [2003..2005], 2003/2005" error={error}>
        {(control) => <input {...control} type="text" value={value.edtf} maxLength={100} autoComplete="off" spellCheck={false} onChange={(e) => onChange({ edtf: e.target.value, text: wordingTyped ? value.text : '' })} />}
      </Field>
      <DatePreview edtf={value.edtf} />
      <Field label="Wording (optional)" hint="As the sources word it: “early 2004”">
        {(control) => (
          <input
            {...control}
            type="text"
            value={value.text}
            maxLength={500}
            onChange={(e) => {
              setWordingTyped(true);
              onChange({ ...value, text: e.target.value });
            }}
          />
        )}
      </Field>
    </fieldset>
  );
}
