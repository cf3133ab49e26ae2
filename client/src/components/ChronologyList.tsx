import { useMemo, useState } from 'react';
import type { EntitySummary, RelationTypeInfo } from '../api';
import { chronologyHtml, chronologyMarkdown, factDate, filterFacts, groupByYear, type Fact } from '../chronology';
import { download, exportName } from '../export/download';

interface Props {
  facts: readonly Fact[];
  /** Actors to filter by (those facts are about), by name. */
  actors: readonly EntitySummary[];
  vocabulary: readonly RelationTypeInfo[];
  claimsLoaded: boolean;
  selected: string | null;
  onSelect: (id: string) => void;
}

/** The chronology as a document: dated facts by year, with their citations and disputes, filterable and exportable. */
export function ChronologyList({ facts, actors, vocabulary, claimsLoaded, selected, onSelect }: Props) {
  const [actor, setActor] = useState<string | null>(null);
  const [relationType, setRelationType] = useState<string | null>(null);
  const groups = useMemo(() => groupByYear(filterFacts(facts, { actor, relationType })), [facts, actor, relationType]);
  const usedTypes = useMemo(() => new Set(facts.map((f) => f.relationType)), [facts]);
  const actorName = actors.find((a) => a.id === actor)?.name;
  const typeLabel = vocabulary.find((v) => v.type === relationType)?.label;
  const scope = [
    `${groups.reduce((n, g) => n + g.facts.length, 0)} dated facts`,
    actorName ? `about ${actorName}` : null,
    typeLabel ? `of the kind “${typeLabel}”` : null,
  ]
    .filter(Boolean)
    .join(' ');
  const options = { title: 'Chronology', scope: `${scope}. Each fact is cited to its source and paragraph; where the sources disagree, each side is stated.` };

  return (
    <div className="chrono-list" data-testid="chronology-list">
      <div className="chrono-list-tools">
        <label>
          Actor{' '}
          <select value={actor ?? ''} onChange={(event) => setActor(event.target.value || null)} data-testid="chrono-list-actor">
            <option value="">All</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Relation{' '}
          <select value={relationType ?? ''} onChange={(event) => setRelationType(event.target.value || null)} data-testid="chrono-list-type">
            <option value="">All</option>
            {vocabulary
              .filter((v) => usedTypes.has(v.type))
              .map((v) => (
                <option key={v.type} value={v.type}>
                  {v.label}
                </option>
              ))}
          </select>
        </label>
        <button type="button" disabled={!claimsLoaded} onClick={() => download(chronologyHtml(groups, options), exportName('html').replace('inquiry-graph', 'chronology'), 'text/html;charset=utf-8')}>
          Export HTML (printable)
        </button>
        <button type="button" disabled={!claimsLoaded} onClick={() => download(chronologyMarkdown(groups, options), exportName('md').replace('inquiry-graph', 'chronology'), 'text/markdown;charset=utf-8')}>
          Export Markdown
        </button>
        <span className="muted">{scope}</span>
      </div>
      {groups.map((group) => (
        <section key={group.year} aria-labelledby={`chrono-year-${group.year}`}>
          <h3 id={`chrono-year-${group.year}`}>{group.year}</h3>
          <ol className="chrono-facts">
            {group.facts.map((fact) => (
              <li key={fact.id} className={fact.id === selected ? 'selected' : undefined}>
                <span className="chrono-fact-date">{factDate(fact)}</span>{' '}
                <button type="button" className="link" onClick={() => onSelect(fact.id)}>
                  {fact.text}
                </button>
                {fact.claims.length > 0 && (
                  <span className="chrono-cites">
                    {' '}
                    ({fact.claims.map((c) => `${c.source.title} ${c.locator}`).filter((t, i, all) => all.indexOf(t) === i).join('; ')})
                  </span>
                )}
                {fact.disputes.map((d) => (
                  <div key={d} className="chrono-dispute">
                    <strong>Disputed:</strong> {d}
                  </div>
                ))}
              </li>
            ))}
          </ol>
        </section>
      ))}
      {!claimsLoaded && <p className="muted">Loading citations…</p>}
    </div>
  );
}
