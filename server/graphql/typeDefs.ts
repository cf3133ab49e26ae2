import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RelationType } from '../dataset';

const baseSchema = readFileSync(join(import.meta.dirname, 'schema.graphql'), 'utf8');
const curationSchema = readFileSync(join(import.meta.dirname, 'curation.graphql'), 'utf8');
const documentsSchema = readFileSync(join(import.meta.dirname, 'documents.graphql'), 'utf8');

/**
 * The SDL: schema.graphql (reads), curation.graphql (accounts, changes, history),
 * documents.graphql (source texts) and the
 * RelationType enum made from the data set's vocabulary.
 * Generating the enum makes GraphQL itself refuse any type outside the allowlist.
 */
export function buildTypeDefs(vocabulary: readonly RelationType[]): string {
  const values = vocabulary.map((type) => `  "${type.label}: ${type.description.replaceAll('"', "'")}"\n  ${type.type}`);
  const relationEnum = `"Relation types of this data set (its vocabulary)."\nenum RelationType {\n${values.join('\n')}\n}\n`;
  return `${baseSchema.trimEnd()}\n\n${curationSchema.trimEnd()}\n\n${documentsSchema.trimEnd()}\n\n${relationEnum}`;
}
