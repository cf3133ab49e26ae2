/** One problem in a data set, located precisely enough to fix it without searching. */
export interface DatasetIssue {
  file: string;
  /** The record's id, or "#<index>" when the record has no usable id. */
  record: string;
  /** Dotted path inside the record, e.g. "claims.0.source". */
  field: string;
  message: string;
}

export function formatIssue(issue: DatasetIssue): string {
  return `${issue.file} › ${issue.record} › ${issue.field}: ${issue.message}`;
}

/** Thrown when a data set has any error; a data set with errors loads nothing. */
export class DatasetError extends Error {
  constructor(
    readonly directory: string,
    readonly issues: DatasetIssue[],
  ) {
    const shown = issues.slice(0, 50).map((issue) => `  - ${formatIssue(issue)}`);
    const more = issues.length > shown.length ? [`  ... and ${issues.length - shown.length} more`] : [];
    super([`Data set ${directory} has ${issues.length} error(s):`, ...shown, ...more].join('\n'));
    this.name = 'DatasetError';
  }
}
