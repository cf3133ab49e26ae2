import type { EntityKind } from '../api';
import { KIND_LOOK } from '../graph';

const PATHS: Record<EntityKind, string> = {
  PERSON: 'M7 1a6 6 0 1 1 0 12A6 6 0 0 1 7 1z',
  AGENCY: 'M3 1h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2z',
  REPORT: 'M1 2h8l4 5-4 5H1z',
  EVENT: 'M7 0.5l6.5 6.5L7 13.5 0.5 7z',
};

/** The node shape and colour of a kind, small, for lists and the legend. */
export function KindIcon({ kind, color }: { kind: EntityKind; color?: string }) {
  return (
    <svg className="kind-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill={color ?? KIND_LOOK[kind].color} />
    </svg>
  );
}
