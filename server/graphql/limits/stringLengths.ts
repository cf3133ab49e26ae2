import {
  Kind,
  TypeInfo,
  getArgumentValues,
  getNamedType,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type GraphQLSchema,
} from 'graphql';
import { checkLength } from '../arguments';

/**
 * Checks every string argument of the operation and its fragments (literals and variables
 * alike) against its length limit before any resolver reads it; throws BadInputError naming
 * the first one too long. Runs once the variables are coerced, so variables are checked too.
 */
export function checkStringArguments(schema: GraphQLSchema, definitions: readonly ASTNode[], variables: Record<string, unknown>): void {
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    [Kind.FIELD](node) {
      const field = typeInfo.getFieldDef();
      if (!field || !node.arguments?.length) return;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field, node, variables);
      } catch {
        // A value that does not coerce is reported by execution, with its own message.
        return;
      }
      for (const argument of field.args) {
        const typeName = getNamedType(argument.type).name;
        const value = values[argument.name];
        for (const item of Array.isArray(value) ? value : [value]) {
          if (typeof item === 'string') checkLength(argument.name, typeName, item);
        }
      }
    },
  });
  for (const definition of definitions) visit(definition, visitor);
}
