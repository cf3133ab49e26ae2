import type { EntityKind } from '../dataset';
import type { GraphStore } from '../store/GraphStore';
import { foldText } from '../store/searchText';

// Ids of new records when the caller gives none (CURATION_SPEC "Ids of new records").

/** Lower-case words of a text, accents folded, joined by "-"; "x" when nothing is left. */
export function slug(text: string): string {
  return foldText(text).split(/[^a-z0-9]+/).filter(Boolean).join('-') || 'x';
}

/** The part of an id after its "kind:" prefix. */
const idSlug = (id: string) => id.slice(id.indexOf(':') + 1);

/** How many candidates are asked for at once ("x", "x-2", ... "x-<batch>"). */
const BATCH = 20;

/** `base`, or `base-2`, `base-3`, ... : the first that `taken` does not report. */
async function firstFree(base: string, taken: (ids: string[]) => Promise<boolean[]>): Promise<string> {
  for (let start = 1; ; start += BATCH) {
    const candidates = Array.from({ length: BATCH }, (_, index) => (start + index === 1 ? base : `${base}-${start + index}`));
    const used = await taken(candidates);
    const free = candidates.find((_, index) => !used[index]);
    if (free) return free;
  }
}

/** "person:jane-doe" for a Person named "Jane Doe" (a merged-away id counts as taken). */
export function newEntityId(store: GraphStore, kind: EntityKind, name: string): Promise<string> {
  return firstFree(`${kind.toLowerCase()}:${slug(name)}`, async (ids) => (await store.entitiesByIds(ids)).map((entity) => entity !== null));
}

/** "rel:held-role-jane-doe-northtown-council" for HELD_ROLE from person:jane-doe to agency:northtown-council. */
export function newRelationId(store: GraphStore, type: string, from: string, to: string): Promise<string> {
  const base = `rel:${slug(type.toLowerCase().replaceAll('_', '-'))}-${slug(idSlug(from))}-${slug(idSlug(to))}`;
  return firstFree(base, async (ids) => (await store.relationsByIds(ids)).map((relation) => relation !== null));
}
