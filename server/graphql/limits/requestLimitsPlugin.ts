import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, getVariableValues, visit, type FragmentDefinitionNode } from 'graphql';
import { ErrorCode } from '../errors';
import { selectionCost } from './cost';
import { selectionDepth } from './depth';

export interface RequestLimits {
  /** Deepest field nesting. */
  depth: number;
  /** Estimated number of objects fetched (see cost.ts). */
  cost: number;
  /** Aliased fields in one document. */
  aliases: number;
}

function refuse(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

/**
 * Checks depth, aliases and cost once the operation is known and its variables coerced.
 * This runs as a plugin rather than as validation rules because Apollo gives every
 * validation error the code GRAPHQL_VALIDATION_FAILED, and API.md promises
 * QUERY_TOO_DEEP / QUERY_TOO_COMPLEX.
 */
export function requestLimitsPlugin(limits: RequestLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // Apollo resolves the operation before this hook; without one there is nothing to run.
          if (!operation) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          const depth = selectionDepth(operation.selectionSet, fragments);
          if (depth > limits.depth) {
            throw refuse(ErrorCode.QueryTooDeep, `Query is ${depth} levels deep; the limit is ${limits.depth}.`, { depth, maxDepth: limits.depth });
          }
          let aliases = 0;
          visit(document, { Field: (node) => void (node.alias && (aliases += 1)) });
          if (aliases > limits.aliases) {
            throw refuse(ErrorCode.QueryTooComplex, `Query uses ${aliases} aliases; the limit is ${limits.aliases}.`);
          }
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Bad variables are reported by execution with their own message; nothing to estimate.
          const rootType = schema.getRootType(operation.operation);
          if (coerced.errors || !rootType) return;
          const cost = selectionCost({ schema, fragments, variables: coerced.coerced }, operation.selectionSet, rootType, new Set());
          if (cost > limits.cost) {
            throw refuse(ErrorCode.QueryTooComplex, `Query cost ${cost} exceeds the limit of ${limits.cost}; ask for fewer items (first, limit).`, { cost, maxCost: limits.cost });
          }
        },
      };
    },
  };
}
