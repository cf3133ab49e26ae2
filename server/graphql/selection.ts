import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

// What a request selects below the field being resolved, so that a store read can leave out
// what the answer will not show. Read conservatively: every alias and every fragment counts,
// whatever its type condition or @skip/@include, so the set is never smaller than what is shown.

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

function collect(selectionSet: SelectionSetNode | undefined, info: Info, into: FieldNode[], seen: Set<string>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') into.push(selection);
    else if (selection.kind === 'InlineFragment') collect(selection.selectionSet, info, into, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      collect(info.fragments[selection.name.value]?.selectionSet, info, into, seen);
    }
  }
}

/** The fields selected under `nodes`, through fragments. */
function fieldsUnder(nodes: readonly FieldNode[], info: Info): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const node of nodes) collect(node.selectionSet, info, fields, new Set());
  return fields;
}

const cache = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string>>>();

/**
 * The names of the fields selected under the current field, or under the fields named by
 * `path` below it (`['edges', 'node']`). graphql-js hands every item of a list the same
 * `fieldNodes`, so the answer is computed once per field of the query.
 */
export function selectedFields(info: Info, path: readonly string[] = []): ReadonlySet<string> {
  const key = path.join('.');
  let byPath = cache.get(info.fieldNodes);
  const known = byPath?.get(key);
  if (known) return known;
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = fieldsUnder(nodes, info).filter((field) => field.name.value === name);
  const names = new Set(fieldsUnder(nodes, info).map((field) => field.name.value));
  if (!byPath) {
    byPath = new Map();
    cache.set(info.fieldNodes, byPath);
  }
  byPath.set(key, names);
  return names;
}

/** True when every field selected (under `path`) is one of `allowed`. */
export function selectsOnly(info: Info, allowed: ReadonlySet<string>, path: readonly string[] = []): boolean {
  for (const name of selectedFields(info, path)) if (!allowed.has(name)) return false;
  return true;
}

/** True when any of `names` is selected (under `path`). */
export function selectsAny(info: Info, names: readonly string[], path: readonly string[] = []): boolean {
  const selected = selectedFields(info, path);
  return names.some((name) => selected.has(name));
}
