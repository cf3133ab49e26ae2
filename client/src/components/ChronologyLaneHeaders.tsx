import type { PlacedLane } from '../chronology';

interface Props {
  lanes: readonly PlacedLane[];
  selected: string | null;
  onSelect: (id: string) => void;
}

function year(ms: number | null): string {
  return ms === null ? 'before any date given' : String(new Date(ms).getUTCFullYear());
}

/** What a lane's actor knew, in words, for its header. */
function knewWords(lane: PlacedLane['lane']): string | null {
  if (lane.knew.length === 0) return null;
  return lane.knew
    .map((k) => `${k.channel === 'DIRECT' ? 'told' : 'through a body or post'} ${k.certainFrom !== null ? `by ${year(k.certainFrom - 1)}` : `possibly from ${year(k.possibleFrom)}`}`)
    .join('; ');
}

/** Lane names (a button selects the actor) with what the actor knew and whether it raised concerns. */
export function ChronologyLaneHeaders({ lanes, selected, onSelect }: Props) {
  return (
    <>
      {lanes.map(({ lane, y, height }) => {
        const knew = knewWords(lane);
        const isActor = lane.kind !== null;
        return (
          <div key={lane.id} className={lane.id === selected ? 'chrono-lane-head selected' : 'chrono-lane-head'} style={{ top: y, height }} data-lane={lane.id}>
            {isActor ? (
              <button type="button" className="link chrono-lane-name" title={lane.name} onClick={() => onSelect(lane.id)}>
                {lane.name}
              </button>
            ) : (
              <span className="chrono-lane-name">{lane.name}</span>
            )}
            {lane.raisedFrom && (
              <span className="chrono-badge raised" title="Warned others, or wrote something that did">
                raised concerns{lane.raisedFrom.start !== null ? ` from ${year(lane.raisedFrom.start)}` : ''}
              </span>
            )}
            {knew && (
              <span className="chrono-badge knew" title={`knew: ${knew}`}>
                knew: {knew}
              </span>
            )}
          </div>
        );
      })}
    </>
  );
}
