import type { EntitySummary, RelationSummary } from '../api/types';
import type { UrlState } from '../state/urlState';
import { compareText } from '../order';

export interface SubgraphExport {
  format: 'inquiry-graph/subgraph@1';
  exportedAt: string;
  /** The page state that produced this view (a permalink's worth). */
  view: UrlState;
  entities: EntitySummary[];
  relations: RelationSummary[];
}

/** The visible subgraph as JSON, entities and relations sorted by id. */
export function subgraphToJson(
  entities: readonly EntitySummary[],
  relations: readonly RelationSummary[],
  view: UrlState,
  now: Date = new Date(),
): string {
  const byId = <T extends { id: string }>(a: T, b: T) => compareText(a.id, b.id);
  const data: SubgraphExport = {
    format: 'inquiry-graph/subgraph@1',
    exportedAt: now.toISOString(),
    view,
    entities: [...entities].sort(byId),
    relations: [...relations].sort(byId),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
