import {
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { SMALL_LIST_ESTIMATE, type ListEstimates } from './listSizes';

/**
 * What one mutation field counts for: a write (validation, a durable commit, index updates)
 * costs about as much as reading this many objects, so one document holds at most a few.
 */
export const MUTATION_COST = 10_000;

/** Arguments that bound how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'] as const;

export interface CostContext {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  estimates: ListEstimates;
}

/** Items a list field is counted as (see ListEstimates). */
function listSize(context: CostContext, key: string, size: number | undefined, inheritedSize: number | undefined): number {
  if (size !== undefined) return size;
  const inWrapper = context.estimates.perWrapperItem.get(key);
  if (inheritedSize !== undefined) return inWrapper ? Math.min(inheritedSize * inWrapper.perItem, inWrapper.max) : inheritedSize;
  return context.estimates.unsized.get(key) ?? SMALL_LIST_ESTIMATE;
}

/**
 * Estimated work of a selection: every object fetched costs 1, multiplied by how many of its
 * parents there can be. A list's size comes from its `first` / `limit` argument (or the
 * argument's default), so `entities(first: 500) { edges { node { relations(first: 100) ... } } }`
 * costs about 500 x 100 and is refused before it runs, whatever the data. Lists with no size
 * argument count as many items as the store holds (disputes, sources), see ListEstimates.
 */
export function selectionCost(
  context: CostContext,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  seen: Set<string>,
  inheritedSize?: number,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = context.fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      const type = context.schema.getType(fragment.typeCondition.name.value);
      if (type && isCompositeType(type)) total += selectionCost(context, fragment.selectionSet, type, new Set([...seen, fragment.name.value]), inheritedSize);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? context.schema.getType(selection.typeCondition.name.value) : parentType;
      if (condition && isCompositeType(condition)) total += selectionCost(context, selection.selectionSet, condition, seen, inheritedSize);
      continue;
    }
    if (!selection.selectionSet || !(isObjectType(parentType) || isInterfaceType(parentType))) continue;
    const field = parentType.getFields()[selection.name.value];
    if (!field) continue;
    const namedType = getNamedType(field.type);
    if (!isCompositeType(namedType)) continue;
    const args = getArgumentValues(field, selection, context.variables);
    const sizeArgument = SIZE_ARGUMENTS.find((name) => typeof args[name] === 'number');
    const size = sizeArgument ? Math.max(1, args[sizeArgument] as number) : undefined;
    if (isListType(getNullableType(field.type))) {
      const items = listSize(context, `${parentType.name}.${field.name}`, size, inheritedSize);
      total += items * (1 + selectionCost(context, selection.selectionSet, namedType, seen));
    } else {
      // A sized field returning a wrapper (a connection, a subgraph) passes its size to the lists inside.
      total += 1 + selectionCost(context, selection.selectionSet, namedType, seen, size);
    }
  }
  return total;
}
