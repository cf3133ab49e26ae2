import { useState, type PointerEvent } from 'react';
import { axisTicks, isoDay, type TimeScale } from '../chronology';

interface Props {
  scale: TimeScale;
  width: number;
  height: number;
  asOfX: number | null;
  asOfLabel: string | null;
  rangeX: [number, number] | null;
  onRange: (from: string, to: string) => void;
}

/** The date axis above the lanes; dragging across it picks a date range (which filters the graph). */
export function ChronologyAxis({ scale, width, height, asOfX, asOfLabel, rangeX, onRange }: Props) {
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);
  const local = (event: PointerEvent<SVGSVGElement>) => event.clientX - event.currentTarget.getBoundingClientRect().left;
  // A label that would run off the right edge is left out (its grid line stays).
  const ticks = axisTicks(scale).filter((tick) => tick.x >= 0 && tick.x <= width);
  const fits = (tick: { x: number; label: string }) => tick.x + 3 + tick.label.length * 8 <= width;
  return (
    <svg
      className="chrono-axis"
      width={width}
      height={height}
      data-testid="chrono-axis"
      aria-label="Date axis: drag across it to show only that period in the graph"
      role="img"
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        const x = local(event);
        setDrag({ x0: x, x1: x });
      }}
      onPointerMove={(event) => drag && setDrag({ ...drag, x1: local(event) })}
      onPointerUp={() => {
        if (drag && Math.abs(drag.x1 - drag.x0) >= 5) {
          const [a, b] = drag.x0 < drag.x1 ? [drag.x0, drag.x1] : [drag.x1, drag.x0];
          onRange(isoDay(scale.invert(a).getTime()), isoDay(scale.invert(b).getTime()));
        }
        setDrag(null);
      }}
      onPointerCancel={() => setDrag(null)}
    >
      <rect className="chrono-axis-bg" x={0} y={0} width={width} height={height} />
      {rangeX && <rect className="chrono-range" x={rangeX[0]} y={0} width={Math.max(1, rangeX[1] - rangeX[0])} height={height} />}
      {ticks.map((tick) => (
        <g key={`${tick.label}-${tick.x}`} className={tick.major ? 'chrono-tick major' : 'chrono-tick'}>
          <line x1={tick.x} x2={tick.x} y1={height - 8} y2={height} />
          {fits(tick) && (
            <text x={tick.x + 3} y={height - 11} data-testid="chrono-tick">
              {tick.label}
            </text>
          )}
        </g>
      ))}
      {asOfX !== null && asOfLabel && (
        <g className="chrono-asof">
          <line x1={asOfX} x2={asOfX} y1={0} y2={height} />
          <text x={asOfX + 3} y={11}>
            {asOfLabel}
          </text>
        </g>
      )}
      {drag && <rect className="chrono-drag" x={Math.min(drag.x0, drag.x1)} y={0} width={Math.abs(drag.x1 - drag.x0)} height={height} />}
    </svg>
  );
}
