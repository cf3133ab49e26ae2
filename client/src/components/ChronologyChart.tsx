import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  GEOMETRY,
  type ItemX,
  dayStart,
  layoutChronology,
  makeTimeScale,
  moveFocus,
  navigationLanes,
  placeX,
  timeDomain,
  type ChronologyModel,
  type Measure,
  type Move,
} from '../chronology';
import { shortDay } from '../dates';
import { useElementWidth } from '../hooks/useElementWidth';
import { ChronologyAxis } from './ChronologyAxis';
import { ChronologyCanvasLanes } from './ChronologyCanvasLanes';
import { ChronologyLaneHeaders } from './ChronologyLaneHeaders';
import { ChronologyDefs, ItemMark, KnowledgeArrow, LaneBackground, LaneShading } from './ChronologyMarks';
import { periodYears, useProfile } from '../profile';

interface Props {
  model: ChronologyModel;
  selected: string | null;
  asOf: string | null;
  range: { from: string | null; to: string | null };
  onSelect: (id: string) => void;
  onRange: (from: string | null, to: string | null) => void;
}

export const GUTTER = 180;
/** Above this many items the lanes are drawn on a canvas instead of as SVG elements. */
export const CANVAS_ITEMS = 500;
const AXIS_HEIGHT = 34;
const DAY_MS = 86_400_000;
const MAX_ZOOM = 400;
const KEY_MOVES: Record<string, Move> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down', Home: 'first', End: 'last' };

/** Text widths in the chart's label font, measured once per text. */
function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  if (context) context.font = `${GEOMETRY.fontSize}px system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif`;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context ? context.measureText(text).width + 2 : text.length * GEOMETRY.fontSize * 0.62;
      cache.set(text, width);
    }
    return width;
  };
}

/**
 * Lanes of actors along a time axis: items as date bars, knowledge as arrows between lanes.
 * Ctrl+wheel (or the wheel over the axis), the buttons and + / − zoom; dragging the lanes (or
 * Shift+arrows) pans; dragging across the axis picks a date range.
 */
export function ChronologyChart({ model, selected, asOf, range, onSelect, onRange }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const plot = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const plotWidth = Math.max(200, width - GUTTER);
  const measure = useMemo(canvasMeasure, []);
  const { info } = useProfile();
  const domain = useMemo(() => timeDomain(model.items.flatMap((i) => [i.span, ...i.claimed.map((c) => c.span)]), periodYears(info)), [model, info]);
  const baseScale = useMemo(() => makeTimeScale(domain, plotWidth), [domain, plotWidth]);
  const layout = useMemo(() => layoutChronology(model, baseScale, measure), [model, baseScale, measure]);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const scale = useMemo(() => transform.rescaleX(baseScale), [transform, baseScale]);
  // Items are drawn at the zoom's scale without its shift; panning only moves their group, so a
  // pan re-renders none of them.
  const zoomScale = useMemo(() => zoomIdentity.scale(transform.k).rescaleX(baseScale), [transform.k, baseScale]);
  const zoomer = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);

  useEffect(() => {
    const element = plot.current;
    if (!element) return;
    const isAxis = (target: EventTarget | null) => target instanceof Element && target.closest('.chrono-axis') !== null;
    const behaviour = zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent([
        [0, 0],
        [plotWidth, 1],
      ])
      .translateExtent([
        [0, 0],
        [plotWidth, 1],
      ])
      // Plain wheel scrolls the lanes; Ctrl+wheel, or the wheel over the axis, zooms. Dragging the axis brushes.
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || isAxis(event.target);
        if (event.type === 'dblclick') return false;
        return !(event as MouseEvent).button && !isAxis(event.target);
      })
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    zoomer.current = behaviour;
    const selection = select(element);
    selection.call(behaviour);
    setTransform(zoomIdentity);
    return () => {
      selection.on('.zoom', null);
    };
  }, [plotWidth]);

  const zoomBy = (factor: number) => plot.current && zoomer.current && select(plot.current).call(zoomer.current.scaleBy, factor);
  const panBy = (dx: number) => plot.current && zoomer.current && select(plot.current).call(zoomer.current.translateBy, dx / transform.k, 0);
  const reset = () => plot.current && zoomer.current && select(plot.current).call(zoomer.current.transform, zoomIdentity);
  const centreOn = (x: number) => panBy(plotWidth / 2 - x);

  const onCanvas = model.items.length > CANVAS_ITEMS;
  const placedX = useMemo(() => (onCanvas ? new Map<string, ItemX>() : new Map(layout.items.map((p) => [p.item.key, placeX(p.item, zoomScale)]))), [onCanvas, layout, zoomScale]);
  const laneOf = useMemo(() => new Map(layout.lanes.map((l) => [l.lane.id, l])), [layout]);
  const navLanes = useMemo(() => {
    const byLane = new Map<string, { key: string; x: number }[]>(layout.lanes.map((l) => [l.lane.id, []]));
    for (const p of layout.items) byLane.get(p.item.laneId)?.push({ key: p.item.key, x: placeX(p.item, baseScale).x1 + p.row * 1e-3 });
    return navigationLanes([...byLane.values()]);
  }, [layout, baseScale]);

  const [activeKey, setActiveKey] = useState<string | null>(null);
  const active = activeKey ?? navLanes[0]?.[0]?.key ?? null;
  const [tipKey, setTipKey] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGGElement>());

  const focusItem = (key: string) => {
    setActiveKey(key);
    const element = elements.current.get(key);
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'nearest' });
    const placed = layout.items.find((p) => p.item.key === key);
    const x = placed ? placeX(placed.item, scale) : null;
    if (x && (x.x2 < 0 || x.x1 > plotWidth)) centreOn((x.x1 + x.x2) / 2);
  };

  const onKeyDown = (event: KeyboardEvent<Element>, key: string) => {
    const move = KEY_MOVES[event.key];
    if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      panBy(event.key === 'ArrowLeft' ? plotWidth / 4 : -plotWidth / 4);
    } else if (move) {
      focusItem(moveFocus(navLanes, key, move));
    } else if (event.key === 'Enter' || event.key === ' ') {
      const placed = layout.items.find((p) => p.item.key === key);
      if (placed) onSelect(placed.item.id);
    } else if (event.key === '+' || event.key === '=') {
      zoomBy(1.5);
    } else if (event.key === '-' || event.key === '_') {
      zoomBy(1 / 1.5);
    } else if (event.key === '0') {
      reset();
    } else {
      return;
    }
    event.preventDefault();
  };

  // The memoized item layer calls the latest handlers through these stable wrappers.
  const latest = useRef({ onKeyDown, onSelect });
  latest.current = { onKeyDown, onSelect };
  const keyDown = useCallback((event: KeyboardEvent<Element>, key: string) => latest.current.onKeyDown(event, key), []);
  const pick = useCallback((key: string, id: string) => {
    setActiveKey(key);
    latest.current.onSelect(id);
  }, []);
  const setElement = useCallback((key: string, element: SVGGElement | null) => {
    if (element) elements.current.set(key, element);
    else elements.current.delete(key);
  }, []);

  // Selected elsewhere (the graph, the table): bring its first item into view.
  useEffect(() => {
    if (!selected) return;
    const placed = layout.items.find((p) => p.item.id === selected);
    if (!placed) return;
    setActiveKey(placed.item.key);
    elements.current.get(placed.item.key)?.scrollIntoView({ block: 'nearest' });
  }, [selected, layout]);

  const asOfX = asOf ? scale(dayStart(asOf) + DAY_MS) : null;
  const rangeX: [number, number] | null =
    range.from || range.to ? [range.from ? scale(dayStart(range.from)) : 0, range.to ? scale(dayStart(range.to) + DAY_MS) : plotWidth] : null;
  const tip = tipKey ? layout.items.find((p) => p.item.key === tipKey) : undefined;
  const tipX = tip ? placeX(tip.item, scale) : undefined;

  const arrows = useMemo(
    () =>
      layout.items.flatMap((p) => {
        const from = p.item.knowledge?.fromLane ? laneOf.get(p.item.knowledge.fromLane) : undefined;
        if (!from) return [];
        const y1 = from.y + from.height / 2;
        const down = y1 < p.y;
        return [{ key: p.item.key, id: p.item.id, item: p.item, y1, y2: down ? p.y + 3 : p.y + 4 + GEOMETRY.barHeight + 1, fromLane: from.lane.id, toLane: p.item.laneId }];
      }),
    [layout, laneOf],
  );

  const itemLayer = useMemo(
    () =>
      onCanvas ? null : (
        <>
          {layout.lanes.map((placed) => (
            <LaneShading key={placed.lane.id} placed={placed} scale={zoomScale} width={plotWidth * transform.k} />
          ))}
          {arrows.map(({ key, id, item, y1, y2, fromLane, toLane }) => (
            <KnowledgeArrow key={key} id={id} x={placedX.get(item.key)?.anchor ?? 0} y1={y1} y2={y2} fromLane={fromLane} toLane={toLane} selected={id === selected} />
          ))}
          {layout.items.map((placed) => {
            const x = placedX.get(placed.item.key);
            if (!x) return null;
            return (
              <ItemMark
                key={placed.item.key}
                placed={placed}
                x={x}
                selected={placed.item.id === selected}
                active={placed.item.key === active}
                setElement={setElement}
                onPick={pick}
                onKeyDown={keyDown}
                onFocusItem={setTipKey}
              />
            );
          })}
        </>
      ),
    // transform.k is in zoomScale; the shift is applied outside.
    [onCanvas, layout, arrows, placedX, zoomScale, plotWidth, selected, active, setElement, pick, keyDown],
  );

  return (
    <div className="chrono-chart" ref={box}>
      <div className="chrono-controls" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.5)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.5)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => panBy(plotWidth / 3)} aria-label="Earlier">
          ◀
        </button>
        <button type="button" onClick={() => panBy(-plotWidth / 3)} aria-label="Later">
          ▶
        </button>
        <button type="button" onClick={reset}>
          Whole period
        </button>
        <span className="muted chrono-hint">Ctrl+wheel or + − to zoom · drag to pan · drag the axis to filter the graph by dates · arrow keys move between items</span>
        {rangeX && (
          <span className="chrono-range-note">
            Graph shows {range.from ? shortDay(range.from) : '…'} – {range.to ? shortDay(range.to) : '…'}{' '}
            <button type="button" className="link" onClick={() => onRange(null, null)}>
              clear dates
            </button>
          </span>
        )}
      </div>
      <div className="chrono-scroll" data-testid="chronology-chart" data-renderer={onCanvas ? 'canvas' : 'svg'} ref={scroller}>
        <div className="chrono-grid" style={{ gridTemplateColumns: `${GUTTER}px ${plotWidth}px` }}>
          <div className="chrono-corner" style={{ height: AXIS_HEIGHT }}>
            {model.lanes.length} lanes
          </div>
          <div className="chrono-plot" ref={plot}>
            <div className="chrono-axis-wrap">
              <ChronologyAxis
                scale={scale}
                width={plotWidth}
                height={AXIS_HEIGHT}
                asOfX={asOfX}
                asOfLabel={asOf ? `as of ${shortDay(asOf)}` : null}
                rangeX={rangeX}
                onRange={(from, to) => onRange(from, to)}
              />
            </div>
            {onCanvas && (
              <ChronologyCanvasLanes
                layout={layout}
                arrows={arrows}
                scale={scale}
                width={plotWidth}
                axisHeight={AXIS_HEIGHT}
                scroller={scroller}
                selected={selected}
                active={active}
                onPick={pick}
                onKeyDown={keyDown}
              />
            )}
            {!onCanvas && (
            <svg className="chrono-lanes" width={plotWidth} height={layout.height} role="group" aria-label="Chronology: one lane per actor, items in date order">
              <ChronologyDefs />
              {layout.lanes.map((placed, i) => (
                <LaneBackground key={placed.lane.id} placed={placed} index={i} width={plotWidth} />
              ))}
              <g transform={`translate(${transform.x},0)`}>{itemLayer}</g>
              {rangeX && <rect className="chrono-range" x={rangeX[0]} y={0} width={Math.max(1, rangeX[1] - rangeX[0])} height={layout.height} pointerEvents="none" />}
              {asOfX !== null && <line className="chrono-asof-line" x1={asOfX} x2={asOfX} y1={0} y2={layout.height} />}
            </svg>
            )}
            {tip && tipX && (
              <div className="chrono-tip" role="tooltip" style={{ left: Math.max(0, Math.min(plotWidth - 260, tipX.x1)), top: AXIS_HEIGHT + tip.y + GEOMETRY.rowHeight }}>
                <strong>{tip.item.label}</strong>
                <div>{tip.item.dateText}</div>
                {tip.item.claimed.length > 0 && (
                  <div className="disputed-note">
                    Sources disagree: {tip.item.claimed.map((c) => `${c.source} ${c.locator}: ${c.text}`).join('; ')}
                  </div>
                )}
              </div>
            )}
          </div>
          <div className="chrono-gutter" style={{ height: layout.height }}>
            <ChronologyLaneHeaders lanes={layout.lanes} selected={selected} onSelect={onSelect} />
          </div>
        </div>
      </div>
    </div>
  );
}
