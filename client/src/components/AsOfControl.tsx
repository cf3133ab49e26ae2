import { useEffect, useState, type FormEvent } from 'react';
// Straight from the module: the chronology's index brings d3 along, which the first page does not need.
import { parseAsOf, stepEvent } from '../chronology/asOf';
import { shortDay } from '../dates';
import { dayToMonthIndex, monthIndexToDay } from '../state';

interface Props {
  asOf: string;
  years: [number, number];
  /** Days on which knowledge events begin or end, sorted. */
  eventDays: readonly string[];
  onAsOf: (asOf: string) => void;
}

const PLAY_STEP_MS = 1200;

/** The as-of date: a month slider, a typed date (year, month or day), steps between knowledge events, and play. */
export function AsOfControl({ asOf, years, eventDays, onAsOf }: Props) {
  const [first, last] = years;
  const max = (last - first + 1) * 12 - 1;
  const value = Math.min(max, Math.max(0, dayToMonthIndex(first, asOf)));
  const [typed, setTyped] = useState(asOf);
  const [error, setError] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  useEffect(() => setTyped(asOf), [asOf]);

  const previous = stepEvent(eventDays, asOf, -1);
  const next = stepEvent(eventDays, asOf, 1);
  useEffect(() => {
    if (!playing) return;
    if (!next) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => onAsOf(next), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, next, onAsOf]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAsOf(typed);
    if ('error' in parsed) setError(parsed.error);
    else {
      setError(null);
      onAsOf(parsed.day);
    }
  };

  return (
    <div className="as-of-control">
      <label className="slider">
        <span>
          As of <strong data-testid="as-of-label">{shortDay(asOf)}</strong>
        </span>
        <input
          type="range"
          min={0}
          max={max}
          step={1}
          value={value}
          aria-valuetext={shortDay(asOf)}
          data-testid="as-of-slider"
          onChange={(event) => onAsOf(monthIndexToDay(first, Number(event.target.value)))}
        />
        <span className="slider-ends muted">
          <span>{first}</span>
          <span>{last}</span>
        </span>
      </label>
      <form className="as-of-date" onSubmit={submit}>
        <label>
          Date{' '}
          <input
            type="text"
            value={typed}
            size={11}
            aria-describedby="as-of-help"
            aria-invalid={error !== null}
            data-testid="as-of-date"
            onChange={(event) => setTyped(event.target.value)}
          />
        </label>{' '}
        <button type="submit">Go</button>
        <div id="as-of-help" className={error ? 'field-error' : 'muted small'}>
          {error ?? 'A year (2004), month (2004-11) or day (2004-11-03).'}
        </div>
      </form>
      <div className="as-of-steps" role="group" aria-label="Knowledge events">
        <button type="button" disabled={!previous} onClick={() => previous && onAsOf(previous)} title={previous ? `To ${shortDay(previous)}` : undefined} data-testid="as-of-previous">
          ◀ Previous event
        </button>
        <button type="button" disabled={!next} onClick={() => next && onAsOf(next)} title={next ? `To ${shortDay(next)}` : undefined} data-testid="as-of-next">
          Next event ▶
        </button>
        <button type="button" aria-pressed={playing} disabled={!next && !playing} onClick={() => setPlaying(!playing)} data-testid="as-of-play">
          {playing ? 'Pause' : 'Play'}
        </button>
      </div>
    </div>
  );
}
