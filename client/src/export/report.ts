import type { AllClaims } from '../api/loadGraph';
import type { Claim, EntitySummary, RelationSummary, RelationTypeInfo } from '../api/types';
import { shortDay } from '../dates';
import type { KindRegistry } from '../profile';
import { compareText } from '../order';
import { isFiltering, type Filters } from '../state/filters';
import type { ViewOp } from '../state/view';
import { citedSources, type CitedSource } from './citations';

// What every export of the view says about it: which data set, what part of it, the filters and
// as-of date in force, when it was made, and the sources it cites. Built once per export from the
// page's state; the writers (CSV, GraphML, GEXF, SVG, PNG, case file) only read it.

/** What the view shows, in the page's own terms. */
export type ViewScope =
  | { kind: 'whole' }
  | { kind: 'part' }
  | { kind: 'around'; name: string }
  | { kind: 'path'; from: string; to: string };

export interface ReportInput {
  /** The data set's name as the page shows it. */
  datasetTitle: string;
  scope: ViewScope;
  filters: Filters;
  asOf: string | null;
  /** Entities and relations on view. */
  entities: readonly EntitySummary[];
  relations: readonly RelationSummary[];
  claims: AllClaims;
  vocabulary: readonly RelationTypeInfo[];
  /** How the data set names and draws its kinds. */
  kinds: KindRegistry;
  exportedAt: Date;
}

export interface Report {
  title: string;
  /** "Path from A to B · 12 entities, 14 relations" */
  subtitle: string;
  /** "Filters: none", or what they hide. */
  filters: string;
  /** "As-of date: none", or the date the colours answer for. */
  asOf: string;
  /** "Exported 30 Nov 2026, 16:40 UTC" */
  exported: string;
  scope: ViewScope;
  asOfDay: string | null;
  exportedAt: Date;
  /** By name (then id). */
  entities: EntitySummary[];
  /** By earliest date (undated last), then wording. */
  relations: RelationSummary[];
  claimsOf(id: string): readonly Claim[];
  noteOf(relationId: string): string | null;
  /** The sources cited by what is on view, by title. */
  sources: CitedSource[];
  vocabulary: readonly RelationTypeInfo[];
  kinds: KindRegistry;
  /** "inquiry-graph-…_whole-graph" : the stem every file name of this export starts with. */
  stem: string;
}

/** The scope of the view from its operations and path, naming entities by `nameOf`. */
export function viewScope(
  ops: readonly ViewOp[],
  path: { from: string; to: string } | null,
  nameOf: (id: string) => string,
  shownCount: number,
  totalCount: number,
  filtering: boolean,
): ViewScope {
  if (path) return { kind: 'path', from: nameOf(path.from), to: nameOf(path.to) };
  const focus = [...ops].reverse().find((op) => op.kind === 'focus' || op.kind === 'showAll');
  if (focus?.kind === 'focus') return { kind: 'around', name: nameOf(focus.id) };
  return shownCount >= totalCount && !filtering ? { kind: 'whole' } : { kind: 'part' };
}

function scopeWords(scope: ViewScope): string {
  switch (scope.kind) {
    case 'whole':
      return 'The whole graph';
    case 'part':
      return 'Part of the graph';
    case 'around':
      return `Around ${scope.name}`;
    case 'path':
      return `Path from ${scope.from} to ${scope.to}`;
  }
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** The filters in words: what they hide and the date range they keep. */
export function describeFilters(filters: Filters, vocabulary: readonly RelationTypeInfo[], kinds: KindRegistry): string {
  const parts: string[] = [];
  if (filters.hiddenKinds.length > 0) parts.push(`hiding ${filters.hiddenKinds.map((k) => kinds.look(k).plural.toLowerCase()).join(', ')}`);
  if (filters.hiddenTypes.length > 0) {
    const labels = filters.hiddenTypes.map((t) => `“${vocabulary.find((v) => v.type === t)?.label ?? t}”`);
    parts.push(`hiding relations ${labels.join(', ')}`);
  }
  if (filters.from && filters.to) parts.push(`dates from ${shortDay(filters.from)} to ${shortDay(filters.to)}`);
  else if (filters.from) parts.push(`dates from ${shortDay(filters.from)}`);
  else if (filters.to) parts.push(`dates up to ${shortDay(filters.to)}`);
  if (filters.hideUndated) parts.push('hiding undated entities');
  return `Filters: ${parts.length === 0 ? 'none' : parts.join('; ')}`;
}

/** Lower-case ASCII words joined by hyphens, for file names. */
export function slug(text: string, max = 60): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = plain.length <= max ? plain : plain.slice(0, max).replace(/-[^-]*$/, '');
  return cut || 'export';
}

function scopeSlug(scope: ViewScope): string {
  switch (scope.kind) {
    case 'whole':
      return 'whole-graph';
    case 'part':
      return 'part-of-graph';
    case 'around':
      return `around-${slug(scope.name, 40)}`;
    case 'path':
      return `path-${slug(scope.from, 30)}-to-${slug(scope.to, 30)}`;
  }
}

/** Everything the exports say about the view. */
export function buildReport(input: ReportInput): Report {
  const { scope, filters, asOf, exportedAt, claims } = input;
  const entities = [...input.entities].sort((a, b) => a.name.localeCompare(b.name) || compareText(a.id, b.id));
  const relations = [...input.relations].sort(
    (a, b) =>
      compareText(a.date?.earliest ?? '\uffff', b.date?.earliest ?? '\uffff') ||
      a.from.name.localeCompare(b.from.name) ||
      a.label.localeCompare(b.label) ||
      a.to.name.localeCompare(b.to.name) ||
      compareText(a.id, b.id),
  );
  const claimsOf = (id: string) => claims.entities.get(id) ?? claims.relations.get(id)?.claims ?? [];
  const sources = citedSources([...entities, ...relations].flatMap((x) => claimsOf(x.id)));
  const iso = exportedAt.toISOString();
  const stem = [
    slug(input.datasetTitle),
    scopeSlug(scope) + (isFiltering(filters) ? '-filtered' : ''),
    ...(asOf ? [`as-of-${asOf}`] : []),
  ].join('_');
  return {
    title: input.datasetTitle,
    subtitle: `${scopeWords(scope)} · ${count(entities.length, 'entity', 'entities')}, ${count(relations.length, 'relation', 'relations')}`,
    filters: describeFilters(filters, input.vocabulary, input.kinds),
    asOf: asOf ? `As-of date: ${shortDay(asOf)} (colours show who knew by then)` : 'As-of date: none',
    exported: `Exported ${shortDay(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`,
    scope,
    asOfDay: asOf,
    exportedAt,
    entities,
    relations,
    claimsOf,
    noteOf: (id) => claims.relations.get(id)?.note ?? null,
    sources,
    vocabulary: input.vocabulary,
    kinds: input.kinds,
    stem,
  };
}

/** "<stem>_<what>_<day>.<extension>": says what the file holds, from which view, made when. */
export function reportFileName(report: Report, what: string, extension: string): string {
  return `${report.stem}_${slug(what, 30)}_${report.exportedAt.toISOString().slice(0, 10)}.${extension}`;
}
