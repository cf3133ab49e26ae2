import { neighbourIds, type Catalog } from '../graph/catalog';
import { hopsFrom } from '../graph/hops';

// What the graph shows is the whole catalog changed by a list of operations; undo and redo move
// a pointer in that list. Keeping operations (not node sets) makes the view small enough for the
// URL and lets it be rebuilt after more data arrives.

export type ViewOp =
  | { kind: 'expand'; id: string }
  | { kind: 'hide'; id: string }
  /** The entity and its neighbours up to `depth` steps away (1 when absent; 0 is the entity alone). */
  | { kind: 'focus'; id: string; depth?: number }
  | { kind: 'showAll' };

/** The focus depths the page offers. */
export const MAX_FOCUS_DEPTH = 3;

export interface ViewHistory {
  readonly ops: readonly ViewOp[];
  /** How many of `ops` are in effect; the rest can be redone. */
  readonly applied: number;
}

export const EMPTY_HISTORY: ViewHistory = { ops: [], applied: 0 };

/** History with `op` applied; anything that could have been redone is dropped. */
export function pushOp(history: ViewHistory, op: ViewOp): ViewHistory {
  const ops = [...history.ops.slice(0, history.applied), op];
  return { ops, applied: ops.length };
}

export function canUndo(history: ViewHistory): boolean {
  return history.applied > 0;
}

export function canRedo(history: ViewHistory): boolean {
  return history.applied < history.ops.length;
}

export function undo(history: ViewHistory): ViewHistory {
  return canUndo(history) ? { ...history, applied: history.applied - 1 } : history;
}

export function redo(history: ViewHistory): ViewHistory {
  return canRedo(history) ? { ...history, applied: history.applied + 1 } : history;
}

export function appliedOps(history: ViewHistory): readonly ViewOp[] {
  return history.ops.slice(0, history.applied);
}

/** Entity ids on view after applying `ops` to the catalog (unknown ids are ignored). */
export function visibleEntityIds(catalog: Catalog, ops: readonly ViewOp[]): Set<string> {
  let visible = new Set(catalog.entities.keys());
  for (const op of ops) {
    switch (op.kind) {
      case 'showAll':
        visible = new Set(catalog.entities.keys());
        break;
      case 'focus':
        if (catalog.entities.has(op.id)) {
          const near = hopsFrom(op.id, (id) => neighbourIds(catalog, id), op.depth ?? 1);
          visible = new Set([...near.keys()].filter((id) => catalog.entities.has(id)));
        }
        break;
      case 'expand':
        if (!catalog.entities.has(op.id)) break;
        visible.add(op.id);
        for (const id of neighbourIds(catalog, op.id)) if (catalog.entities.has(id)) visible.add(id);
        break;
      case 'hide':
        visible.delete(op.id);
        break;
      default:
        assertNever(op);
    }
  }
  return visible;
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
