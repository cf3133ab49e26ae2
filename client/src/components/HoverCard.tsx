import { useRef } from 'react';
import { ENTITY_CLAIM_COUNT, type GraphQLRequest } from '../api';
import { formatDate } from '../dates';
import type { Catalog } from '../graph';
import { useProfile } from '../profile';
import { useAsync } from '../hooks/useAsync';
import { KindIcon } from './KindIcon';

/** What the pointer is over on the graph, and where (pixels in the graph's box, of that size). */
export interface HoverTarget {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Props {
  target: HoverTarget | null;
  catalog: Catalog;
  request: GraphQLRequest;
}

const CARD_WIDTH = 260;
const OFFSET = 14;
/** Pointing must rest this long before the claim count is asked for. */
const ASK_AFTER_MS = 150;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A card by the pointer with an entity's full name, kind, date and counts, or a relation's
 * ends, name and date. Not focusable: the details panel shows the same once the thing is
 * selected, by mouse or keyboard.
 */
export function HoverCard({ target, catalog, request }: Props) {
  const { kinds } = useProfile();
  const claimCounts = useRef(new Map<string, number>());
  const entity = target ? catalog.entities.get(target.id) : undefined;
  const relation = target && !entity ? catalog.relations.get(target.id) : undefined;
  const entityId = entity?.id ?? null;
  const counted = useAsync(
    entityId,
    async (signal) => {
      const known = entityId === null ? undefined : claimCounts.current.get(entityId);
      if (known !== undefined) return known;
      const result = await request<{ entity: { claims: { id: string }[] } | null }>(ENTITY_CLAIM_COUNT, { id: entityId }, { signal });
      const count = result.entity?.claims.length ?? 0;
      if (entityId !== null) claimCounts.current.set(entityId, count);
      return count;
    },
    ASK_AFTER_MS,
  );
  if (!target || (!entity && !relation)) return null;
  const left = target.x + OFFSET + CARD_WIDTH > target.width ? Math.max(0, target.x - OFFSET - CARD_WIDTH) : target.x + OFFSET;
  const top = Math.min(target.y + OFFSET, Math.max(0, target.height - 120));
  return (
    <div className="hover-card" role="tooltip" data-testid="hover-card" style={{ left, top, width: CARD_WIDTH }}>
      {entity && (
        <>
          <p className="hover-card-name">{entity.name}</p>
          <p>
            <KindIcon kind={entity.kind} /> {kinds.look(entity.kind).label}
            {entity.date ? ` · ${formatDate(entity.date)}` : ' · undated'}
          </p>
          <p data-testid="hover-card-counts">
            {plural(entity.degree, 'relation', 'relations')} ·{' '}
            {counted.status === 'ready' ? plural(counted.value, 'claim', 'claims') : counted.status === 'error' ? 'claims not known' : 'counting claims…'}
          </p>
          {entity.disputed && <p className="hover-card-disputed">Sources disagree: {entity.disputedFields.join(', ')}</p>}
        </>
      )}
      {relation && (
        <>
          <p className="hover-card-name">
            {relation.from.name} <span className="muted">{relation.label}</span> {relation.to.name}
          </p>
          <p>{relation.date ? formatDate(relation.date) : 'undated'}</p>
          {relation.disputed && <p className="hover-card-disputed">Sources disagree: {relation.disputedFields.join(', ')}</p>}
        </>
      )}
    </div>
  );
}
