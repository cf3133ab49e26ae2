import type { EntityKind } from '../api';
import { shapeIconPath, useProfile } from '../profile';

/** The node shape and colour of a kind, small, for lists and the legend. */
export function KindIcon({ kind, color }: { kind: EntityKind; color?: string }) {
  const look = useProfile().kinds.look(kind);
  return (
    <svg className="kind-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d={shapeIconPath(look.shape)} fill={color ?? look.colour} />
    </svg>
  );
}
