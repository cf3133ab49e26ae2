import { ENTITY_ROW, RELATION_ROW } from './records';

// The Cypher that sends an entity or a relation as a row (a list in the field order of
// ENTITY_ROW / RELATION_ROW, which records.ts reads back), written from those orders so the two
// sides cannot drift apart. Dates of years 0-9999 go as ISO strings, the text the driver's
// Date.toString() gives, others as dates.

function day(variable: string, field: string): string {
  return `CASE WHEN 0 <= ${variable}.${field}.year <= 9999 THEN toString(${variable}.${field}) ELSE ${variable}.${field} END`;
}

function property(variable: string, field: string): string {
  return field === 'earliest' || field === 'latest' ? day(variable, field) : `${variable}.${field}`;
}

/** The row of entity `n`. */
export function entityRowCypher(n: string): string {
  return `[${ENTITY_ROW.map((field) => property(n, field)).join(',\n    ')}]`;
}

/** The row of relation `r`; `from` and `to` are Cypher expressions for its end ids. */
export function relationRowCypher(r: string, ends: { from: string; to: string }): string {
  const expression = (field: (typeof RELATION_ROW)[number]): string => {
    if (field === 'type') return `type(${r})`;
    if (field === 'from') return ends.from;
    if (field === 'to') return ends.to;
    return property(r, field);
  };
  return `[${RELATION_ROW.map(expression).join(',\n    ')}]`;
}
