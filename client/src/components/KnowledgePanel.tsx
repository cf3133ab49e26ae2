import type { Knowledge } from '../api';
import { formatDateShort } from '../dates';
import type { AsyncState } from '../hooks/useAsync';
import { dayToMonthIndex, monthIndexToDay } from '../state';
import { AsOfControl } from './AsOfControl';
import { ErrorPanel } from './ErrorPanel';

interface Props {
  asOf: string | null;
  years: [number, number];
  /** Days on which knowledge events begin or end, for stepping. */
  eventDays: readonly string[];
  knowledge: AsyncState<Knowledge[]> & { retry: () => void };
  /** People and agencies on view with no knowledge record as of the date. */
  noRecord: number;
  onAsOf: (asOf: string | null) => void;
  onSelect: (id: string) => void;
}

/** Who knew what when: an as-of slider, counts, and each actor's evidence. */
export function KnowledgePanel({ asOf, years, eventDays, knowledge, noRecord, onAsOf, onSelect }: Props) {
  const [first, last] = years;
  const max = (last - first + 1) * 12 - 1;
  const value = asOf ? Math.min(max, Math.max(0, dayToMonthIndex(first, asOf))) : Math.floor(max / 2);
  const items = knowledge.status === 'ready' ? knowledge.value : [];
  const certain = items.filter((k) => k.certainty === 'CERTAIN');
  const possible = items.filter((k) => k.certainty === 'POSSIBLE');
  const groups: [string, Knowledge[]][] = [
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
            <span className="swatch none" /> no record: <strong>{noRecord}</strong>
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
                      </button>{' '}
                      <span className="muted">since {formatDateShort(k.since)}</span>
                      <div>
                        via{' '}
                        <button type="button" className="link" onClick={() => onSelect(k.via.id)}>
                          {k.via.from.name} {k.via.label} {k.via.to.name}
                        </button>
                      </div>
                      <div className="muted">{k.via.claims.map((c) => `${c.source.title} ${c.locator}`).join('; ')}</div>
                    </li>
                  ))}
                </ul>
              </section>
            ),
          )}
        </>
      )}
    </div>
  );
}
