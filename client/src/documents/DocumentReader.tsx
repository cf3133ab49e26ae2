import { Fragment, useEffect, useRef, useState } from 'react';
import type { GraphQLRequest } from '../api';
import { useCuration } from '../curation/CurationContext';
import { canChange } from '../curation/roles';
import { useAsync } from '../hooks/useAsync';
import { AttachDocumentForm } from './AttachDocumentForm';
import { CiteForm } from './CiteForm';
import { splitMarked, type TextMark } from './markedText';
import { MentionsPanel } from './MentionsPanel';
import { DOCUMENT_READER, PARAGRAPH_PAGE, type ReaderParagraph, type ReaderSource } from './operations';
import { byFirstParagraph, locatorOf, parseLocator } from './passage';
import type { ReaderTarget } from './ReaderContext';
import { ReaderMargin } from './ReaderMargin';
import './reader.css';

/** The source with every paragraph of its text (page after page). */
async function loadSource(request: GraphQLRequest, sourceId: string, signal: AbortSignal): Promise<ReaderSource | null> {
  const page = async (after: string | null) => (await request<{ source: ReaderSource | null }>(DOCUMENT_READER, { source: sourceId, first: PARAGRAPH_PAGE, after }, { signal })).source;
  const source = await page(null);
  const document = source?.document;
  if (!source || !document) return source;
  const paragraphs = [...document.paragraphs.items];
  let { hasNextPage, endCursor } = document.paragraphs.pageInfo;
  while (hasNextPage && endCursor) {
    const next: ReaderSource | null = await page(endCursor);
    const nextPage = next?.document?.paragraphs;
    if (!nextPage) break;
    paragraphs.push(...nextPage.items);
    ({ hasNextPage, endCursor } = nextPage.pageInfo);
  }
  return { ...source, document: { ...document, paragraphs: { ...document.paragraphs, items: paragraphs } } };
}

/** The paragraph number of the element a selection point sits in, or null outside the text. */
function paragraphAt(node: Node | null): number | null {
  const element = node instanceof Element ? node : node?.parentElement;
  const row = element?.closest<HTMLElement>('[data-paragraph]');
  return row ? Number(row.dataset.paragraph) : null;
}

/**
 * A source's text beside the claims that cite it: opened at a claim's paragraphs (highlighted),
 * every citing claim in the margin at its first paragraph, and for contributors "Cite this" on
 * a selection, which opens the claim editor with the source and locator filled.
 */
export function DocumentReader({ target, onClose }: { target: ReaderTarget; onClose: () => void }) {
  const { request, account, revision } = useCuration();
  // Asked again after every change made on the page, so a claim cited from here joins the margin.
  const state = useAsync(`reader:${target.sourceId}:${revision}`, (signal) => loadSource(request, target.sourceId, signal));
  const highlight = parseLocator(target.locator);
  const textRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [selection, setSelection] = useState<string | null>(null);
  const [citing, setCiting] = useState<string | null>(null);
  const [mentionMarks, setMentionMarks] = useState<ReadonlyMap<number, TextMark[]>>(() => new Map());
  const mayCite = canChange(account?.role);

  useEffect(() => closeRef.current?.focus(), []);
  useEffect(() => {
    if (state.status !== 'ready' || !highlight) return;
    textRef.current?.querySelector(`[data-paragraph="${highlight.from}"]`)?.scrollIntoView({ block: 'center' });
  }, [state.status, target.locator]);

  const onSelect = () => {
    const current = window.getSelection();
    if (!current || current.isCollapsed) return setSelection(null);
    const from = paragraphAt(current.anchorNode);
    const to = paragraphAt(current.focusNode);
    setSelection(from !== null && to !== null ? locatorOf(from, to) : null);
  };

  const source = state.status === 'ready' ? state.value : null;
  const title = source?.title ?? target.sourceId;
  return (
    <div className="reader-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="reader" role="dialog" aria-modal="true" aria-label={`Source document: ${title}`} data-testid="document-reader">
        <header className="reader-header">
          <h2>
            {title} <span className="muted">{target.locator}</span>
          </h2>
          {mayCite && selection && (
            <button type="button" onClick={() => setCiting(selection)} data-testid="cite-this">
              Cite this ({selection})
            </button>
          )}
          <button type="button" ref={closeRef} onClick={onClose} aria-label="Close the document">
            Close
          </button>
        </header>
        {citing && <CiteForm sourceId={target.sourceId} locator={citing} onClose={() => setCiting(null)} />}
        {state.status === 'loading' || state.status === 'idle' ? (
          <p role="status">Loading the document…</p>
        ) : state.status === 'error' ? (
          <p role="alert">
            The document could not be loaded: {state.error.message} <button onClick={state.retry}>Try again</button>
          </p>
        ) : !source ? (
          <p role="alert">No source with id {target.sourceId}.</p>
        ) : !source.document ? (
          <AttachDocumentForm sourceId={target.sourceId} />
        ) : (
          <div className="reader-body">
            <div className="reader-text" ref={textRef} onMouseUp={onSelect} onKeyUp={onSelect} tabIndex={0} aria-label="The document's text, with the claims citing each paragraph">
              <ReaderRows paragraphs={source.document.paragraphs.items} citations={byFirstParagraph(source.document.citations)} highlight={highlight} mentionMarks={mentionMarks} />
            </div>
            <MentionsPanel sourceId={target.sourceId} onMarks={setMentionMarks} onGoTo={(number) => textRef.current?.querySelector(`[data-paragraph="${number}"]`)?.scrollIntoView({ block: 'center' })} />
          </div>
        )}
      </div>
    </div>
  );
}

function ReaderRows({
  paragraphs,
  citations,
  highlight,
  mentionMarks,
}: {
  paragraphs: readonly ReaderParagraph[];
  citations: ReturnType<typeof byFirstParagraph<NonNullable<ReaderSource['document']>['citations'][number]>>;
  highlight: { from: number; to: number } | null;
  /** Known entities' names in the text, by paragraph (the mentions panel's page). */
  mentionMarks: ReadonlyMap<number, TextMark[]>;
}) {
  return (
    <ol className="reader-rows">
      {paragraphs.map((paragraph) => {
        const lit = highlight !== null && paragraph.number >= highlight.from && paragraph.number <= highlight.to;
        const cited = citations.get(paragraph.number) ?? [];
        return (
          <li key={paragraph.number} className={`reader-row${lit ? ' highlighted' : ''}${cited.length > 0 ? ' cited' : ''}`} data-paragraph={paragraph.number} aria-current={lit ? 'true' : undefined}>
            <span className="reader-number" aria-hidden="true">
              ¶{paragraph.number}
            </span>
            <p className="reader-paragraph">
              {splitMarked(paragraph.text, mentionMarks.get(paragraph.number) ?? []).map((piece, index) =>
                piece.mark ? (
                  <mark key={index} className="mention" title={`A known entity: ${piece.mark.label}`} data-mention={piece.mark.label}>
                    {piece.text}
                  </mark>
                ) : (
                  <Fragment key={index}>{piece.text}</Fragment>
                ),
              )}
            </p>
            <ReaderMargin citations={cited} />
          </li>
        );
      })}
    </ol>
  );
}
