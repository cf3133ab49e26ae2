import { join } from 'node:path';
import { loadDataset, type Dataset } from '../../../server/dataset';
import type { ChangeStore } from '../../../server/store/ChangeStore';
import type { GraphStore } from '../../../server/store/GraphStore';
import { createEmbeddedStore } from '../../../server/store/embedded';

export const TINY = join(import.meta.dirname, '../../fixtures/tiny');

/** The tiny fixture in an embedded store whose changes are kept in memory. */
export async function tinyStore(): Promise<{ dataset: Dataset; store: GraphStore & ChangeStore }> {
  const dataset = await loadDataset(TINY);
  return { dataset, store: await createEmbeddedStore(dataset) };
}
