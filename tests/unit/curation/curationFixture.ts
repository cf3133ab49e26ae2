import { join } from 'node:path';
import { loadDataset, type Dataset } from '../../../server/dataset';
import { createEmbeddedStore, type EmbeddedGraphStore } from '../../../server/store/embedded';

export const TINY = join(import.meta.dirname, '../../fixtures/tiny');

/** The tiny fixture in an embedded store whose changes are kept in memory. */
export async function tinyStore(): Promise<{ dataset: Dataset; store: EmbeddedGraphStore }> {
  const dataset = await loadDataset(TINY);
  return { dataset, store: await createEmbeddedStore(dataset) };
}
