import { ApiError } from '../api';

// How a refused change is told to the person: next to the field it names (BAD_USER_INPUT),
// as a conflict to reload (CONFLICT), or in words above the buttons.

export type Failure =
  | { kind: 'field'; field: string; message: string }
  | { kind: 'conflict'; message: string; record: string | null; currentVersion: number | null }
  | { kind: 'general'; message: string };

/** The field a BAD_USER_INPUT names (`claims.0.locator`), whichever extension carries it. */
function namedField(error: ApiError): string | null {
  for (const key of ['field', 'argument']) {
    const value = error.extensions[key];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}

export function describeFailure(error: unknown): Failure {
  if (!(error instanceof ApiError)) return { kind: 'general', message: error instanceof Error ? error.message : String(error) };
  if (error.code === 'CONFLICT') {
    const record = typeof error.extensions.record === 'string' ? error.extensions.record : null;
    const currentVersion = typeof error.extensions.currentVersion === 'number' ? error.extensions.currentVersion : null;
    return { kind: 'conflict', message: error.message, record, currentVersion };
  }
  if (error.code === 'UNAUTHENTICATED') return { kind: 'general', message: `${error.message} Sign in again to make changes.` };
  if (error.code === 'BAD_USER_INPUT') {
    const field = namedField(error);
    if (field) return { kind: 'field', field, message: error.message };
  }
  return { kind: 'general', message: error.message };
}

/**
 * How well an error naming `errorField` fits the form field `formField` (0: not at all). The
 * server may name a field inside the argument that holds it ("input.claims.0.locator"), or a
 * part of a form field ("date.edtf" belongs to "date"); a plain name ("locator") still finds a
 * field that ends with it, but loses to a field that fits it whole.
 */
function fit(errorField: string, formField: string): number {
  const error = errorField.split('.');
  const form = formField.split('.');
  for (let dropped = 0; dropped < error.length; dropped++) {
    const tail = error.slice(dropped);
    if (form.length <= tail.length && form.every((segment, i) => tail[i] === segment)) return form.length * 10 - dropped;
  }
  const end = form.slice(form.length - error.length);
  return error.length < form.length && end.every((segment, i) => error[i] === segment) ? 1 : 0;
}

export interface PlacedMessages {
  /** The message next to the one field it belongs to. */
  byField: Readonly<Record<string, string>>;
  /** What no field claims: shown above the buttons. */
  general: string | null;
}

/** Puts a failure's message next to the form field that fits it best, or above the buttons. */
export function placeFailure(failure: Failure | null, formFields: readonly string[]): PlacedMessages {
  if (!failure) return { byField: {}, general: null };
  if (failure.kind !== 'field') return { byField: {}, general: failure.kind === 'general' ? failure.message : null };
  let best: string | null = null;
  let bestFit = 0;
  for (const field of formFields) {
    const score = fit(failure.field, field);
    if (score > bestFit) {
      best = field;
      bestFit = score;
    }
  }
  return best ? { byField: { [best]: failure.message }, general: null } : { byField: {}, general: `${failure.message} (${failure.field})` };
}
