import type { FuzzyDate } from '../api';
import { describeDate } from '../dates';

/** The date in words, its range of days and its precision. */
export function DateLine({ date, label = 'Date' }: { date: FuzzyDate | null; label?: string }) {
  if (!date) {
    return (
      <p className="date-line">
        <span className="field-label">{label}:</span> undated
      </p>
    );
  }
  const { words, range, precision } = describeDate(date);
  return (
    <p className="date-line">
      <span className="field-label">{label}:</span> <span className="date-words">{words}</span>
      {range && <span className="date-range"> ({range})</span>}{' '}
      <span className="muted" title={`EDTF: ${date.edtf}`}>
        · precision: {precision === 'unknown' ? date.edtf : precision}
      </span>
    </p>
  );
}
