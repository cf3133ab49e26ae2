import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, getVariableValues, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { BadInputError } from '../../store/errors';
import { ErrorCode } from '../errors';
import { MUTATION_COST, selectionCost } from './cost';
import type { StoreSizes } from './listSizes';
import { selectionDepth } from './depth';
import { checkStringArguments } from './stringLengths';

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

interface DocumentShape {
  fragments: Map<string, FragmentDefinitionNode>;
  depth: number;
  aliases: number;
}

// Apollo keeps parsed documents in a cache and hands the same DocumentNode to every request
// with the same query text, so what depends on the document alone is worked out once per
// document (and forgotten with it). Only the cost depends on the variables.
const shapes = new WeakMap<DocumentNode, WeakMap<OperationDefinitionNode, DocumentShape>>();

function shapeOf(document: DocumentNode, operation: OperationDefinitionNode): DocumentShape {
  let byOperation = shapes.get(document);
  if (!byOperation) {
    byOperation = new WeakMap();
    shapes.set(document, byOperation);
  }
  let shape = byOperation.get(operation);
  if (!shape) {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    let aliases = 0;
    visit(document, { Field: (node) => void (node.alias && (aliases += 1)) });
    shape = { fragments, depth: selectionDepth(operation.selectionSet, fragments), aliases };
    byOperation.set(operation, shape);
  }
  return shape;
}

/**
 * Checks depth, aliases, string lengths and cost once the operation is known and its variables coerced.
 * This runs as a plugin rather than as validation rules because Apollo gives every
 * validation error the code GRAPHQL_VALIDATION_FAILED, and the API (README) promises
 * QUERY_TOO_DEEP / QUERY_TOO_COMPLEX.
 */
export function requestLimitsPlugin(limits: RequestLimits, sizes: StoreSizes): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // Apollo resolves the operation before this hook; without one there is nothing to run.
          if (!operation) return;
          const { fragments, depth, aliases } = shapeOf(document, operation);
          if (depth > limits.depth) {
            throw refuse(ErrorCode.QueryTooDeep, `Query is ${depth} levels deep; the limit is ${limits.depth}.`, { depth, maxDepth: limits.depth });
          }
          if (aliases > limits.aliases) {
            throw refuse(ErrorCode.QueryTooComplex, `Query uses ${aliases} aliases; the limit is ${limits.aliases}.`);
          }
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Bad variables are reported by execution with their own message; nothing to estimate.
          const rootType = schema.getRootType(operation.operation);
          if (coerced.errors || !rootType) return;
          try {
            checkStringArguments(schema, [operation, ...fragments.values()], coerced.coerced);
          } catch (error) {
            if (!(error instanceof BadInputError)) throw error;
            throw refuse(ErrorCode.BadUserInput, error.message, { argument: error.argument });
          }
          const estimates = await sizes.get();
          const writes = operation.operation === 'mutation' ? operation.selectionSet.selections.length * MUTATION_COST : 0;
          const cost = writes + selectionCost({ schema, fragments, variables: coerced.coerced, estimates }, operation.selectionSet, rootType, new Set());
          if (cost > limits.cost) {
            throw refuse(ErrorCode.QueryTooComplex, `Query cost ${cost} exceeds the limit of ${limits.cost}; ask for fewer items (first, limit).`, { cost, maxCost: limits.cost });
          }
        },
      };
    },
  };
}
