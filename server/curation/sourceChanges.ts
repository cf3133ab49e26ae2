import { buildSource } from '../dataset/buildRecords';
import { sourceSchema } from '../dataset/fileSchema';
import { decide, type Curator, type Decision } from './decision';
import { recordInputError } from './errors';
import type { NewSource } from './inputs';
import { checkerFor, parseShape } from './recordInput';

export async function createSource(curator: Curator, input: NewSource, reason: string): Promise<Decision> {
  const { store } = curator;
  const id = typeof input.id === 'string' ? input.id : '(new source)';
  const parsed = parseShape(sourceSchema, input, id);
  const [existing] = await store.sourcesByIds([parsed.id]);
  if (existing) throw recordInputError(parsed.id, 'id', `duplicate id "${parsed.id}" (already used in the graph)`);
  const checker = await checkerFor(store, {});
  const source = buildSource(checker.checks, parsed, 0, 'source');
  checker.done();
  return decide(curator, 'createSource', reason, [{ kind: 'source', id: source.id, before: null, after: source }]);
}
