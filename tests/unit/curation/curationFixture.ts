import { join } from 'node:path';
import { findDisputes, loadDataset, type Dataset, type Dispute } from '../../../server/dataset';
import type { ChangeDraft } from '../../../server/store/ChangeStore';
import { createEmbeddedStore } from '../../../server/store/embedded';
import type { GraphStore } from '../../../server/store/GraphStore';

export const TINY = join(import.meta.dirname, '../../fixtures/tiny');

/** The tiny fixture's store, for the reads a change is decided from. */
export async function tinyStore(): Promise<{ dataset: Dataset; store: GraphStore }> {
  const dataset = await loadDataset(TINY);
  return { dataset, store: await createEmbeddedStore(dataset) };
}

/**
 * A store built from scratch on the data set with a change's records written in (what the
 * embedded store's replay does), so a later change can be decided against it without a change log.
 */
export async function storeAfter(dataset: Dataset, draft: ChangeDraft): Promise<{ dataset: Dataset; store: GraphStore }> {
  const put = <T extends { id: string }>(list: T[], id: string, value: T | null) => {
    const rest = list.filter((item) => item.id !== id);
    return value ? [...rest, value] : rest;
  };
  let { entities, relations, sources } = dataset;
  for (const record of draft.records) {
    if (record.kind === 'entity') entities = put(entities, record.id, record.after);
    if (record.kind === 'relation') relations = put(relations, record.id, record.after);
    if (record.kind === 'source') sources = put(sources, record.id, record.after);
  }
  const disputes: Dispute[] = [];
  for (const entity of entities) findDisputes('entity', entity, disputes);
  for (const relation of relations) findDisputes('relation', relation, disputes);
  const next = { ...dataset, entities, relations, sources, disputes };
  return { dataset: next, store: await createEmbeddedStore(next) };
}
