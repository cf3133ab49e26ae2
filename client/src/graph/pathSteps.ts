import type { EntityRef, RelationSummary } from '../api/types';

// A path as the reader walks it: each step from the entity before to the entity after, and
// whether it goes with the relation's arrow or against it (the relation points back from the
// later entity to the earlier one, as in "B warned A" on a walk from A to B).

/** One step of a path, in walking order. */
export interface PathStep<R extends RelationSummary = RelationSummary> {
  /** The entity the step leaves (the earlier one on the path). */
  from: EntityRef;
  /** The entity the step reaches. */
  to: EntityRef;
  relation: R;
  /** The relation points from `to` back to `from`. */
  against: boolean;
}

/** The steps of a path whose `edges[i]` joins `nodes[i]` and `nodes[i + 1]` in either direction. */
export function pathSteps<R extends RelationSummary>(path: { nodes: readonly EntityRef[]; edges: readonly R[] }): PathStep<R>[] {
  return path.edges.map((relation, index) => {
    const from = path.nodes[index];
    const to = path.nodes[index + 1];
    if (!from || !to) throw new Error(`path step ${index + 1} has no entity at one end`);
    const along = relation.from.id === from.id && relation.to.id === to.id;
    const against = relation.from.id === to.id && relation.to.id === from.id;
    if (!along && !against) throw new Error(`relation ${relation.id} does not join ${from.id} and ${to.id}`);
    return { from, to, relation, against };
  });
}

/** Ids of the relations a path walks against their arrow. */
export function relationsAgainstArrow(path: { nodes: readonly EntityRef[]; edges: readonly RelationSummary[] }): Set<string> {
  return new Set(pathSteps(path).flatMap((step) => (step.against ? [step.relation.id] : [])));
}

/** The step in words, as the sources tell it: "B warned A" for a step from A against the arrow. */
export function describeStep(step: PathStep): string {
  const [subject, object] = step.against ? [step.to, step.from] : [step.from, step.to];
  return `${subject.name} ${step.relation.label} ${object.name}`;
}
