import { useEffect, useState } from 'react';
import { NewEntityForm } from '../curation';
import { useCuration } from '../curation/CurationContext';
import { canChange } from '../curation/roles';
import { useAsync } from '../hooks/useAsync';
import { DOCUMENT_MENTIONS, MENTION_PAGE, type CandidateKind, type DocumentMentionsResult } from './operations';
import type { TextMark } from './markedText';
import { locatorOf } from './passage';

const KIND_HINT: Record<CandidateKind, string> = { PERSON: 'The text suggests a person', ORGANISATION: 'The text suggests an organisation' };
const KIND_WORD: Record<CandidateKind, string> = { PERSON: 'person', ORGANISATION: 'organisation' };

/**
 * What a document mentions, a page of paragraphs at a time: the known entities each paragraph
 * names, and names not in the graph yet, which editors and contributors can add as entities
 * with a claim citing the paragraph they stand in. `onMarks` learns where this page's known
 * names stand in the text, for the reader to mark them there.
 */
export function MentionsPanel({ sourceId, onGoTo, onMarks }: { sourceId: string; onGoTo: (paragraph: number) => void; onMarks: (marks: ReadonlyMap<number, TextMark[]>) => void }) {
  const { request, account, revision } = useCuration();
  const [after, setAfter] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const state = useAsync(`mentions:${sourceId}:${after ?? ''}:${revision}`, async (signal) => (await request<DocumentMentionsResult>(DOCUMENT_MENTIONS, { source: sourceId, first: MENTION_PAGE, after }, { signal })).source?.document ?? null);
  const mayAdd = canChange(account?.role);
  const shown = state.status === 'ready' ? state.value : null;
  useEffect(() => {
    const paragraphs = shown?.mentions.paragraphs ?? [];
    onMarks(new Map(paragraphs.map(({ paragraph, entities }) => [paragraph.number, entities.flatMap(({ entity, marks }) => marks.map((range) => ({ ...range, label: entity.name })))])));
  }, [shown, onMarks]);

  if (state.status === 'idle' || state.status === 'loading') return <aside className="reader-mentions" aria-label="Mentions"><p role="status">Finding mentions…</p></aside>;
  if (state.status === 'error') return <aside className="reader-mentions" aria-label="Mentions"><p role="alert">Mentions could not be found: {state.error.message} <button onClick={state.retry}>Try again</button></p></aside>;
  const document = state.value;
  if (!document) return null;
  const { paragraphs, candidates, pageInfo } = document.mentions;
  return (
    <aside className="reader-mentions" aria-label="Mentions" data-testid="mentions">
      <h3>Known entities</h3>
      {paragraphs.length === 0 ? (
        <p className="muted">No paragraph here names a known entity.</p>
      ) : (
        <ul className="mention-list">
          {paragraphs.map(({ paragraph, entities }) => (
            <li key={paragraph.number} data-mention-paragraph={paragraph.number}>
              <button type="button" className="locator-link" onClick={() => onGoTo(paragraph.number)} aria-label={`Go to ¶${paragraph.number}`}>
                ¶{paragraph.number}
              </button>{' '}
              {entities.map((mention) => mention.entity.name).join(', ')}
            </li>
          ))}
        </ul>
      )}
      <h3>Names not in the graph</h3>
      {candidates.length === 0 ? (
        <p className="muted">No other names of people or organisations found here.</p>
      ) : (
        <ul className="mention-list">
          {candidates.map((candidate) => {
            const first = candidate.paragraphs[0] ?? 1;
            return (
              <li key={candidate.name} data-candidate={candidate.name}>
                <strong>{candidate.name}</strong> <span className="muted">({KIND_WORD[candidate.kind]}, {candidate.paragraphs.map((number) => `¶${number}`).join(' ')})</span>
                {mayAdd && adding !== candidate.name && (
                  <button type="button" onClick={() => setAdding(candidate.name)} aria-label={`Add ${candidate.name} as entity`}>
                    Add as entity
                  </button>
                )}
                {adding === candidate.name && (
                  <div className="mention-form">
                    <button type="button" onClick={() => setAdding(null)}>
                      Cancel
                    </button>
                    <NewEntityForm name={candidate.name} kindHint={KIND_HINT[candidate.kind]} claim={{ source: sourceId, locator: locatorOf(first, first) }} onDone={() => setAdding(null)} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="button-row">
        {after !== null && (
          <button type="button" onClick={() => setAfter(null)}>
            First paragraphs
          </button>
        )}
        {pageInfo.hasNextPage && (
          <button type="button" onClick={() => setAfter(pageInfo.endCursor)}>
            Next {MENTION_PAGE} paragraphs
          </button>
        )}
      </div>
    </aside>
  );
}
