import { parseFuzzyDate, type Claim, type Dataset, type Entity, type Relation } from '../server/dataset';
import type { ChangeDraft, RecordChange } from '../server/store/ChangeStore';
import { ChangeLog } from '../server/store/embedded/changeLog';
import { CurrentRecords } from '../server/store/embedded/currentRecords';
import { openStateDatabase } from '../server/state';
import { mulberry32, pick, weighted, type Random } from './random';

// A change log of `count` curators' edits over a data set, for the start-up benchmark: written
// through the store's own log and record checks (what commit does, minus the indexes), so the
// rows are exactly what a server would have recorded. The mix: mostly entity updates (a third
// with a new claim), relation updates, and new people linked to the graph.

type Kind = 'updateEntity' | 'updateRelation' | 'createEntity';
const MIX: readonly (readonly [Kind, number])[] = [
  ['updateEntity', 6],
  ['updateRelation', 3],
  ['createEntity', 1],
];

/** Claims a benchmark edit may add to one record: edits spread over records rather than pile on one. */
const MAX_ADDED_CLAIMS = 3;

/** Records `count` APPLIED changes in `stateDir`'s state database (one transaction, one sync). */
export function writeChangeHistory(dataset: Dataset, stateDir: string, count: number, seed = 11): void {
  const database = openStateDatabase(stateDir);
  try {
    const log = new ChangeLog(database);
    const records = new CurrentRecords(dataset);
    const random = mulberry32(seed);
    const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
    const relations = new Map(dataset.relations.map((relation) => [relation.id, relation]));
    const entityIds = [...entities.keys()];
    const relationIds = [...relations.keys()];
    const added = new Map<string, number>();
    const sourceIds = dataset.sources.map((source) => source.id);
    const newClaim = (subject: string, index: number): Claim => ({
      id: `${subject}/bench-${index}`,
      sourceId: pick(random, sourceIds),
      locator: `¶${1 + (index % 400)}`,
      date: null,
      note: `Benchmark edit ${index}: a curator's note in their own words.`,
      stance: 'supports',
      erratum: null,
    });
    const withClaim = <T extends Entity | Relation>(record: T, index: number): T => {
      if ((added.get(record.id) ?? 0) >= MAX_ADDED_CLAIMS || random() > 1 / 3) return record;
      added.set(record.id, (added.get(record.id) ?? 0) + 1);
      return { ...record, claims: [...record.claims, newClaim(record.id, index)] };
    };

    database.transaction(() => {
      for (let index = 0; index < count; index++) {
        const change = nextChange(weighted(random, MIX), index);
        records.check(change);
        const draft: ChangeDraft = { operation: operationOf(change), author: `curator-${index % 7}`, reason: `benchmark edit ${index}`, records: change, revertOf: null };
        log.append(draft, 'APPLIED');
        records.apply(change);
        for (const record of change) {
          if (record.kind === 'entity' && record.after) entities.set(record.id, record.after);
          if (record.kind === 'relation' && record.after) relations.set(record.id, record.after);
        }
      }
    })();

    function nextChange(kind: Kind, index: number): RecordChange[] {
      if (kind === 'updateEntity') {
        const before = entities.get(pick(random, entityIds)) as Entity;
        const after = withClaim({ ...before, summary: `${before.summary.replace(/ \(edit \d+\)$/, '')} (edit ${index})`, version: before.version + 1 }, index);
        return [{ kind: 'entity', id: before.id, before, after }];
      }
      if (kind === 'updateRelation') {
        const before = relations.get(pick(random, relationIds)) as Relation;
        const after = withClaim({ ...before, note: `Checked again in benchmark edit ${index}.`, version: before.version + 1 }, index);
        return [{ kind: 'relation', id: before.id, before, after }];
      }
      return createPerson(index, random);
    }

    function createPerson(index: number, random: Random): RecordChange[] {
      const person: Entity = {
        id: `person:bench-curated-${index}`,
        kind: 'Person',
        name: `Curated Person ${index}`,
        aliases: [],
        summary: `A person a curator added in benchmark edit ${index}.`,
        date: parseFuzzyDate('2010'),
        figures: [],
        claims: [newClaim(`person:bench-curated-${index}`, index)],
        disputedFields: [],
        version: 1,
      };
      const type = pick(random, dataset.vocabulary);
      const link: Relation = {
        id: `rel:bench-curated-${index}`,
        type: type.type,
        label: type.label,
        from: person.id,
        to: pick(random, entityIds),
        role: null,
        date: parseFuzzyDate('2010'),
        note: null,
        claims: [newClaim(`rel:bench-curated-${index}`, index)],
        disputedFields: [],
        version: 1,
      };
      entityIds.push(person.id);
      relationIds.push(link.id);
      return [
        { kind: 'entity', id: person.id, before: null, after: person },
        { kind: 'relation', id: link.id, before: null, after: link },
      ];
    }
  } finally {
    database.close();
  }
}

function operationOf(records: RecordChange[]): ChangeDraft['operation'] {
  const [first] = records;
  if (first?.before === null) return 'createEntity';
  return first?.kind === 'relation' ? 'updateRelation' : 'updateEntity';
}
