// Deterministic synthetic data sets in our format (seed/README.md), shaped like the Rotherham
// seed: its vocabulary copied, its share of each kind and its mix of (type, from kind, to kind)
// counted from its files (a built-in mix when it has none), about ten relations per entity
// around a few hubs, fuzzy EDTF dates of every precision the seed uses, claims on every record
// and a few disputes of each kind. Same inputs, same files, byte for byte (mulberry32, fixed seed).
//
//   npx tsx bench/generate.ts 1k|10k|100k          -> bench/data/<size>/ (skipped when current)
//   npx tsx bench/generate.ts --entities 300 --out /tmp/x

import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DATA_DIR, RELATIONS_PER_ENTITY, SEED_DIR, SYNTHETIC_SIZES, type SyntheticSize } from './config';
import { intBetween, mulberry32, pick, skewedIndex, weighted, type Random } from './random';

/** Bump when the output for a given size changes, so cached folders are regenerated. */
export const GENERATOR_VERSION = 1;
const DEFAULT_SEED = 20140826;
const MANIFEST = 'generated.json';

type Kind = 'Person' | 'Agency' | 'Report' | 'Event';
const KINDS: readonly Kind[] = ['Person', 'Agency', 'Report', 'Event'];
const ID_PREFIX: Record<Kind, string> = { Person: 'p', Agency: 'a', Report: 'r', Event: 'e' };
/** How strongly relations concentrate on a few hubs of each kind (a handful of agencies get most). */
const HUB_SKEW: Record<Kind, number> = { Person: 1.5, Agency: 2, Report: 1.7, Event: 1.7 };

/** The shape copied from the seed: share of each kind, and weight of each (type, from kind, to kind). */
export interface Mix {
  from: string;
  kinds: [Kind, number][];
  triples: [[type: string, from: Kind, to: Kind], number][];
}

/** Used when the seed cannot be read; resembles an early version of it. */
const BUILT_IN_MIX: Omit<Mix, 'from'> = {
  kinds: [['Agency', 0.4], ['Event', 0.27], ['Person', 0.17], ['Report', 0.16]],
  triples: [
    [['CRITICISED', 'Report', 'Agency'], 12], [['HELD_ROLE', 'Person', 'Agency'], 8], [['REPORTED_ON', 'Report', 'Event'], 8],
    [['AUTHORED', 'Person', 'Report'], 6], [['RECOMMENDED_TO', 'Report', 'Agency'], 6], [['PRESENTED_TO', 'Event', 'Agency'], 5],
    [['WARNED', 'Agency', 'Agency'], 3], [['WARNED', 'Report', 'Agency'], 3], [['PART_OF', 'Agency', 'Agency'], 4],
    [['INVOLVED', 'Event', 'Agency'], 4], [['INVESTIGATED', 'Event', 'Event'], 4], [['PUBLISHED', 'Agency', 'Report'], 3],
    [['RESIGNED_AFTER', 'Person', 'Report'], 3], [['LED', 'Person', 'Event'], 2], [['COMMISSIONED', 'Agency', 'Report'], 2],
    [['REFERRED_TO', 'Agency', 'Agency'], 1], [['INSPECTED', 'Agency', 'Agency'], 1], [['ATTENDED', 'Person', 'Event'], 2],
    [['CONDUCTED', 'Agency', 'Event'], 2],
  ],
};

/**
 * The kind shares and (type, from kind, to kind) weights of seed/rotherham, counted from its
 * files; the built-in mix when they are missing or unreadable. Only types in `vocabulary`.
 */
export function mixFor(vocabulary: readonly { type: string }[]): Mix {
  const known = new Set(vocabulary.map((entry) => entry.type));
  let mix: Mix = { from: 'built-in', ...BUILT_IN_MIX };
  try {
    const entities = JSON.parse(readFileSync(join(SEED_DIR, 'entities.json'), 'utf8')) as { id: string; kind: Kind }[];
    const relations = JSON.parse(readFileSync(join(SEED_DIR, 'relations.json'), 'utf8')) as { type: string; from: string; to: string }[];
    const kindOf = new Map(entities.map((entity) => [entity.id, entity.kind]));
    const kinds = new Map<Kind, number>();
    for (const entity of entities) kinds.set(entity.kind, (kinds.get(entity.kind) ?? 0) + 1);
    const triples = new Map<string, number>();
    for (const relation of relations) {
      const key = [relation.type, kindOf.get(relation.from), kindOf.get(relation.to)].join(' ');
      triples.set(key, (triples.get(key) ?? 0) + 1);
    }
    mix = {
      from: `seed/rotherham (${entities.length} entities, ${relations.length} relations)`,
      kinds: KINDS.filter((kind) => kinds.has(kind)).map((kind) => [kind, (kinds.get(kind) ?? 0) / entities.length]),
      triples: [...triples]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, count]) => [key.split(' ') as [string, Kind, Kind], count]),
    };
  } catch (error) {
    mix.from = `built-in (seed not readable: ${(error as Error).message.split('\n')[0]})`;
  }
  const triples = mix.triples.filter(([[type, from, to]]) => known.has(type) && KINDS.includes(from) && KINDS.includes(to));
  if (triples.length === 0) throw new Error('no relation type of the mix is in the vocabulary');
  return { ...mix, triples };
}

/** Used when seed/rotherham/vocabulary.json does not exist. */
const FALLBACK_VOCABULARY = [
  { type: 'WARNED', label: 'warned', description: 'The from end told the to end about the abuse.', carriesKnowledge: true },
  { type: 'PRESENTED_TO', label: 'was presented to', description: 'A report (from) was presented to a person or agency (to).', carriesKnowledge: true },
  { type: 'AUTHORED', label: 'authored', description: 'A person wrote a report.', carriesKnowledge: false },
  { type: 'HELD_ROLE', label: 'held a role at', description: 'A person held a post at an agency; the date is the interval of the role.', carriesKnowledge: false },
  { type: 'COMMISSIONED', label: 'commissioned', description: 'An agency commissioned a report.', carriesKnowledge: false },
  { type: 'RESIGNED_AFTER', label: 'resigned after', description: 'A person resigned after a report or event.', carriesKnowledge: false },
  { type: 'REFERRED_TO', label: 'referred cases to', description: 'An agency referred cases to another agency.', carriesKnowledge: false },
  { type: 'ATTENDED', label: 'attended', description: 'A person attended an event.', carriesKnowledge: false },
  { type: 'CONDUCTED', label: 'conducted', description: 'An agency ran an operation or event.', carriesKnowledge: false },
  { type: 'INSPECTED', label: 'inspected', description: 'An inspectorate inspected an agency.', carriesKnowledge: false },
];

const FIRST = ['Alan', 'Angela', 'Barbara', 'Brian', 'Carol', 'Colin', 'David', 'Diane', 'Edward', 'Elaine', 'Fiona', 'Gordon', 'Helen', 'Hélène', 'Ian', 'Janet', 'John', 'Joyce', 'Keith', 'Linda', 'Martin', 'Mary', 'Neil', 'Nicola', 'Owen', 'Pauline', 'Peter', 'Rachel', 'Richard', 'Sandra', 'Simon', 'Susan', 'Thomas', 'Valerie', 'William', 'Zoë', 'Saeed', 'Amira', 'Tariq', 'Nadia'];
const LAST = ['Ashworth', 'Bennett', 'Brontë', 'Carter', 'Chowdhury', 'Dawson', 'Ellis', 'Fletcher', 'Garside', 'Hargreaves', 'Holroyd', 'Hussain', 'Jackson', 'Kaur', 'Lister', 'Malik', 'Marsden', 'Naylor', 'Novak', 'Oldroyd', 'Patel', 'Pearson', 'Quinn', 'Rashid', 'Robinson', 'Sharpe', 'Shaw', 'Sykes', 'Taylor', 'Thornton', 'Turner', 'Walker', 'Whitaker', 'Wilkinson', 'Wood', 'Wright', 'Yates', 'Ziółkowski', 'Müller', 'Ó Briain'];
const TITLES = ['Councillor', 'Detective Inspector', 'Dr', 'Professor', 'Superintendent'];
const PLACES = ['Northtown', 'Southby', 'Eastwick', 'Westholme', 'Ashford Vale', 'Brigham', 'Calder', 'Dunmore', 'Elmsworth', 'Fenwick', 'Greyhope', 'Harrowgate', 'Ironbridge', 'Kelby', 'Lowmoor', 'Marston', 'Netherby', 'Oakham', 'Pennington', 'Queensbury', 'Rawcliffe', 'Stainby', 'Thurlow', 'Upton', 'Wath'];
const AGENCY_TYPES = ['Police', 'Borough Council', "Children's Services", 'Youth Service', 'Health Trust', 'Safeguarding Board', 'Crown Prosecution Service', 'Education Department', 'Housing Department', 'Inspectorate', 'Licensing Committee', 'Outreach Project', 'Probation Service', 'Social Care Team', 'Scrutiny Panel'];
const REPORT_TOPICS = ['Review of child protection in', 'Serious case review,', "Inspection of children's services in", 'Audit of youth services in', 'Report on exploitation in', 'Strategy paper for', 'Scrutiny review of', 'Independent inquiry into'];
const CODEWORDS = ['Lantern', 'Harbour', 'Kestrel', 'Bramble', 'Clearwater', 'Stovewood', 'Linden', 'Thistle', 'Granite', 'Meadow', 'Falcon', 'Juniper', 'Ember', 'Sentinel', 'Willow', 'Beacon', 'Aspen', 'Larch', 'Quartz', 'Heron'];
const MEETINGS = ['strategy meeting', 'council cabinet meeting', 'safeguarding board meeting', 'public hearing', 'press conference', 'multi-agency briefing'];
const ROLES = ['leader of the council', 'chief executive', "director of children's services", 'chief constable', 'detective inspector', 'youth worker', 'councillor', 'chair of the safeguarding board', 'head of social care', "cabinet member for children"];
const NOTES = ['Names both parties and the occasion.', 'Gives the date from the minutes.', 'Mentions it in passing.', 'Describes the meeting at length.', 'Quotes a letter that records it.', 'Summarises the evidence to the inquiry.', 'Lists it in a chronology.', 'Repeats an earlier account.'];
const FIGURE_NAMES = ['children exploited', 'referrals', 'arrests', 'convictions', 'victims identified'];
const QUALIFIERS = ['exactly', 'about', 'at least', 'more than', 'at most'] as const;
const SEASONS = { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter' } as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface DateOut {
  edtf: string;
  text?: string;
}
interface ClaimOut {
  source: string;
  locator: string;
  date?: DateOut;
  note: string;
  stance?: 'contradicts';
  erratum?: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const mm = (month: number) => pad(month, 2);

/** A fuzzy date of one of the precisions the seed uses, between 1990 and 2016, in about its mix. */
function fuzzyDate(random: Random): DateOut {
  const y = intBetween(random, 1990, 2016);
  const m = intBetween(random, 1, 12);
  const roll = random();
  if (roll < 0.16) {
    const d = intBetween(random, 1, 28);
    return random() < 0.3 ? { edtf: `${y}-${mm(m)}-${pad(d, 2)}`, text: `${d} ${MONTHS[m - 1]} ${y}` } : { edtf: `${y}-${mm(m)}-${pad(d, 2)}` };
  }
  if (roll < 0.42) return random() < 0.3 ? { edtf: `${y}-${mm(m)}`, text: `${MONTHS[m - 1]} ${y}` } : { edtf: `${y}-${mm(m)}` };
  if (roll < 0.46) {
    const season = intBetween(random, 21, 24) as keyof typeof SEASONS;
    return { edtf: `${y}-${season}`, text: `${SEASONS[season]} ${y}` };
  }
  if (roll < 0.51) return { edtf: `${y}~`, text: `about ${y}` };
  if (roll < 0.77) {
    const span = intBetween(random, 1, 30);
    const end = m + span;
    return { edtf: `${y}-${mm(m)}/${y + Math.floor((end - 1) / 12)}-${mm(((end - 1) % 12) + 1)}` };
  }
  if (roll < 0.88) return { edtf: `${y}` };
  if (roll < 0.9) return { edtf: `${String(y).slice(0, 3)}X`, text: `the ${String(y).slice(0, 3)}0s` };
  if (roll < 0.97) return { edtf: `../${y}`, text: `by ${y}` };
  return { edtf: `${y}/..`, text: `from ${y} on` };
}

/** The interval of a HELD_ROLE: from a year or month to a day, or still open. */
function roleInterval(random: Random): DateOut {
  const y = intBetween(random, 1985, 2012);
  const start = random() < 0.5 ? `${y}` : `${y}-${mm(intBetween(random, 1, 12))}`;
  if (random() < 0.1) return { edtf: `${start}/..` };
  const endYear = y + intBetween(random, 1, 12);
  return { edtf: `${start}/${endYear}-${mm(intBetween(random, 1, 12))}-${pad(intBetween(random, 1, 28), 2)}` };
}

/** A different reading of the same date: another source a year out, or less precise. */
function otherDate(random: Random, date: DateOut): DateOut {
  const year = Number(/\d{4}/.exec(date.edtf)?.[0] ?? 2000);
  return random() < 0.5 ? { edtf: `${year + (random() < 0.5 ? -1 : 1)}` } : { edtf: `${year}-${mm(intBetween(random, 1, 12))}` };
}

class Claims {
  constructor(
    private readonly random: Random,
    private readonly sourceIds: readonly string[],
  ) {}

  one(date: DateOut | undefined, extra: Partial<ClaimOut> = {}): ClaimOut {
    const random = this.random;
    const paragraph = intBetween(random, 1, 400);
    const claim: ClaimOut = {
      source: this.sourceIds[skewedIndex(random, this.sourceIds.length, 2)] as string,
      locator: random() < 0.2 ? `¶${paragraph}-${paragraph + intBetween(random, 1, 4)}` : `¶${paragraph}`,
      note: pick(random, NOTES),
    };
    if (date && random() < 0.25) claim.date = date;
    return { ...claim, ...extra };
  }

  /** One to three claims, and now and then a disagreement: a date dispute, a contradiction, an erratum. */
  forRecord(date: DateOut | undefined): ClaimOut[] {
    const random = this.random;
    const claims = [this.one(date)];
    if (random() < 0.35) claims.push(this.one(date));
    if (random() < 0.1) claims.push(this.one(date));
    const roll = random();
    if (date && roll < 0.04) {
      claims[0] = { ...(claims[0] as ClaimOut), date };
      claims.push(this.one(undefined, { date: otherDate(random, date), note: 'Gives a different date.' }));
    } else if (roll < 0.05) {
      claims.push(this.one(undefined, { stance: 'contradicts', note: 'Says this did not happen.' }));
    } else if (date && roll < 0.055) {
      claims.push(this.one(undefined, { date: otherDate(random, date), note: 'Misdates it.', erratum: 'The year is a slip in this source.' }));
    }
    return claims;
  }
}

interface Generated {
  sources: object[];
  entities: object[];
  relations: object[];
  kindCounts: Record<Kind, number>;
}

function kindCounts(total: number, shares: Mix['kinds']): Record<Kind, number> {
  const counts = { Person: 0, Agency: 0, Report: 0, Event: 0 };
  let left = total;
  shares.forEach(([kind, share], index) => {
    counts[kind] = index === shares.length - 1 ? left : Math.min(left, Math.round(total * share));
    left -= counts[kind];
  });
  return counts;
}

function entityName(random: Random, kind: Kind, index: number): { name: string; aliases: string[]; summary: string } {
  const place = PLACES[index % PLACES.length] as string;
  switch (kind) {
    case 'Person': {
      const first = pick(random, FIRST);
      const last = pick(random, LAST);
      const initial = String.fromCharCode(65 + intBetween(random, 0, 25));
      const title = random() < 0.2 ? `${pick(random, TITLES)} ` : '';
      const aliases = random() < 0.25 ? [`${first.charAt(0)}. ${last}`] : [];
      return { name: `${title}${first} ${initial}. ${last}`, aliases, summary: `${pick(random, ROLES)} in ${place}, named in the sources.` };
    }
    case 'Agency': {
      const type = AGENCY_TYPES[Math.floor(index / PLACES.length) % AGENCY_TYPES.length] as string;
      const area = Math.floor(index / (PLACES.length * AGENCY_TYPES.length));
      const name = `${place} ${type}${area > 0 ? ` Area ${area}` : ''}`;
      const aliases = random() < 0.3 ? [`${place} ${type.split(' ')[0]}`] : [];
      return { name, aliases, summary: `Public body in ${place} responsible for ${type.toLowerCase()} work.` };
    }
    case 'Report': {
      const year = intBetween(random, 1995, 2016);
      const aliases = random() < 0.1 ? [`SCR-${pad(index, 4)}`] : [];
      return { name: `${pick(random, REPORT_TOPICS)} ${place} (${year})`, aliases, summary: `Report on how agencies in ${place} responded to exploitation.` };
    }
    case 'Event': {
      if (random() < 0.4) {
        const round = Math.floor(index / CODEWORDS.length);
        return { name: `Operation ${CODEWORDS[index % CODEWORDS.length]}${round > 0 ? ` ${round + 1}` : ''}`, aliases: [], summary: `Police operation in ${place}.` };
      }
      return { name: `${place} ${pick(random, MEETINGS)} ${intBetween(random, 1995, 2016)}`, aliases: [], summary: `Meeting in ${place} where the abuse was discussed.` };
    }
  }
}

/** Share of each kind that has a date (the seed dates few people and bodies, most reports and events). */
const ENTITY_DATED: Record<Kind, number> = { Person: 0.1, Agency: 0.3, Report: 0.95, Event: 0.9 };

function figures(random: Random, claims: Claims): object[] {
  if (random() >= 0.25) return [];
  const name = pick(random, FIGURE_NAMES);
  const value = intBetween(random, 5, 1500);
  const make = (v: number) => ({ name, value: v, qualifier: pick(random, QUALIFIERS), unit: name === 'referrals' ? 'referrals' : 'people', claims: [claims.one(undefined)] });
  const list = [make(value)];
  if (random() < 0.08) list.push(make(value + intBetween(random, 10, 300)));
  return list;
}

/** Builds the four files' records in memory; relations stay as compact objects until written. */
export function generate(entityCount: number, mix: Mix, seed = DEFAULT_SEED): Generated {
  const random = mulberry32(seed ^ entityCount);
  const sourceCount = Math.max(12, Math.round(entityCount / 50));
  const sourceIds = Array.from({ length: sourceCount }, (_, i) => `syn_${pad(i + 1, 5)}`);
  const sources = sourceIds.map((id, i) => ({
    id,
    title: `Synthetic source ${i + 1}: ${pick(random, ['minutes', 'inquiry report', 'press article', 'inspection report', 'witness statement'])} from ${pick(random, PLACES)}`,
    publisher: `${pick(random, PLACES)} ${pick(random, AGENCY_TYPES)}`,
    published: fuzzyDate(random),
    reliability: weighted(random, [['HIGH', 0.4], ['MEDIUM', 0.4], ['LOW', 0.2]] as const),
  }));
  const claims = new Claims(random, sourceIds);

  const counts = kindCounts(entityCount, mix.kinds);
  const width = Math.max(6, String(entityCount).length);
  const idsByKind: Record<Kind, string[]> = { Person: [], Agency: [], Report: [], Event: [] };
  const entities: object[] = [];
  for (const kind of KINDS) {
    for (let i = 0; i < counts[kind]; i++) {
      const id = `${kind.toLowerCase()}:${ID_PREFIX[kind]}${pad(i, width)}`;
      idsByKind[kind].push(id);
      const { name, aliases, summary } = entityName(random, kind, i);
      const date = random() < ENTITY_DATED[kind] ? fuzzyDate(random) : undefined;
      entities.push({
        id,
        kind,
        name,
        ...(aliases.length > 0 ? { aliases } : {}),
        summary,
        ...(date ? { date } : {}),
        ...(kind === 'Event' ? { figures: figures(random, claims) } : {}),
        claims: claims.forRecord(date),
      });
    }
  }

  const present = KINDS.filter((kind) => idsByKind[kind].length > 0);
  const endOf = (wanted: Kind): string => {
    const kind = idsByKind[wanted].length > 0 ? wanted : pick(random, present);
    return idsByKind[kind][skewedIndex(random, idsByKind[kind].length, HUB_SKEW[kind])] as string;
  };
  const relationCount = entityCount * RELATIONS_PER_ENTITY;
  const relWidth = Math.max(7, String(relationCount).length);
  const relations: object[] = [];
  for (let i = 0; i < relationCount; i++) {
    const [type, fromKind, toKind] = weighted(random, mix.triples);
    const from = endOf(fromKind);
    let to = endOf(toKind);
    for (let attempt = 0; to === from; attempt++) to = attempt < 20 ? endOf(toKind) : endOf(pick(random, present));
    const date = type === 'HELD_ROLE' ? roleInterval(random) : random() < 0.91 ? fuzzyDate(random) : undefined;
    relations.push({
      id: `rel:r${pad(i, relWidth)}`,
      type,
      from,
      to,
      ...(type === 'HELD_ROLE' ? { role: pick(random, ROLES) } : {}),
      ...(date ? { date } : {}),
      ...(random() < 0.15 ? { note: 'Context from the synthetic chronology.' } : {}),
      claims: claims.forRecord(date),
    });
  }
  return { sources, entities, relations, kindCounts: counts };
}

/** One record per line: small diffs, and no single giant string for a million relations. */
function writeJsonArray(path: string, records: readonly object[]): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, '[\n');
    const chunk = 10_000;
    for (let start = 0; start < records.length; start += chunk) {
      const lines = records.slice(start, start + chunk).map((record) => JSON.stringify(record));
      const last = start + chunk >= records.length;
      writeSync(fd, lines.join(',\n') + (last ? '\n' : ',\n'));
    }
    writeSync(fd, ']\n');
  } finally {
    closeSync(fd);
  }
}

/** The data set's kinds: the seed's when it has them (its look), else plain ones for KINDS. */
function kindsText(): string {
  const seedKinds = join(SEED_DIR, 'kinds.json');
  if (existsSync(seedKinds)) return readFileSync(seedKinds, 'utf8');
  const plain = KINDS.map((kind) => ({ kind, label: kind, plural: `${kind}s`, shape: 'ellipse', colour: '#4b5563', actor: kind === 'Person' || kind === 'Agency' }));
  return `${JSON.stringify(plain, null, 2)}\n`;
}

function datasetInfoText(entityCount: number): string {
  const info = {
    title: `Synthetic benchmark data set (${entityCount} entities)`,
    period: { edtf: '1990/2020', text: '1990–2020' },
    description: 'Generated by bench/generate.ts in the shape of the seed: random names, dates and claims, for measuring only.',
  };
  return `${JSON.stringify(info, null, 2)}\n`;
}

function vocabularyText(): string {
  const seedVocabulary = join(SEED_DIR, 'vocabulary.json');
  return existsSync(seedVocabulary) ? readFileSync(seedVocabulary, 'utf8') : `${JSON.stringify(FALLBACK_VOCABULARY, null, 2)}\n`;
}

/** The files of a generated data set folder (besides generated.json). */
export const DATASET_FILES = ['sources.json', 'vocabulary.json', 'kinds.json', 'dataset.json', 'entities.json', 'relations.json'] as const;

export interface Manifest {
  generatorVersion: number;
  seed: number;
  entities: number;
  relations: number;
  sources: number;
  kinds: Record<Kind, number>;
  vocabularyFrom: 'seed/rotherham' | 'built-in';
  mixFrom: string;
  /** Of the vocabulary, the kinds and the mix: a change in the seed regenerates the folder. */
  inputSha256: string;
}

function inputs(): { vocabulary: string; mix: Mix; sha: string } {
  const vocabulary = vocabularyText();
  const mix = mixFor(JSON.parse(vocabulary) as { type: string }[]);
  return { vocabulary, mix, sha: sha256(JSON.stringify([vocabulary, kindsText(), mix.kinds, mix.triples])) };
}

/** Writes a data set folder (the four files plus generated.json) and returns its manifest. */
export function writeDataset(outDir: string, entityCount: number, seed = DEFAULT_SEED): Manifest {
  const { vocabulary, mix, sha } = inputs();
  const generated = generate(entityCount, mix, seed);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'vocabulary.json'), vocabulary);
  writeFileSync(join(outDir, 'kinds.json'), kindsText());
  writeFileSync(join(outDir, 'dataset.json'), datasetInfoText(entityCount));
  writeJsonArray(join(outDir, 'sources.json'), generated.sources);
  writeJsonArray(join(outDir, 'entities.json'), generated.entities);
  writeJsonArray(join(outDir, 'relations.json'), generated.relations);
  const manifest: Manifest = {
    generatorVersion: GENERATOR_VERSION,
    seed,
    entities: generated.entities.length,
    relations: generated.relations.length,
    sources: generated.sources.length,
    kinds: generated.kindCounts,
    vocabularyFrom: existsSync(join(SEED_DIR, 'vocabulary.json')) ? 'seed/rotherham' : 'built-in',
    mixFrom: mix.from,
    inputSha256: sha,
  };
  writeFileSync(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The folder of a synthetic size, generated first when missing or out of date. */
export function ensureDataset(size: SyntheticSize): { dir: string; manifest: Manifest; generatedMs: number | null } {
  const dir = join(DATA_DIR, size);
  const entities = SYNTHETIC_SIZES[size];
  const manifestPath = join(dir, MANIFEST);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const current =
      manifest.generatorVersion === GENERATOR_VERSION &&
      manifest.entities === entities &&
      manifest.seed === DEFAULT_SEED &&
      manifest.inputSha256 === inputs().sha &&
      DATASET_FILES.every((file) => existsSync(join(dir, file)));
    if (current) return { dir, manifest, generatedMs: null };
  }
  const started = performance.now();
  const manifest = writeDataset(dir, entities);
  return { dir, manifest, generatedMs: performance.now() - started };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values, positionals } = parseArgs({ options: { entities: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
  if (values.entities && values.out) {
    console.log(writeDataset(values.out, Number(values.entities)));
  } else {
    for (const size of positionals.length > 0 ? positionals : ['1k']) {
      if (!(size in SYNTHETIC_SIZES)) throw new Error(`unknown size "${size}" (1k, 10k or 100k)`);
      const { dir, manifest, generatedMs } = ensureDataset(size as SyntheticSize);
      console.log(`${size}: ${dir} (${manifest.entities} entities, ${manifest.relations} relations) ${generatedMs === null ? 'already current' : `generated in ${(generatedMs / 1000).toFixed(1)} s`}`);
    }
  }
}
