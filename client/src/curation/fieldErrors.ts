import { ApiError } from '../api';

// How a refused change is told to the person: next to the field it names (BAD_USER_INPUT),
// as a conflict to reload (CONFLICT), or in words above the buttons.

export interface FieldIssue {
  /** Dotted path as the server names it: "claims.0.locator" (inside the record), "reason". */
  field: string;
  message: string;
  /** The record the field belongs to, when the change touches another record than the form's. */
  record?: string;
}

export type Failure =
  | { kind: 'fields'; issues: FieldIssue[] }
  | { kind: 'conflict'; message: string; record: string | null; currentVersion: number | null }
  | { kind: 'general'; message: string };

/** Every problem a BAD_USER_INPUT names: its `issues` (one per field), or the one `field`/`argument`. */
function namedIssues(error: ApiError): FieldIssue[] {
  const issues = error.extensions.issues;
  if (Array.isArray(issues)) {
    const parsed = issues.flatMap((issue: unknown) => {
      if (typeof issue !== 'object' || issue === null) return [];
      const { field, message, record } = issue as Record<string, unknown>;
      if (typeof field !== 'string' || typeof message !== 'string') return [];
      return [typeof record === 'string' ? { field, message, record } : { field, message }];
    });
    if (parsed.length > 0) return parsed;
  }
  for (const key of ['field', 'argument']) {
    const value = error.extensions[key];
    if (typeof value === 'string' && value) return [{ field: value, message: error.message }];
  }
  return [];
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
    const issues = namedIssues(error);
    if (issues.length > 0) return { kind: 'fields', issues };
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

/** The best-fitting form field for an error, or null. */
function bestField(errorField: string, formFields: readonly string[]): string | null {
  let best: string | null = null;
  let bestFit = 0;
  for (const field of formFields) {
    const score = fit(errorField, field);
    if (score > bestFit) {
      best = field;
      bestFit = score;
    }
  }
  return best;
}

/**
 * `field` with a leading path of the record rewritten to the form's: a claim the form calls
 * "claims.0" is the record's "claims.7" once appended after seven others.
 */
function renamed(field: string, aliases: Readonly<Record<string, string>>): string {
  for (const [recordPath, formPath] of Object.entries(aliases)) {
    if (field === recordPath || field.startsWith(`${recordPath}.`)) return formPath + field.slice(recordPath.length);
  }
  return field;
}

export interface PlacedMessages {
  /** Each message next to the one field it belongs to. */
  byField: Readonly<Record<string, string>>;
  /** What no field claims: shown above the buttons. */
  general: string | null;
}

/** Puts a failure's messages next to the form fields that fit them best, the rest above the buttons. */
export function placeFailure(failure: Failure | null, formFields: readonly string[], aliases: Readonly<Record<string, string>> = {}): PlacedMessages {
  if (!failure) return { byField: {}, general: null };
  if (failure.kind !== 'fields') return { byField: {}, general: failure.kind === 'general' ? failure.message : null };
  const byField: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of failure.issues) {
    const field = bestField(renamed(issue.field, aliases), formFields);
    if (field) byField[field] = byField[field] ? `${byField[field]} ${issue.message}` : issue.message;
    else unplaced.push(`${issue.record ? `${issue.record} › ` : ''}${issue.field}: ${issue.message}`);
  }
  return { byField, general: unplaced.length > 0 ? unplaced.join(' ') : null };
}
