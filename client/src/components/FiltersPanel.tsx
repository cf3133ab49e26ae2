import { useEffect, useState } from 'react';
import type { RelationTypeInfo } from '../api';
import { shortDay } from '../dates';
import { periodYears, useProfile } from '../profile';
import { isFiltering, NO_FILTERS, parseBound, type FilterCounts, type Filters } from '../state';
import { KindIcon } from './KindIcon';

interface Props {
  filters: Filters;
  counts: FilterCounts;
  vocabulary: readonly RelationTypeInfo[];
  onChange: (filters: Filters) => void;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Filters by kind and relation type (with counts) and by a date range. */
export function FiltersPanel({ filters, counts, vocabulary, onChange }: Props) {
  const { kinds, info } = useProfile();
  const period = periodYears(info);
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  const [dateError, setDateError] = useState<string | null>(null);
  useEffect(() => {
    setFrom(filters.from ?? '');
    setTo(filters.to ?? '');
  }, [filters.from, filters.to]);

  const applyDates = () => {
    const fromDay = from.trim() === '' ? null : parseBound(from, 'from');
    const toDay = to.trim() === '' ? null : parseBound(to, 'to');
    if ((from.trim() !== '' && !fromDay) || (to.trim() !== '' && !toDay)) {
      setDateError('Use a year (2005), a month (2005-04) or a day (2005-04-12).');
      return;
    }
    if (fromDay && toDay && fromDay > toDay) {
      setDateError('The range ends before it starts.');
      return;
    }
    setDateError(null);
    onChange({ ...filters, from: fromDay, to: toDay });
  };

  const types = [...vocabulary].sort((a, b) => (counts.types.get(b.type) ?? 0) - (counts.types.get(a.type) ?? 0) || a.label.localeCompare(b.label));
  return (
    <div className="filters" data-testid="filters">
      <fieldset>
        <legend>Kinds</legend>
        {kinds.list.map(({ kind, plural }) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={!filters.hiddenKinds.includes(kind)} onChange={() => onChange({ ...filters, hiddenKinds: toggle(filters.hiddenKinds, kind) })} />
            <KindIcon kind={kind} /> {plural} <span className="count">{counts.kinds.get(kind) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="types">
        <legend>Relation types</legend>
        {types.map((info) => (
          <label key={info.type} className="check" title={info.description}>
            <input type="checkbox" checked={!filters.hiddenTypes.includes(info.type)} onChange={() => onChange({ ...filters, hiddenTypes: toggle(filters.hiddenTypes, info.type) })} />
            {info.label}
            {info.carriesKnowledge && <span className="muted" title="Carries knowledge: its receiving end learns what the sending end knew"> ◆</span>} <span className="count">{counts.types.get(info.type) ?? 0}</span>
          </label>
        ))}
        <p className="muted filter-note">◆ relation carries knowledge</p>
      </fieldset>
      <fieldset>
        <legend>Date range</legend>
        <form
          className="date-range-form"
          onSubmit={(event) => {
            event.preventDefault();
            applyDates();
          }}
        >
          <label>
            From <input type="text" inputMode="numeric" placeholder={String(period[0])} value={from} onChange={(e) => setFrom(e.target.value)} size={10} />
          </label>
          <label>
            To <input type="text" inputMode="numeric" placeholder={String(period[1])} value={to} onChange={(e) => setTo(e.target.value)} size={10} />
          </label>
          <button type="submit">Apply</button>
        </form>
        {dateError && <p className="field-error" role="alert">{dateError}</p>}
        <label className="check">
          <input type="checkbox" checked={filters.hideUndated} onChange={() => onChange({ ...filters, hideUndated: !filters.hideUndated })} />
          Hide undated entities <span className="count">{counts.undated}</span>
        </label>
        {(filters.from || filters.to) && (
          <p className="muted">
            Showing {filters.from ? `from ${shortDay(filters.from)}` : ''} {filters.to ? `to ${shortDay(filters.to)}` : ''}
            {filters.hideUndated ? '.' : '; undated facts stay.'}
          </p>
        )}
      </fieldset>
      <button type="button" onClick={() => onChange(NO_FILTERS)} disabled={!isFiltering(filters)}>
        Clear filters
      </button>
    </div>
  );
}
