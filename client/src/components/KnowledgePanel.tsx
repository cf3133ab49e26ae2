import { EVIDENCE_LIMIT, type Knowledge, type RaisedConcern, type RelationDetail, type RelationSummary } from '../api';
import { formatDateShort } from '../dates';
import type { AsyncState } from '../hooks/useAsync';
import type { KnowledgeAnswer } from '../hooks/useKnowledge';
import { dayToMonthIndex, monthIndexToDay } from '../state';
import { AsOfControl } from './AsOfControl';
import { ErrorPanel } from './ErrorPanel';

interface Props {
  asOf: string | null;
  years: [number, number];
  /** Days on which knowledge events begin or end, for stepping. */
  eventDays: readonly string[];
  knowledge: AsyncState<KnowledgeAnswer> & { retry: () => void };
  /** People and agencies on view that neither knew nor raised concerns as of the date. */
  noRecord: number;
  onAsOf: (asOf: string | null) => void;
  onSelect: (id: string) => void;
}

interface ActorKnowledge {
  actor: Knowledge['actor'];
  certainty: Knowledge['certainty'];
  rows: Knowledge[];
}

/** Rows (one per actor and channel) gathered per actor, in the API's order; certain if any channel is. */
function byActor(rows: readonly Knowledge[]): ActorKnowledge[] {
  const actors = new Map<string, ActorKnowledge>();
  for (const row of rows) {
    const entry = actors.get(row.actor.id) ?? { actor: row.actor, certainty: row.certainty, rows: [] };
    if (row.certainty === 'CERTAIN') entry.certainty = 'CERTAIN';
    entry.rows.push(row);
    actors.set(row.actor.id, entry);
  }
  return [...actors.values()];
}

function RelationLink({ relation, onSelect }: { relation: RelationSummary; onSelect: (id: string) => void }) {
  return (
    <button type="button" className="link" onClick={() => onSelect(relation.id)}>
      {relation.from.name} {relation.label} {relation.to.name}
    </button>
  );
}

function Evidence({ relation, onSelect }: { relation: RelationDetail; onSelect: (id: string) => void }) {
  const cites = [...new Set(relation.claims.map((c) => `${c.source.title} ${c.locator}`))];
  return (
    <li>
      <span className="muted">{formatDateShort(relation.date)}:</span> <RelationLink relation={relation} onSelect={onSelect} />
      {relation.disputed && <span className="badge disputed">disputed</span>}
      {cites.length > 0 && <div className="muted small">{cites.join('; ')}</div>}
    </li>
  );
}

function ChannelRow({ row, onSelect }: { row: Knowledge; onSelect: (id: string) => void }) {
  return (
    <div className={`knowledge-channel ${row.channel.toLowerCase()}`} data-channel={row.channel}>
      <div>
        <span className={`badge channel-${row.channel.toLowerCase()}`}>{row.channel === 'DIRECT' ? 'direct' : 'institutional'}</span>{' '}
        <span className="muted">first: {formatDateShort(row.since)}</span>
      </div>
      {row.channel === 'INSTITUTIONAL' && row.chain.length > 0 && (
        <div className="knowledge-chain">
          through{' '}
          {row.chain.map((link, i) => (
            <span key={link.id}>
              {i > 0 && ', then '}
              <RelationLink relation={link} onSelect={onSelect} />
            </span>
          ))}
        </div>
      )}
      <ol className="knowledge-evidence" aria-label="Evidence in date order">
        {row.evidence.map((relation) => (
          <Evidence key={relation.id} relation={relation} onSelect={onSelect} />
        ))}
      </ol>
      {row.evidence.length >= EVIDENCE_LIMIT && <div className="muted small">The first {EVIDENCE_LIMIT} are listed; the chronology shows them all.</div>}
    </div>
  );
}

function RaisedList({ raised, onSelect }: { raised: readonly RaisedConcern[]; onSelect: (id: string) => void }) {
  return (
    <section>
      <h4>Raised concerns</h4>
      <ul className="knowledge-list" data-testid="raised-concerns">
        {raised.map((r) => (
          <li key={r.actor.id}>
            <button type="button" className="link" onClick={() => onSelect(r.actor.id)}>
              {r.actor.name}
            </button>{' '}
            <span className="muted">from {formatDateShort(r.since)}</span>
            <ul className="knowledge-evidence">
              {r.relations.map((relation) => (
                <li key={relation.id}>
                  <span className="muted">{formatDateShort(relation.date)}:</span> <RelationLink relation={relation} onSelect={onSelect} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Who knew what when: the as-of date, counts, each actor's channels and evidence, and who raised concerns. */
export function KnowledgePanel({ asOf, years, eventDays, knowledge, noRecord, onAsOf, onSelect }: Props) {
  const [first, last] = years;
  const max = (last - first + 1) * 12 - 1;
  const value = asOf ? Math.min(max, Math.max(0, dayToMonthIndex(first, asOf))) : Math.floor(max / 2);
  const actors = knowledge.status === 'ready' ? byActor(knowledge.value.knowledge) : [];
  const raised = knowledge.status === 'ready' ? knowledge.value.raised : [];
  const certain = actors.filter((k) => k.certainty === 'CERTAIN');
  const possible = actors.filter((k) => k.certainty === 'POSSIBLE');
  const groups: [string, ActorKnowledge[]][] = [
    ['Certainly knew', certain],
    ['Possibly knew', possible],
  ];
  return (
    <div className="knowledge-panel" data-testid="knowledge-panel">
      <label className="check">
        <input type="checkbox" checked={asOf !== null} onChange={(event) => onAsOf(event.target.checked ? monthIndexToDay(first, value) : null)} />
        Colour the graph by who knew
      </label>
      {asOf !== null && (
        <>
          <AsOfControl asOf={asOf} years={years} eventDays={eventDays} onAsOf={onAsOf} />
          {knowledge.status === 'error' && <ErrorPanel title="Could not load who knew." error={knowledge.error} onRetry={knowledge.retry} compact />}
          <p className="knowledge-counts" aria-live="polite" data-testid="knowledge-counts">
            <span className="swatch certain" /> certainly knew: <strong>{certain.length}</strong> · <span className="swatch possible" /> possibly: <strong>{possible.length}</strong> ·{' '}
            <span className="swatch raised" /> raised concerns: <strong>{raised.length}</strong> · <span className="swatch none" /> no record: <strong>{noRecord}</strong>
            {knowledge.status === 'loading' && <span className="muted"> (updating…)</span>}
          </p>
          {groups.map(([title, list]) =>
            list.length === 0 ? null : (
              <section key={title}>
                <h4>{title}</h4>
                <ul className="knowledge-list">
                  {list.map((k) => (
                    <li key={k.actor.id}>
                      <button type="button" className="link" onClick={() => onSelect(k.actor.id)}>
                        {k.actor.name}
                      </button>
                      {k.rows.map((row) => (
                        <ChannelRow key={row.channel} row={row} onSelect={onSelect} />
                      ))}
                    </li>
                  ))}
                </ul>
              </section>
            ),
          )}
          {raised.length > 0 && <RaisedList raised={raised} onSelect={onSelect} />}
        </>
      )}
    </div>
  );
}
