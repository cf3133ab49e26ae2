import { BadInputError } from '../store/errors';

/** One problem with a record a change would write, located like the data-set loader's issues. */
export interface RecordIssue {
  record: string;
  /** Dotted path inside the record, e.g. "claims.0.locator". */
  field: string;
  message: string;
}

/**
 * A change would write a record the data-set loader would refuse: BAD_USER_INPUT naming the
 * record and field of the first problem (`argument`), with every problem in `issues`.
 */
export class RecordInputError extends BadInputError {
  constructor(readonly issues: readonly [RecordIssue, ...RecordIssue[]]) {
    super(issues[0].field, issues.map((issue) => `${issue.record} › ${issue.field}: ${issue.message}`).join('; '));
    this.name = 'RecordInputError';
  }

  get record(): string {
    return this.issues[0].record;
  }
}

/** Throws a RecordInputError when there is any issue. */
export function refuseIssues(issues: readonly RecordIssue[]): void {
  const [first, ...rest] = issues;
  if (first) throw new RecordInputError([first, ...rest]);
}

/** One problem as an error. */
export function recordInputError(record: string, field: string, message: string): RecordInputError {
  return new RecordInputError([{ record, field, message }]);
}
