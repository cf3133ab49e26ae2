import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseLocator } from '../../server/documents';
import { parseFuzzyDate } from '../../server/dataset/dates';
import { startServer, type RunningServer } from '../../server/startServer';
import { postGraphQL } from './graphqlClient';

// An independent check of the knowledge API against the sources: every "who told whom, when"
// link in tests/fixtures/whoKnew/links.json (read from the documents, not from the data set)
// must come back from `knowledge` as DIRECT evidence citing the same paragraph, and its teller
// must be listed by `raisedConcerns`. The README next to the links gives the matching rule.
// WHO_KNEW_DATA_DIR points the check at another data folder (default: seed/rotherham).

const LINKS_FILE = join(import.meta.dirname, '../fixtures/whoKnew/links.json');

const linkSchema = z.strictObject({
  warner: z.string().min(1),
  alsoFrom: z.array(z.string().min(1)).optional(),
  receiver: z.string().min(1),
  date: z.strictObject({ edtf: z.string().min(1), text: z.string().min(1) }),
  source: z.string().regex(/^\d{3}_[0-9a-f]{16}$/),
  paragraph: z.number().int().positive(),
  basis: z.enum(['stated', 'implied']),
  lowReliability: z.literal(true).optional(),
  note: z.string().min(1),
});
type Link = z.infer<typeof linkSchema>;

function readLinks(): Link[] {
  const links = z.array(linkSchema).parse(JSON.parse(readFileSync(LINKS_FILE, 'utf8')));
  const names = links.map(linkName);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw new Error(`${LINKS_FILE}: the link "${repeated}" is listed twice`);
  return links;
}

function linkName(link: Link): string {
  const marks = [link.basis === 'implied' ? '[implied]' : '', link.lowReliability ? '[low reliability]' : ''].filter(Boolean);
  return [`${link.warner} → ${link.receiver}, ${link.date.text} (${link.source} ¶${link.paragraph})`, ...marks].join(' ');
}

/** The last day a link's date can mean: the day by which the receiver had surely been told. */
function latestDay(link: Link): string {
  const { latest } = parseFuzzyDate(link.date.edtf);
  if (latest === null) throw new Error(`link "${linkName(link)}": date ${link.date.edtf} has no last day`);
  return latest;
}

/** A claim's locator names the link's paragraph or one next to it. */
function citesNear(locator: string, paragraph: number): boolean {
  const range = parseLocator(locator);
  return range !== null && range.from <= paragraph + 1 && range.to >= paragraph - 1;
}

interface EntityRef { id: string; name: string }
interface DateRange { earliest: string | null; latest: string | null }
interface CitedRelation {
  id: string;
  type: string;
  from: EntityRef;
  to: EntityRef;
  date: ({ edtf: string } & DateRange) | null;
  claims: { source: { id: string }; locator: string }[];
}
interface LinkRelation { type: string; from: { id: string }; to: { id: string }; date: DateRange | null }

const RELATION_FIELDS = 'id type from { id name } to { id name } date { edtf earliest latest } claims { source { id } locator }';

/** Two date ranges share a day; an open end (null) is unbounded, an undated range is timeless. */
function overlaps(a: DateRange | null, b: DateRange): boolean {
  if (a === null) return true;
  return (a.earliest === null || b.latest === null || a.earliest <= b.latest) && (a.latest === null || b.earliest === null || b.earliest <= a.latest);
}

function describeRelation(relation: CitedRelation): string {
  const cites = relation.claims.map((claim) => `${claim.source.id} ${claim.locator}`).join(', ') || 'no claims';
  return `${relation.id} (${relation.type} ${relation.from.name} → ${relation.to.name}, ${relation.date?.edtf ?? 'undated'}; cites ${cites})`;
}

describe('who knew: every link the sources support is answered by the knowledge API', () => {
  const links = readLinks();
  let server: RunningServer;
  let authorTypes: string[] = [];
  let speaksForTypes: string[] = [];
  const entitiesByName = new Map<string, Promise<EntityRef>>();

  async function query<T>(text: string, variables: Record<string, unknown>): Promise<T> {
    const { status, body } = await postGraphQL<T>(server.url, text, variables);
    if (body.errors?.length || !body.data) throw new Error(`GraphQL answered ${status}: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** The entity the search ranks first for a name; it must carry that name or alias. */
  function entityNamed(name: string): Promise<EntityRef> {
    let found = entitiesByName.get(name);
    if (!found) {
      found = query<{ search: { entity: EntityRef & { aliases: string[] } }[] }>(
        'query($text: String!) { search(text: $text, first: 3) { entity { id name aliases } } }',
        { text: name },
      ).then(({ search }) => {
        const top = search[0]?.entity;
        const wanted = name.toLowerCase();
        if (!top || ![top.name, ...top.aliases].some((known) => known.toLowerCase() === wanted)) {
          throw new Error(`search for "${name}" does not find it first (top hit: ${top ? `${top.id} "${top.name}"` : 'none'})`);
        }
        return { id: top.id, name: top.name };
      });
      entitiesByName.set(name, found);
    }
    return found;
  }

  /**
   * Whose relation may stand for a teller, keyed by the relation's `from` id, valued by whom
   * raisedConcerns must then list: the teller itself; what it authored (credited to it); its
   * author (who then raised the concern); the body it held a post in or was part of at the time.
   */
  async function acceptedTellers(teller: EntityRef, when: DateRange): Promise<Map<string, string>> {
    const accepted = new Map<string, string>([[teller.id, teller.id]]);
    const types = [...authorTypes, ...speaksForTypes];
    if (types.length === 0) return accepted;
    const { entity } = await query<{ entity: { relations: LinkRelation[] } | null }>(
      'query($id: ID!, $types: [RelationType!]) { entity(id: $id) { relations(direction: BOTH, types: $types, first: 500) { type from { id } to { id } date { earliest latest } } } }',
      { id: teller.id, types },
    );
    for (const relation of entity?.relations ?? []) {
      if (authorTypes.includes(relation.type)) {
        if (relation.from.id === teller.id) accepted.set(relation.to.id, teller.id);
        else accepted.set(relation.from.id, relation.from.id);
      } else if (relation.from.id === teller.id && overlaps(relation.date, when) && !accepted.has(relation.to.id)) {
        accepted.set(relation.to.id, relation.to.id);
      }
    }
    return accepted;
  }

  /** Why no relation matched: what does link the tellers to the receiver, if anything. */
  async function explainMiss(link: Link, receiver: EntityRef, accepted: Map<string, string>, asOf: string, evidence: CitedRelation[]): Promise<string> {
    const { entity } = await query<{ entity: { relations: CitedRelation[] } | null }>(
      `query($id: ID!) { entity(id: $id) { relations(direction: IN, first: 500) { ${RELATION_FIELDS} } } }`,
      { id: receiver.id },
    );
    const fromTellers = (entity?.relations ?? []).filter((relation) => accepted.has(relation.from.id));
    const heading = `no DIRECT evidence for ${receiver.id} by ${asOf} from [${[...accepted.keys()].join(', ')}] citing ${link.source} ¶${link.paragraph}±1`;
    const lines = fromTellers.map((relation) => {
      const inEvidence = evidence.some((item) => item.id === relation.id);
      return `  ${inEvidence ? 'in evidence, other citation' : 'not in evidence'}: ${describeRelation(relation)}`;
    });
    if (lines.length) return [heading, ...lines].join('\n');
    return [heading, '  no relation of any type from these tellers to the receiver', ...(await elsewhereCited(link, accepted))].join('\n');
  }

  /** The tellers' relations to others that cite the link's paragraph: how the data set told it instead. */
  async function elsewhereCited(link: Link, accepted: Map<string, string>): Promise<string[]> {
    const lines: string[] = [];
    for (const id of accepted.keys()) {
      const { entity } = await query<{ entity: { relations: CitedRelation[] } | null }>(
        `query($id: ID!) { entity(id: $id) { relations(direction: OUT, first: 500) { ${RELATION_FIELDS} } } }`,
        { id },
      );
      for (const relation of entity?.relations ?? []) {
        const near = relation.claims.some((claim) => claim.source.id === link.source && citesNear(claim.locator, link.paragraph));
        if (near) lines.push(`  to another end: ${describeRelation(relation)}`);
      }
    }
    return lines;
  }

  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: process.env.WHO_KNEW_DATA_DIR || undefined });
    const { vocabulary } = await query<{ vocabulary: { type: string; creditsAuthor: boolean; passesKnowledge: string | null }[] }>(
      '{ vocabulary { type creditsAuthor passesKnowledge } }',
      {},
    );
    authorTypes = vocabulary.filter((type) => type.creditsAuthor).map((type) => type.type);
    speaksForTypes = vocabulary.filter((type) => type.passesKnowledge === 'FORWARD' || type.passesKnowledge === 'BOTH').map((type) => type.type);
  });
  afterAll(() => server?.close());

  it('reads a fixture of links from every source', () => {
    expect(new Set(links.map((link) => link.source)).size).toBe(5);
  });

  it.each(links.map((link) => [linkName(link), link] as const))('%s', async (_name, link) => {
    const receiver = await entityNamed(link.receiver);
    const tellers = await Promise.all([link.warner, ...(link.alsoFrom ?? [])].map(entityNamed));
    const { earliest, latest } = parseFuzzyDate(link.date.edtf);
    const accepted = new Map<string, string>();
    for (const teller of tellers) {
      for (const [fromId, credited] of await acceptedTellers(teller, { earliest, latest })) if (!accepted.has(fromId)) accepted.set(fromId, credited);
    }
    const asOf = latestDay(link);

    const { knowledge } = await query<{ knowledge: { actor: { id: string }; channel: string; evidence: CitedRelation[] }[] }>(
      `query($asOf: String!, $actor: ID!) { knowledge(asOf: $asOf, actor: $actor, certainty: POSSIBLE, channels: [DIRECT], first: 1) { actor { id } channel evidence { ${RELATION_FIELDS} } } }`,
      { asOf, actor: receiver.id },
    );
    const evidence = knowledge.filter((row) => row.actor.id === receiver.id && row.channel === 'DIRECT').flatMap((row) => row.evidence);
    const cited = evidence.filter(
      (relation) =>
        relation.to.id === receiver.id &&
        accepted.has(relation.from.id) &&
        relation.claims.some((claim) => claim.source.id === link.source && citesNear(claim.locator, link.paragraph)),
    );
    if (cited.length === 0) expect.fail(await explainMiss(link, receiver, accepted, asOf, evidence));

    const credited = [...new Set(cited.map((relation) => accepted.get(relation.from.id)!))];
    const listed: string[] = [];
    for (const actor of credited) {
      const { raisedConcerns } = await query<{ raisedConcerns: { actor: { id: string }; relations: { id: string }[] }[] }>(
        'query($asOf: String!, $actor: ID) { raisedConcerns(asOf: $asOf, actor: $actor, first: 1) { actor { id } relations { id } } }',
        { asOf, actor },
      );
      const row = raisedConcerns.find((item) => item.actor.id === actor);
      if (row?.relations.some((relation) => cited.some((item) => item.id === relation.id))) listed.push(actor);
    }
    expect(listed, `raisedConcerns by ${asOf} should list ${credited.join(' or ')} with ${cited.map((item) => item.id).join(' or ')}`).not.toEqual([]);
  });
});
