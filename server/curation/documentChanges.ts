import { locatorProblem, MAX_DOCUMENT_CHARS, splitParagraphs } from '../documents';
import { BadInputError } from '../store/errors';
import { decide, type Curator, type Decision } from './decision';
import { recordInputError, refuseIssues } from './errors';

/**
 * Attaches (or replaces) the text of a source. Refused when the text is empty or too long, or
 * when a claim citing the source has a locator beyond the new text (each named with its record,
 * source and locator).
 */
export async function attachDocument(curator: Curator, args: { source: string; text: string }, reason: string): Promise<Decision> {
  const { store } = curator;
  if (args.text.length > MAX_DOCUMENT_CHARS) throw new BadInputError('text', `"text" has ${args.text.length} characters; at most ${MAX_DOCUMENT_CHARS}`);
  const paragraphCount = splitParagraphs(args.text).length;
  if (paragraphCount === 0) throw new BadInputError('text', '"text" has no paragraph (no non-empty line)');
  const [[source], citations, [current]] = await Promise.all([store.sourcesByIds([args.source]), store.citations(args.source), store.documents([args.source])]);
  if (!source) throw recordInputError(args.source, 'source', `no source with id "${args.source}"`);
  refuseIssues(
    citations.flatMap(({ subject, field, claim }) => {
      const problem = locatorProblem(claim.sourceId, claim.locator, paragraphCount);
      return problem === null ? [] : [{ record: subject.id, field: `${field}.locator`, message: problem }];
    }),
  );
  const before = current ? await currentDocument(curator, args.source) : null;
  return decide(curator, 'attachDocument', reason, [{ kind: 'document', id: args.source, before, after: { id: args.source, text: args.text } }]);
}

/** The stored text of a source's document, rebuilt from its paragraphs (what a revert puts back). */
async function currentDocument(curator: Curator, sourceId: string) {
  const [info] = await curator.store.documents([sourceId]);
  if (!info) return null;
  const [paragraphs = []] = await curator.store.paragraphs([{ sourceId, from: 1, to: info.paragraphCount }]);
  return { id: sourceId, text: paragraphs.map((paragraph) => paragraph.text).join('\n') };
}
