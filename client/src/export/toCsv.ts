import type { RelationSummary } from '../api/types';
import type { RelationClaims } from '../api/loadGraph';

// CSV of relations with their sources: one row per relation and claim, so every row can be
// checked against its source. RFC 4180 quoting, CRLF, and a BOM so spreadsheets read "¶" right.

export const CSV_COLUMNS = [
  'relation_id', 'from_id', 'from_name', 'relation', 'type', 'to_id', 'to_name', 'role',
  'date_edtf', 'date_text', 'earliest', 'latest', 'disputed', 'disputed_fields', 'note',
  'source_id', 'source_title', 'publisher', 'reliability', 'locator', 'claim_date', 'stance', 'erratum', 'claim_note',
] as const;

/** One CSV cell: quoted when needed; text a spreadsheet would run as a formula is defused. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+@\t\r]/.test(text) || /^-[^\d]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text for these relations (in the order given) with the claims known for each. */
export function relationsToCsv(relations: readonly RelationSummary[], claims: ReadonlyMap<string, RelationClaims>): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const relation of relations) {
    const base = [
      relation.id, relation.from.id, relation.from.name, relation.label, relation.type, relation.to.id, relation.to.name, relation.role,
      relation.date?.edtf, relation.date?.text, relation.date?.earliest, relation.date?.latest, relation.disputed,
      relation.disputedFields.join(' '), claims.get(relation.id)?.note,
    ];
    const known = claims.get(relation.id)?.claims ?? [];
    if (known.length === 0) lines.push([...base, ...Array(9).fill(null)].map(csvCell).join(','));
    for (const claim of known) {
      lines.push(
        [
          ...base,
          claim.source.id, claim.source.title, claim.source.publisher, claim.source.reliability, claim.locator,
          claim.date?.edtf, claim.stance.toLowerCase(), claim.erratum, claim.note,
        ].map(csvCell).join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
