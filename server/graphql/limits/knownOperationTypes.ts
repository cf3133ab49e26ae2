import { GraphQLError, type ValidationContext, type ASTVisitor } from 'graphql';

/**
 * Refuses an operation whose type the schema does not define (`mutation { x }` on a read-only
 * schema). graphql-js 16 leaves this to execution, which fails with an internal error; as a
 * validation rule it becomes a 400 GRAPHQL_VALIDATION_FAILED naming the missing type.
 * (graphql-js 17 ships the same rule as KnownOperationTypesRule.)
 */
export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }));
    },
  };
}
