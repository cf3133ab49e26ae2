import {
  Kind,
  TypeInfo,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { checkLength, checkListSize } from '../arguments';

/**
 * Checks one argument value: strings against their length limit, lists of a change against
 * their size limit, and input objects field by field. `path` names the value in errors
 * ("input.claims.0.note").
 */
function checkValue(name: string, path: string, type: GraphQLInputType, value: unknown, inputType?: string, field?: string): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable) && Array.isArray(value)) {
    checkListSize(name, path, value.length);
    value.forEach((item, index) => checkValue(name, `${path}.${index}`, nullable.ofType, item, inputType));
    return;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    for (const field of Object.values(nullable.getFields())) {
      checkValue(field.name, `${path}.${field.name}`, field.type, (value as Record<string, unknown>)[field.name], nullable.name);
    }
    return;
  }
  if (typeof value === 'string') checkLength(name, getNamedType(type).name, value, path, inputType, field);
}

/**
 * Checks every argument of the operation and its fragments (literals and variables alike)
 * against its limits before any resolver reads it; throws BadInputError naming the first one
 * too long or too large. Runs once the variables are coerced, so variables are checked too.
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
      for (const argument of field.args) checkValue(argument.name, argument.name, argument.type, values[argument.name], undefined, field.name);
    },
  });
  for (const definition of definitions) visit(definition, visitor);
}
