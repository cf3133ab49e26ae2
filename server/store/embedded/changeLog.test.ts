import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDataset, type Dataset, type Entity } from '../../dataset';
import type { ChangeDraft, RecordChange } from '../ChangeStore';
import { ChangeLog } from './changeLog';
import { CurrentRecords } from './currentRecords';

// Start-up reads only each record's last applied write (ChangeLog.lastWrites); it must leave
// exactly the graph that replaying every applied change in order leaves.

const TINY = join(import.meta.dirname, '../../../tests/fixtures/tiny');

const draft = (records: RecordChange[]): ChangeDraft => ({ operation: 'updateEntity', author: 'a', reason: 'r', records, revertOf: null });

/** A history with creates, updates, retractions, merges (entity + redirect under one id), a redirect removed alone, proposals and rejections. */
function recordHistory(dataset: Dataset, log: ChangeLog): void {
  const records = new CurrentRecords(dataset);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const live = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const commit = (change: RecordChange[]) => {
    records.check(change);
    log.append(draft(change), 'APPLIED');
    records.apply(change);
    for (const record of change) {
      if (record.kind !== 'entity') continue;
      if (record.after) live.set(record.id, record.after);
      else live.delete(record.id);
    }
  };
  const anyLive = () => [...live.values()][Math.floor(random() * live.size)] as Entity;
  for (let index = 0; index < 300; index++) {
    const roll = random();
    const entity = anyLive();
    const update: RecordChange = { kind: 'entity', id: entity.id, before: entity, after: { ...entity, summary: `edit ${index}`, version: entity.version + 1 } };
    if (roll < 0.5) commit([update]);
    else if (roll < 0.6) log.append(draft([update]), 'PENDING');
    else if (roll < 0.7) {
      const seq = log.append(draft([update]), 'PENDING').seq;
      log.settle(seq, 'REJECTED', { reviewer: 'e', comment: 'no', at: new Date().toISOString() });
    } else if (roll < 0.85) {
      const person: Entity = { ...entity, id: `person:new-${index}`, version: 1 };
      commit([{ kind: 'entity', id: person.id, before: null, after: person }]);
      if (random() < 0.5) {
        const target = anyLive();
        if (target.id !== person.id) {
          commit([
            { kind: 'entity', id: person.id, before: person, after: null },
            { kind: 'redirect', id: person.id, before: null, after: { id: person.id, to: target.id } },
          ]);
          if (random() < 0.5) commit([{ kind: 'redirect', id: person.id, before: { id: person.id, to: target.id }, after: null }]);
        }
      }
    } else if (entity.id.startsWith('person:new-')) {
      commit([{ kind: 'entity', id: entity.id, before: entity, after: null }]);
    }
  }
}

describe('ChangeLog.lastWrites', () => {
  it('leaves the same graph, redirects and claim counts as replaying every applied change in order', async () => {
    const dataset = await loadDataset(TINY);
    const database = new Database(':memory:');
    try {
      const log = new ChangeLog(database);
      recordHistory(dataset, log);
      const everyChange = new CurrentRecords(dataset);
      for (const change of log.applied()) everyChange.apply(change.records);
      const lastWrites = new CurrentRecords(dataset);
      lastWrites.apply([...log.lastWrites()]);

      const sorted = (graph: Dataset) => ({
        ...graph,
        entities: [...graph.entities].sort((a, b) => (a.id < b.id ? -1 : 1)),
        relations: [...graph.relations].sort((a, b) => (a.id < b.id ? -1 : 1)),
        disputes: [...graph.disputes].sort((a, b) => (`${a.subject.id} ${a.field}` < `${b.subject.id} ${b.field}` ? -1 : 1)),
      });
      expect(sorted(lastWrites.dataset())).toEqual(sorted(everyChange.dataset()));
      expect(lastWrites.dataset().entities.length).toBeGreaterThan(dataset.entities.length);
      const merged = [...log.applied()].flatMap((change) => change.records).filter((record) => record.kind === 'redirect');
      expect(merged.length).toBeGreaterThan(0);
      for (const record of merged) expect(lastWrites.resolve(record.id)).toBe(everyChange.resolve(record.id));
    } finally {
      database.close();
    }
  });
});
