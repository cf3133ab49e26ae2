import { memo, type KeyboardEvent } from 'react';
import type { ItemX, PlacedItem, PlacedLane, TimeScale } from '../chronology';
import { GEOMETRY } from '../chronology';

// The SVG pieces of the chronology: lane backgrounds with knowledge shading, items (bar, claimed
// dates, label) and knowledge arrows.

export function ChronologyDefs() {
  return (
    <defs>
      <linearGradient id="chrono-fade-right" x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" stopColor="currentColor" stopOpacity="0.9" />
        <stop offset="1" stopColor="currentColor" stopOpacity="0" />
      </linearGradient>
      <linearGradient id="chrono-fade-left" x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" stopColor="currentColor" stopOpacity="0" />
        <stop offset="1" stopColor="currentColor" stopOpacity="0.9" />
      </linearGradient>
      <pattern id="chrono-hatch-possible" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#fffbeb" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#f59e0b" strokeWidth="2" />
      </pattern>
      <pattern id="chrono-hatch-certain" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#fef2f2" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#ef4444" strokeWidth="2" />
      </pattern>
      <marker id="chrono-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" fill="#991b1b" />
      </marker>
    </defs>
  );
}

/** A lane's background: stripes for reading across. */
export function LaneBackground({ placed, index, width }: { placed: PlacedLane; index: number; width: number }) {
  const { lane, y, height } = placed;
  return (
    <g className="chrono-lane" data-lane={lane.id}>
      <rect className={index % 2 === 0 ? 'chrono-lane-bg' : 'chrono-lane-bg alt'} data-testid="chrono-lane" data-lane={lane.id} x={0} y={y} width={width} height={height} />
      <line className="chrono-lane-rule" x1={0} x2={width} y1={y + height} y2={y + height} />
    </g>
  );
}

/** When the lane's actor possibly, then certainly, knew: solid when told directly, hatched (lower half) through a body. `width` is the whole period's. */
export function LaneShading({ placed, scale, width }: { placed: PlacedLane; scale: TimeScale; width: number }) {
  const { lane, y, height } = placed;
  const clamp = (x: number) => Math.max(0, Math.min(width, x));
  return (
    <g className="chrono-lane-knew" data-lane={lane.id}>
      {lane.knew.map((k) => {
        const hatched = k.channel === 'INSTITUTIONAL';
        const possibleX = clamp(k.possibleFrom === null ? 0 : scale(k.possibleFrom));
        const certainX = k.certainFrom === null ? width : clamp(scale(k.certainFrom));
        // Institutional knowledge fills the lower half, direct the whole lane height.
        const top = hatched ? y + height / 2 : y;
        const h = hatched ? height / 2 : height;
        return (
          <g key={k.channel} className={`chrono-knew ${k.channel.toLowerCase()}`}>
            {certainX > possibleX && <rect className="possible" x={possibleX} y={top} width={certainX - possibleX} height={h} fill={hatched ? 'url(#chrono-hatch-possible)' : undefined} />}
            {certainX < width && <rect className="certain" x={certainX} y={top} width={width - certainX} height={h} fill={hatched ? 'url(#chrono-hatch-certain)' : undefined} />}
          </g>
        );
      })}
    </g>
  );
}

interface ItemProps {
  placed: PlacedItem;
  x: ItemX;
  selected: boolean;
  active: boolean;
  setElement: (key: string, element: SVGGElement | null) => void;
  onPick: (key: string, id: string) => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>, key: string) => void;
  onFocusItem: (key: string | null) => void;
}

/** One item: its date as a bar (open ends fade out past the known end), each claimed date of a dispute, and its label. */
export const ItemMark = memo(function ItemMark({ placed, x, selected, active, setElement, onPick, onKeyDown, onFocusItem }: ItemProps) {
  const { item, y, label, labelWidth } = placed;
  const barY = y + 4;
  const { barHeight, fontSize } = GEOMETRY;
  const left = Math.min(x.x1, ...x.claimed.map((c) => c.x1));
  const type = item.knowledge ? 'knowledge' : item.relationType ? 'relation' : 'entity';
  const fill = x.openStart ? 'url(#chrono-fade-left)' : x.openEnd ? 'url(#chrono-fade-right)' : undefined;
  const classes = ['chrono-item', type, selected ? 'selected' : '', item.claimed.length > 0 ? 'disputed' : ''].filter(Boolean).join(' ');
  return (
    <>
    <g
      ref={(element) => setElement(item.key, element)}
      className={classes}
      data-testid="chrono-item"
      data-id={item.id}
      data-key={item.key}
      data-lane={item.laneId}
      tabIndex={active ? 0 : -1}
      role="button"
      aria-label={`${item.label}, ${item.dateText}${item.claimed.length > 0 ? ', date disputed' : ''}`}
      aria-pressed={selected}
      onClick={() => onPick(item.key, item.id)}
      onKeyDown={(event) => onKeyDown(event, item.key)}
      onFocus={() => onFocusItem(item.key)}
      onBlur={() => onFocusItem(null)}
      onMouseEnter={() => onFocusItem(item.key)}
      onMouseLeave={() => onFocusItem(null)}
    >
      <rect className="chrono-hit" x={left - 2} y={y} width={Math.max(x.x2, left + labelWidth) - left + 4} height={GEOMETRY.rowHeight - 2} />
      {x.claimed.map((c, i) => (
        <rect key={i} className="chrono-claimed" x={c.x1} y={barY + barHeight + 1} width={c.x2 - c.x1} height={4} data-testid="chrono-claimed" />
      ))}
      <rect className="chrono-bar" x={x.x1} y={barY} width={x.x2 - x.x1} height={barHeight} rx={2} fill={fill} />
      {x.openStart && <path className="chrono-open" d={`M${x.x1 + 6},${barY - 1} l-5,${barHeight / 2 + 1} l5,${barHeight / 2 + 1}`} />}
      {x.openEnd && <path className="chrono-open" d={`M${x.x2 - 6},${barY - 1} l5,${barHeight / 2 + 1} l-5,${barHeight / 2 + 1}`} />}
      <title>{`${item.label} — ${item.dateText}`}</title>
    </g>
    {/* Beside the item, not in it: the item is named in full by aria-label, the visible text may be cut short. */}
    <text className={selected ? 'chrono-label selected' : 'chrono-label'} data-testid="chrono-label" data-key={item.key} aria-hidden="true" pointerEvents="none" x={left} y={barY + barHeight + fontSize + 3}>
      {label}
    </text>
    </>
  );
});

interface ArrowProps {
  id: string;
  x: number;
  y1: number;
  y2: number;
  fromLane: string;
  toLane: string;
  selected: boolean;
}

/** A knowledge arrow from the warner's lane down (or up) to the receiver's item. */
export function KnowledgeArrow({ id, x, y1, y2, fromLane, toLane, selected }: ArrowProps) {
  return (
    <g className={selected ? 'chrono-arrow selected' : 'chrono-arrow'}>
      <circle cx={x} cy={y1} r={3} />
      <line data-testid="chrono-arrow" data-id={id} data-from-lane={fromLane} data-to-lane={toLane} x1={x} y1={y1} x2={x} y2={y2} markerEnd="url(#chrono-arrowhead)" />
    </g>
  );
}
