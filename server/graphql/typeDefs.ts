import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityKindInfo, RelationType } from '../dataset';
import { kindEnumValue } from './kindNames';

const baseSchema = readFileSync(join(import.meta.dirname, 'schema.graphql'), 'utf8');
const curationSchema = readFileSync(join(import.meta.dirname, 'curation.graphql'), 'utf8');
const documentsSchema = readFileSync(join(import.meta.dirname, 'documents.graphql'), 'utf8');

/** What the schema is made from besides the SDL files: the data set's relation types and kinds. */
export interface SchemaProfile {
  vocabulary: readonly RelationType[];
  kinds: readonly EntityKindInfo[];
}

const quoted = (text: string) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', "'")}"`;

/** The fields of `interface Entity` in schema.graphql: each kind's type has exactly these. */
function entityFields(): string {
  const match = /\ninterface Entity \{\n([\s\S]*?)\n\}/.exec(baseSchema);
  if (!match?.[1]) throw new Error('schema.graphql has no `interface Entity`');
  return match[1];
}

/**
 * The SDL: schema.graphql (reads), curation.graphql (accounts, changes, history),
 * documents.graphql (source texts), and what the data set decides: the RelationType enum from
 * its vocabulary, the EntityKind enum and one object type per kind from its kinds.json.
 * Generating them makes GraphQL itself refuse any type or kind outside the allowlists.
 */
export function buildTypeDefs({ vocabulary, kinds }: SchemaProfile): string {
  const relationValues = vocabulary.map((type) => `  ${quoted(`${type.label}: ${type.description}`)}\n  ${type.type}`);
  const relationEnum = `"Relation types of this data set (its vocabulary)."\nenum RelationType {\n${relationValues.join('\n')}\n}\n`;
  const kindValues = kinds.map((kind) => `  ${quoted(`${kind.label}${kind.actor ? ' (can know things)' : ''}`)}\n  ${kindEnumValue(kind.kind)}`);
  const kindEnum = `"Kinds of entity in this data set (its kinds.json)."\nenum EntityKind {\n${kindValues.join('\n')}\n}\n`;
  const fields = entityFields();
  const kindTypes = kinds.map((kind) => `${quoted(`An entity of kind ${kind.label}.`)}\ntype ${kind.kind} implements Entity {\n${fields}\n}\n`);
  return [baseSchema.trimEnd(), curationSchema.trimEnd(), documentsSchema.trimEnd(), relationEnum, kindEnum, ...kindTypes].join('\n\n');
}
