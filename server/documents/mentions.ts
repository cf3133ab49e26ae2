import type { CandidateCache } from './candidateNames';
import type { CandidateName, DocumentMentions, EntityMention, Paragraph } from './model';
import type { NameIndex } from './nameIndex';
import { wordsWithPlaces } from './markWords';

// What paragraphs mention: known entities (NameIndex) and candidate names (candidateNames.ts),
// worked out the same way whichever store holds the text and the names.

/** A candidate name compared as a whole: its folded words. */
const candidateKey = (name: string) => wordsWithPlaces(name).map((place) => place.word).join(' ');

/**
 * The mentions in `paragraphs`: each paragraph's known entities, and the range's candidate
 * names, leaving out those that are a known name or stand inside one.
 */
export function findMentions(paragraphs: readonly Paragraph[], names: NameIndex, candidateNames: CandidateCache): DocumentMentions {
  const out: DocumentMentions = { paragraphs: [], candidates: [] };
  const candidates = new Map<string, CandidateName>();
  for (const paragraph of paragraphs) {
    const matches = names.find(paragraph.text);
    const entities = new Map<string, EntityMention>();
    for (const { entityId, start, end } of matches) {
      const mention = entities.get(entityId);
      if (mention) mention.marks.push({ start, end });
      else entities.set(entityId, { entityId, marks: [{ start, end }] });
    }
    if (entities.size > 0) out.paragraphs.push({ ...paragraph, entities: [...entities.values()] });
    for (const found of candidateNames.namesIn(paragraph.text)) {
      if (matches.some((match) => match.start < found.end && found.start < match.end) || names.isKnown(found.name)) continue;
      const key = candidateKey(found.name);
      const candidate = candidates.get(key);
      if (candidate === undefined) candidates.set(key, { name: found.name, kind: found.kind, paragraphs: [paragraph.number] });
      else if (candidate.paragraphs.at(-1) !== paragraph.number) candidate.paragraphs.push(paragraph.number);
    }
  }
  out.candidates = [...candidates.values()];
  return out;
}
