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

/** Lists without a size argument are small (claims, aliases, figures); assume this many items. */
const UNSIZED_LIST_ESTIMATE = 10;
/** Arguments that bound how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'] as const;

export interface CostContext {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * Estimated work of a selection: every object fetched costs 1, multiplied by how many of its
 * parents there can be. A list's size comes from its `first` / `limit` argument (or the
 * argument's default), so `entities(first: 500) { edges { node { relations(first: 100) ... } } }`
 * costs about 500 x 100 and is refused before it runs, whatever the data.
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
      total += (size ?? inheritedSize ?? UNSIZED_LIST_ESTIMATE) * (1 + selectionCost(context, selection.selectionSet, namedType, seen));
    } else {
      // A sized field returning a wrapper (a connection, a subgraph) passes its size to the lists inside.
      total += 1 + selectionCost(context, selection.selectionSet, namedType, seen, size);
    }
  }
  return total;
}
