import { useState } from 'react';
import { MAX_FOCUS_DEPTH } from '../state';

interface Props {
  id: string;
  onFocus: (id: string, depth: number) => void;
}

const DEPTHS = Array.from({ length: MAX_FOCUS_DEPTH + 1 }, (_, depth) => depth);

/** "Focus": show only this entity and its neighbours up to N steps away (1 by default; 0 is the entity alone). */
export function FocusControl({ id, onFocus }: Props) {
  const [depth, setDepth] = useState(1);
  return (
    <span className="focus-control">
      <button type="button" onClick={() => onFocus(id, depth)} title="Show only this entity and its neighbours up to the chosen number of steps">
        Focus
      </button>
      <select value={depth} onChange={(event) => setDepth(Number(event.target.value))} aria-label="Focus steps" title="How many steps from this entity to keep on view">
        {DEPTHS.map((d) => (
          <option key={d} value={d}>
            {d === 0 ? 'alone' : `${d} step${d === 1 ? '' : 's'}`}
          </option>
        ))}
      </select>
    </span>
  );
}
