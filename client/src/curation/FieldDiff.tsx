import type { RecordChange } from '../api';
import { describeField, shownFields, type SourceTitle } from './describeChange';

const Lines = ({ lines }: { lines: readonly string[] }) =>
  lines.length === 0 ? (
    <span className="muted">—</span>
  ) : (
    <>
      {lines.map((line, index) => (
        <div key={index}>{line}</div>
      ))}
    </>
  );

/** One record's change: created, retracted, or each field before and after. */
export function FieldDiff({ record, showId, sourceTitle }: { record: RecordChange; showId: boolean; sourceTitle: SourceTitle }) {
  const fields = shownFields(record.fields);
  const state = record.created ? ' (created)' : record.retracted ? ' (retracted)' : '';
  return (
    <div className="record-diff">
      {(showId || state) && (
        <p className="record-diff-title">
          <code>{record.id}</code>
          {state}
        </p>
      )}
      {fields.length > 0 && (
        <table className="field-diff">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => describeField(field, sourceTitle)).map((difference) => (
              <tr key={difference.field}>
                <th scope="row">{difference.field}</th>
                <td className="before">
                  <Lines lines={difference.before} />
                </td>
                <td className="after">
                  <Lines lines={difference.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
