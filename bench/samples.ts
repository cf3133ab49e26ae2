import type { Dataset } from '../server/dataset';
import { intBetween, mulberry32, pick } from './random';

// The inputs each operation cycles through, drawn from the data set with a fixed seed, so
// every store and every run asks the same questions of the same data.

export interface Samples {
  entityIds: string[];
  searchTexts: string[];
  /** Pairs joined by a walk of 2-4 relations: a path exists within maxHops 4. */
  pathPairs: [string, string][];
  asOfDays: string[];
  /** The entity with the most relations: the edit that touches the most of the graph. */
  hubId: string;
}

const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '');

/** A name as someone might type it: whole, one word of it, lower-case without accents, or with a typo. */
function searchText(random: () => number, name: string): string {
  const words = name.split(/\s+/).filter((word) => /\p{L}{3,}/u.test(word));
  const word = words.length > 0 ? pick(random, words) : name;
  switch (intBetween(random, 0, 3)) {
    case 0:
      return name;
    case 1:
      return word;
    case 2:
      return stripAccents(name).toLowerCase();
    default: {
      if (word.length < 5) return word;
      const at = intBetween(random, 1, word.length - 2);
      return word.slice(0, at) + word.slice(at + 1);
    }
  }
}

export function pickSamples(dataset: Dataset, count = 50, seed = 7): Samples {
  const random = mulberry32(seed);
  const { entities, relations } = dataset;
  if (entities.length === 0) throw new Error(`data set ${dataset.name} has no entities`);
  const entityIds = Array.from({ length: count }, () => pick(random, entities).id);
  const searchTexts = Array.from({ length: count }, () => searchText(random, pick(random, entities).name));

  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const relation of relations) {
    link(relation.from, relation.to);
    link(relation.to, relation.from);
  }
  const pathPairs: [string, string][] = [];
  for (let attempt = 0; pathPairs.length < count && attempt < count * 50; attempt++) {
    const start = pick(random, entities).id;
    const seen = new Set([start]);
    let at = start;
    const steps = intBetween(random, 2, 4);
    for (let step = 0; step < steps; step++) {
      const next = (neighbours.get(at) ?? []).filter((id) => !seen.has(id));
      if (next.length === 0) break;
      at = pick(random, next);
      seen.add(at);
    }
    if (at !== start) pathPairs.push([start, at]);
  }
  if (pathPairs.length === 0) throw new Error(`data set ${dataset.name} has no two connected entities`);

  const asOfDays = Array.from({ length: count }, () => `${intBetween(random, 1995, 2015)}-12-31`);
  let hubId = entities[0]?.id as string;
  for (const [id, list] of neighbours) if (list.length > (neighbours.get(hubId)?.length ?? 0)) hubId = id;
  return { entityIds, searchTexts, pathPairs, asOfDays, hubId };
}
