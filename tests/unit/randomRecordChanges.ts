import { findDisputes, parseFuzzyDate, type Claim, type Dataset, type Entity, type EntityKind, type Figure, type Relation, type Source } from '../../server/dataset';
import type { RecordChange, Redirect } from '../../server/store/ChangeStore';

// Random changes as curation makes them (whole records, versions, disputes worked out, retracts
// that take their relations along, merges that re-point relations and leave a redirect), over a
// data set kept alongside as plain records: the data set a store built from scratch must match.

const KINDS: readonly EntityKind[] = ['Person', 'Agency', 'Report', 'Event'];
const WORDS = ['Northtown', 'council', 'review', 'Brontë', 'police', 'board', 'audit', 'Hélène', 'strategy', 'Patel', 'inquiry', 'zone'];
const EDTF = ['2001', '2003-06', '2004-11/2005-03', '../2008', '2008~', '2009-23', '2009-10-15', '2012/..', '2014-08-21', '1999'];
const FIGURES = ['children at risk', 'referrals'];

/** A seeded random source (the same LCG as the other property tests). */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed;
  }
  next(): number {
    this.state = (this.state * 1103515245 + 12345) % 2147483648;
    return this.state / 2147483648;
  }
  below(count: number): number {
    return Math.floor(this.next() * count);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.below(list.length)] as T;
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

/** The records of a data set by id, changed by whole records as a store is. */
export class DatasetModel {
  readonly entities = new Map<string, Entity>();
  readonly relations = new Map<string, Relation>();
  readonly sources = new Map<string, Source>();
  readonly redirects = new Map<string, Redirect>();
  /** Every id ever seen, for reads that name gone records too. */
  readonly seenIds = new Set<string>();
  private serial = 0;
  private readonly documents = new Map<string, unknown>();

  constructor(private readonly base: Dataset) {
    for (const entity of base.entities) this.entities.set(entity.id, entity);
    for (const relation of base.relations) this.relations.set(relation.id, relation);
    for (const source of base.sources) this.sources.set(source.id, source);
    for (const id of [...this.entities.keys(), ...this.relations.keys(), ...this.sources.keys()]) this.seenIds.add(id);
  }

  apply(records: readonly RecordChange[]): void {
    for (const record of records) {
      this.seenIds.add(record.id);
      const table: Map<string, unknown> = { entity: this.entities, relation: this.relations, source: this.sources, redirect: this.redirects, document: this.documents }[record.kind];
      if (record.after === null) table.delete(record.id);
      else table.set(record.id, record.after);
    }
  }

  /** The data set these records make, as the loader would build it (disputes and claim counts worked out afresh). */
  dataset(): Dataset {
    const entities = [...this.entities.values()];
    const relations = [...this.relations.values()];
    const counts = new Map<string, number>();
    for (const record of [...entities, ...relations]) {
      const claims = 'figures' in record ? [...record.claims, ...record.figures.flatMap((figure) => figure.claims)] : record.claims;
      for (const claim of claims) counts.set(claim.sourceId, (counts.get(claim.sourceId) ?? 0) + 1);
    }
    const disputes: Dataset['disputes'] = [];
    for (const entity of entities) findDisputes('entity', entity, disputes);
    for (const relation of relations) findDisputes('relation', relation, disputes);
    return {
      name: this.base.name,
      info: this.base.info,
      kinds: this.base.kinds,
      vocabulary: this.base.vocabulary,
      sources: [...this.sources.values()].map((source) => ({ ...source, claimCount: counts.get(source.id) ?? 0 })),
      entities,
      relations,
      disputes,
      // The random changes leave documents alone: the base's texts stay attached.
      ...(this.base.documents ? { documents: this.base.documents } : {}),
    };
  }

  /** One random change's records, as curation would decide them. */
  randomChange(random: Random): RecordChange[] {
    const entities = [...this.entities.values()];
    const relations = [...this.relations.values()];
    const roll = random.below(10);
    if (roll === 0 || entities.length < 3) {
      const entity = this.newEntity(random);
      return [{ kind: 'entity', id: entity.id, before: null, after: entity }];
    }
    if (roll === 1 && relations.length > 0) return [this.updatedRelation(random, random.pick(relations))];
    if (roll === 2 && relations.length > 0) {
      const relation = random.pick(relations);
      return [{ kind: 'relation', id: relation.id, before: relation, after: null }];
    }
    if (roll === 3) return this.retraction(random, random.pick(entities));
    if (roll === 4) return this.merge(random, random.pick(entities), random.pick(entities));
    if (roll === 5) {
      const id = `src-new-${++this.serial}`;
      return [{ kind: 'source', id, before: null, after: { id, title: `Source ${this.serial}`, publisher: null, author: null, published: null, reliability: 'MEDIUM', note: null, claimCount: 0 } }];
    }
    if (roll <= 7) return [this.updatedEntity(random, random.pick(entities))];
    const from = random.pick(entities);
    const to = random.pick(entities.filter((entity) => entity.id !== from.id));
    const relation = this.newRelation(random, from.id, to.id);
    return [{ kind: 'relation', id: relation.id, before: null, after: relation }];
  }

  private claims(random: Random, count: number): Claim[] {
    const sources = [...this.sources.keys()];
    return Array.from({ length: count }, () => ({
      id: `claim:new-${++this.serial}`,
      sourceId: random.pick(sources),
      locator: `¶${random.below(40) + 1}`,
      date: random.chance(0.6) ? parseFuzzyDate(random.pick(EDTF)) : null,
      note: 'Our note.',
      stance: random.chance(0.1) ? 'contradicts' : 'supports',
      erratum: null,
    }));
  }

  private name(random: Random): string {
    return `${random.pick(WORDS)} ${random.pick(WORDS)} ${++this.serial}`;
  }

  private date(random: Random) {
    return random.chance(0.75) ? parseFuzzyDate(random.pick(EDTF)) : null;
  }

  private newEntity(random: Random): Entity {
    const kind = random.pick(KINDS);
    const figures: Figure[] = kind === 'Event' && random.chance(0.5)
      ? [0, 1].slice(0, random.below(2) + 1).map(() => ({ name: random.pick(FIGURES), value: random.below(3) * 10, qualifier: 'exactly', unit: null, claims: this.claims(random, 1) }))
      : [];
    return withDisputes('entity', {
      id: `${kind.toLowerCase()}:new-${++this.serial}`,
      kind,
      name: this.name(random),
      aliases: random.chance(0.3) ? [this.name(random)] : [],
      summary: `About ${random.pick(WORDS)} and ${random.pick(WORDS)}.`,
      date: this.date(random),
      figures,
      claims: this.claims(random, random.below(3) + 1),
      disputedFields: [],
      version: 1,
    });
  }

  private updatedEntity(random: Random, entity: Entity): RecordChange {
    const after: Entity = { ...entity, version: entity.version + 1, disputedFields: [] };
    const what = random.below(4);
    if (what === 0) after.name = this.name(random);
    if (what === 1) after.date = this.date(random);
    if (what === 2) after.summary = `Now about ${random.pick(WORDS)}.`;
    // Always with a claim, as an edit through the API is.
    after.claims = [...entity.claims, ...this.claims(random, 1)];
    return { kind: 'entity', id: entity.id, before: entity, after: withDisputes('entity', after) };
  }

  private newRelation(random: Random, from: string, to: string): Relation {
    const type = random.pick(this.base.vocabulary);
    return withDisputes('relation', {
      id: `rel:new-${++this.serial}`,
      type: type.type,
      label: type.label,
      from,
      to,
      role: null,
      date: this.date(random),
      note: null,
      claims: this.claims(random, random.below(2) + 1),
      disputedFields: [],
      version: 1,
    });
  }

  private updatedRelation(random: Random, relation: Relation): RecordChange {
    const type = random.chance(0.3) ? random.pick(this.base.vocabulary) : null;
    const after: Relation = {
      ...relation,
      ...(type === null ? {} : { type: type.type, label: type.label }),
      date: random.chance(0.6) ? this.date(random) : relation.date,
      claims: [...relation.claims, ...this.claims(random, 1)],
      disputedFields: [],
      version: relation.version + 1,
    };
    return { kind: 'relation', id: relation.id, before: relation, after: withDisputes('relation', after) };
  }

  private relationsOf(id: string): Relation[] {
    return [...this.relations.values()].filter((relation) => relation.from === id || relation.to === id);
  }

  /** The entity and its relations, the entity first or last at random (a store must take either). */
  private retraction(random: Random, entity: Entity): RecordChange[] {
    const records: RecordChange[] = this.relationsOf(entity.id).map((relation) => ({ kind: 'relation', id: relation.id, before: relation, after: null }));
    const own: RecordChange = { kind: 'entity', id: entity.id, before: entity, after: null };
    return random.chance(0.5) ? [own, ...records] : [...records, own];
  }

  /** `gone` merged into `kept`: its relations re-pointed (those between the two retracted), then a redirect. */
  private merge(random: Random, gone: Entity, kept: Entity): RecordChange[] {
    if (gone.id === kept.id) return this.retraction(random, gone);
    const records: RecordChange[] = [];
    for (const relation of this.relationsOf(gone.id)) {
      const from = relation.from === gone.id ? kept.id : relation.from;
      const to = relation.to === gone.id ? kept.id : relation.to;
      const after = from === to ? null : { ...relation, from, to, version: relation.version + 1 };
      records.push({ kind: 'relation', id: relation.id, before: relation, after });
    }
    records.push({ kind: 'entity', id: gone.id, before: gone, after: null });
    records.push({ kind: 'redirect', id: gone.id, before: null, after: { id: gone.id, to: kept.id } });
    return records;
  }
}

/** A record with its disputedFields worked out by the loader's rule. */
function withDisputes<R extends Entity | Relation>(kind: 'entity' | 'relation', record: R): R {
  findDisputes(kind, record, []);
  return record;
}
