import type { RelationSummary } from '../api/types';

// The as-of date as a person types it (an EDTF year, month or day) and the knowledge events to
// step between: the days on which someone possibly, then certainly, began to know.

/** The last day of an EDTF year ("2004"), month ("2004-11") or day ("2004-11-03"), or an error naming what is wrong. */
export function parseAsOf(text: string): { day: string } | { error: string } {
  const value = text.trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return { error: `"${value}" is not a year, month or day (write 2004, 2004-11 or 2004-11-03)` };
  const year = Number(match[1]);
  const month = match[2] === undefined ? 12 : Number(match[2]);
  if (month < 1 || month > 12) return { error: `${match[2]} is not a month (01 to 12)` };
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = match[3] === undefined ? lastDay : Number(match[3]);
  if (day < 1 || day > lastDay) return { error: `${match[3]} is not a day of ${value.slice(0, 7)}` };
  return { day: `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** Distinct days (sorted) on which a knowledge-carrying relation began or ended. */
export function knowledgeEventDays(relations: Iterable<RelationSummary>, knowledgeTypes: ReadonlySet<string>): string[] {
  const days = new Set<string>();
  for (const relation of relations) {
    if (!knowledgeTypes.has(relation.type) || !relation.date) continue;
    if (relation.date.earliest) days.add(relation.date.earliest);
    if (relation.date.latest) days.add(relation.date.latest);
  }
  return [...days].sort();
}

/** The next event day after `asOf` (or the previous one before it); null at either end. */
export function stepEvent(days: readonly string[], asOf: string, direction: 1 | -1): string | null {
  if (direction === 1) return days.find((d) => d > asOf) ?? null;
  for (let i = days.length - 1; i >= 0; i--) if ((days[i] as string) < asOf) return days[i] as string;
  return null;
}
