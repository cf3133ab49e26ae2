import { useId, type ReactElement } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface Props {
  label: string;
  /** What the server said is wrong with this field. */
  error?: string | null;
  hint?: string;
  /** The control, given the ids that tie it to its label, hint and error. */
  children: (control: ControlProps) => ReactElement;
}

/** A labelled control with its hint and, when the server refused it, what to fix, right under it. */
export function Field({ label, error = null, hint, children }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-field invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint && (
        <span className="field-hint" id={hintId ?? undefined}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={errorId ?? undefined} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
