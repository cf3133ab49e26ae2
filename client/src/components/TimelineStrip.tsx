import { useMemo, useRef, useState, type PointerEvent } from 'react';
import type { EntityKind, TimelineItem } from '../api';
import { formatDateShort, shortDay } from '../dates';
import { KIND_LOOK } from '../graph';
import { useElementWidth } from '../hooks/useElementWidth';
import { dayToIso, isoToDay, layoutBars, makeScale, yearTicks } from '../timeline';

interface Props {
  items: readonly TimelineItem[];
  /** Kind of each entity, to colour its bar; relations are grey. */
  kindOf: (id: string) => EntityKind | undefined;
  isShown: (id: string) => boolean;
  selected: string | null;
  range: { from: string | null; to: string | null };
  onSelect: (id: string) => void;
  onRange: (from: string | null, to: string | null) => void;
}

const LANES = 5;
const LANE_HEIGHT = 12;
const AXIS = 18;
const HEIGHT = LANES * LANE_HEIGHT + AXIS + 6;

function itemId(item: TimelineItem): string | null {
  return item.entity?.id ?? item.relation?.id ?? null;
}

/** Dated facts along one axis: click a bar to select it; drag across the strip to filter by dates. */
export function TimelineStrip({ items, kindOf, isShown, selected, range, onSelect, onRange }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const [drag, setDrag] = useState<{ x0: number; x1: number; target: string | null } | null>(null);
  const spans = useMemo(
    () => items.flatMap((item) => {
      const id = itemId(item);
      return id ? [{ key: id, earliest: item.date.earliest, latest: item.date.latest, item }] : [];
    }),
    [items],
  );
  const scale = useMemo(() => makeScale(spans, width), [spans, width]);
  const bars = useMemo(() => layoutBars(spans, scale, LANES), [spans, scale]);
  const byKey = useMemo(() => new Map(spans.map((s) => [s.key, s.item])), [spans]);
  const ticks = yearTicks(scale);

  // One gesture for both: a press that barely moves is a click (on a bar: select it); a drag
  // anywhere, bars included, brushes a date range.
  const localX = (event: PointerEvent<SVGSVGElement>) => event.clientX - (box.current?.getBoundingClientRect().left ?? 0);
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    const target = event.target instanceof Element ? event.target.getAttribute('data-id') : null;
    event.currentTarget.setPointerCapture(event.pointerId);
    const x = localX(event);
    setDrag({ x0: x, x1: x, target });
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (drag) setDrag({ ...drag, x1: localX(event) });
  };
  const onPointerUp = () => {
    if (drag && Math.abs(drag.x1 - drag.x0) >= 5) {
      const [a, b] = drag.x0 < drag.x1 ? [drag.x0, drag.x1] : [drag.x1, drag.x0];
      onRange(dayToIso(scale.toDay(a)), dayToIso(scale.toDay(b)));
    } else if (drag?.target) {
      onSelect(drag.target);
    }
    setDrag(null);
  };

  const rangeX =
    range.from || range.to
      ? [range.from ? scale.toX(isoToDay(range.from)) : 0, range.to ? scale.toX(isoToDay(range.to) + 1) : width]
      : null;

  return (
    <div className="timeline-strip" ref={box} data-testid="timeline">
      <svg
        width={width}
        height={HEIGHT}
        role="group"
        aria-label="Timeline of dated facts: click a bar to select it, drag to filter by dates"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
      >
        <rect className="timeline-brush-area" x={0} y={0} width={width} height={HEIGHT} />
        {ticks.map((tick) => (
          <g key={tick.year} className="timeline-tick" pointerEvents="none">
            <line x1={tick.x} x2={tick.x} y1={0} y2={HEIGHT - AXIS + 4} />
            <text x={tick.x + 3} y={HEIGHT - 4}>
              {tick.year}
            </text>
          </g>
        ))}
        {rangeX && <rect className="timeline-range" x={rangeX[0]} y={0} width={Math.max(1, (rangeX[1] ?? 0) - (rangeX[0] ?? 0))} height={HEIGHT - AXIS} pointerEvents="none" />}
        {bars.map((bar) => {
          const item = byKey.get(bar.key);
          if (!item) return null;
          const kind = item.entity ? kindOf(item.entity.id) : undefined;
          const shown = isShown(bar.key);
          const classes = ['timeline-bar', shown ? '' : 'dim', bar.key === selected ? 'selected' : ''].join(' ').trim();
          return (
            <rect
              key={bar.key}
              className={classes}
              data-id={bar.key}
              x={bar.x1}
              y={3 + bar.lane * LANE_HEIGHT}
              width={bar.x2 - bar.x1}
              height={LANE_HEIGHT - 3}
              rx={2}
              fill={kind ? KIND_LOOK[kind].color : '#6b7280'}
            >
              <title>{`${item.title} — ${formatDateShort(item.date)}`}</title>
            </rect>
          );
        })}
        {drag && (
          <rect className="timeline-drag" x={Math.min(drag.x0, drag.x1)} y={0} width={Math.abs(drag.x1 - drag.x0)} height={HEIGHT - AXIS} pointerEvents="none" />
        )}
      </svg>
      {(range.from || range.to) && (
        <div className="timeline-range-note">
          Dates {range.from ? shortDay(range.from) : '…'} – {range.to ? shortDay(range.to) : '…'}{' '}
          <button type="button" className="link" onClick={() => onRange(null, null)}>
            clear
          </button>
        </div>
      )}
    </div>
  );
}
