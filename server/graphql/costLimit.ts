import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { ErrorCode } from './errors';

/** Lists without a size argument are small (claims, aliases, figures); assume this many items. */
const UNSIZED_LIST_ESTIMATE = 10;
/** Arguments that bound how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'] as const;

interface CostContext {
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
function selectionCost(context: CostContext, selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, seen: Set<string>): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = context.fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      const type = context.schema.getType(fragment.typeCondition.name.value);
      if (type && isCompositeType(type)) total += selectionCost(context, fragment.selectionSet, type, new Set([...seen, fragment.name.value]));
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? context.schema.getType(selection.typeCondition.name.value) : parentType;
      if (condition && isCompositeType(condition)) total += selectionCost(context, selection.selectionSet, condition, seen);
      continue;
    }
    if (!selection.selectionSet || !(isObjectType(parentType) || isInterfaceType(parentType))) continue;
    const field = parentType.getFields()[selection.name.value];
    if (!field) continue;
    const namedType = getNamedType(field.type);
    if (!isCompositeType(namedType)) continue;
    const args = getArgumentValues(field, selection, context.variables);
    const sizeArgument = SIZE_ARGUMENTS.find((name) => typeof args[name] === 'number');
    const isList = isListType(getNullableType(field.type));
    // A sized field returning a wrapper (a connection, a subgraph) passes its size to the lists inside.
    const multiplier = sizeArgument ? Math.max(1, args[sizeArgument] as number) : isList ? UNSIZED_LIST_ESTIMATE : 1;
    total += multiplier * (1 + selectionCost(context, selection.selectionSet, namedType, seen));
  }
  return total;
}

/** Refuses operations whose estimated cost exceeds `maxCost` with QUERY_TOO_COMPLEX. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Bad variables are reported by execution with their own message; nothing to estimate.
          if (coerced.errors) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          const rootType = schema.getRootType(operation.operation);
          if (!rootType) return;
          const cost = selectionCost({ schema, fragments, variables: coerced.coerced }, operation.selectionSet, rootType, new Set());
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}; ask for fewer items (first, limit).`, {
              extensions: { code: ErrorCode.QueryTooComplex, cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** Refuses operations with more than `maxAliases` aliases: aliases multiply work without nesting. */
export function aliasLimit(maxAliases: number) {
  return (context: ValidationContext) => {
    let count = 0;
    return {
      Field(node: FieldNode) {
        if (node.alias) count += 1;
      },
      Document: {
        leave() {
          if (count > maxAliases) {
            context.reportError(new GraphQLError(`Query uses ${count} aliases; the limit is ${maxAliases}.`, { extensions: { code: ErrorCode.QueryTooComplex } }));
          }
        },
      },
    };
  };
}
