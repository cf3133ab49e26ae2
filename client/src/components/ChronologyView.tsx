import { useMemo, useState } from 'react';
import type { Claim, GraphQLRequest, RelationTypeInfo } from '../api';
import { buildChronology, collectFacts, type LaneMode } from '../chronology';
import type { Catalog } from '../graph';
import { useChronologyKnowledge } from '../hooks/useChronologyData';
import { ChronologyChart } from './ChronologyChart';
import { ChronologyList } from './ChronologyList';
import { ErrorPanel } from './ErrorPanel';
import { useProfile } from '../profile';

interface Props {
  request: GraphQLRequest;
  catalog: Catalog;
  vocabulary: readonly RelationTypeInfo[];
  /** Entities on view in the graph (for "actors on view" lanes). */
  onView: ReadonlySet<string>;
  claims: ReadonlyMap<string, readonly Claim[]>;
  claimsLoaded: boolean;
  selected: string | null;
  asOf: string | null;
  range: { from: string | null; to: string | null };
  onSelect: (id: string) => void;
  onRange: (from: string | null, to: string | null) => void;
}

const LANE_MODES: { mode: LaneMode; label: string }[] = [
  { mode: 'knowledge', label: 'Actors with knowledge events' },
  { mode: 'view', label: 'Actors on view in the graph' },
  { mode: 'picked', label: 'Actors I pick' },
];

/** Last day of the data's last year: the shading shows everything known by then. */
function lastDay(catalog: Catalog): string {
  let last = '';
  for (const x of [...catalog.entities.values(), ...catalog.relations.values()]) {
    for (const day of [x.date?.earliest, x.date?.latest]) if (day && day > last) last = day;
  }
  return last ? `${last.slice(0, 4)}-12-31` : '2100-12-31';
}

/** The chronology tab: a lane chart (or a list) of dated facts, with knowledge arrows and shading. */
export function ChronologyView({ request, catalog, vocabulary, onView, claims, claimsLoaded, selected, asOf, range, onSelect, onRange }: Props) {
  const { kinds } = useProfile();
  const [display, setDisplay] = useState<'chart' | 'list'>('chart');
  const [mode, setMode] = useState<LaneMode>('knowledge');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const until = useMemo(() => lastDay(catalog), [catalog]);
  const knowledge = useChronologyKnowledge(request, until);
  const data = knowledge.status === 'ready' ? knowledge.value : null;
  const actors = useMemo(
    () => [...catalog.entities.values()].filter((e) => kinds.isActor(e.kind)).sort((a, b) => a.name.localeCompare(b.name)),
    [catalog, kinds],
  );
  // Drawn at once from the loaded graph; who knew (shading, badges, lanes of those who knew only
  // through a body) joins when the answer comes.
  const model = useMemo(
    () =>
      buildChronology({
        entities: catalog.entities,
        relations: catalog.relations,
        vocabulary,
        knowledge: data?.knowledge ?? [],
        raised: data?.raised ?? [],
        claims,
        lanes: { mode, ids: mode === 'view' ? onView : picked },
        actorKinds: kinds.actors,
        kinds: kinds.list,
      }),
    [data, catalog, vocabulary, claims, mode, onView, picked, kinds],
  );
  const facts = useMemo(() => collectFacts(catalog.entities.values(), catalog.relations.values(), claims), [catalog, claims]);

  return (
    <section className="chronology" aria-label="Chronology" data-testid="chronology">
      <div className="chrono-toolbar">
        <div className="segmented" role="group" aria-label="Chronology display">
          <button type="button" aria-pressed={display === 'chart'} onClick={() => setDisplay('chart')}>
            Lanes
          </button>
          <button type="button" aria-pressed={display === 'list'} onClick={() => setDisplay('list')}>
            List
          </button>
        </div>
        {display === 'chart' && (
          <label>
            Lanes for{' '}
            <select value={mode} onChange={(event) => setMode(event.target.value as LaneMode)} data-testid="chrono-lane-mode">
              {LANE_MODES.map((m) => (
                <option key={m.mode} value={m.mode}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {display === 'chart' && mode === 'picked' && (
          <details className="chrono-pick">
            <summary>Pick actors ({picked.size})</summary>
            <div className="chrono-pick-list">
              {actors.map((a) => (
                <label key={a.id} className="check">
                  <input
                    type="checkbox"
                    checked={picked.has(a.id)}
                    onChange={(event) => {
                      const next = new Set(picked);
                      if (event.target.checked) next.add(a.id);
                      else next.delete(a.id);
                      setPicked(next);
                    }}
                  />
                  {a.name}
                </label>
              ))}
            </div>
          </details>
        )}
        <ChronologyLegend />
      </div>
      {knowledge.status === 'error' && <ErrorPanel title="Could not load who knew." error={knowledge.error} onRetry={knowledge.retry} compact />}
      {display === 'chart' && <ChronologyChart model={model} selected={selected} asOf={asOf} range={range} onSelect={onSelect} onRange={onRange} />}
      {display === 'list' && <ChronologyList facts={facts} actors={actors} vocabulary={vocabulary} claimsLoaded={claimsLoaded} selected={selected} onSelect={onSelect} />}
    </section>
  );
}

function ChronologyLegend() {
  return (
    <ul className="chrono-legend" aria-label="Chronology legend">
      <li title="An arrow runs from whoever gave it (or wrote what did)">
        <span className="key bar knowledge" /> warning (arrow from its giver)
      </li>
      <li title="The bar runs from the earliest to the latest day the date allows">
        <span className="key bar" /> dated fact (width: uncertainty)
      </li>
      <li>
        <span className="key open" /> open end
      </li>
      <li>
        <span className="key claimed" /> dates in dispute
      </li>
      <li title="Solid across the lane: told directly. Hatched, lower half: through a body it belongs to or a part of it">
        <span className="key possible" /> possibly / <span className="key certain" /> certainly knew (hatched: through its body)
      </li>
    </ul>
  );
}
