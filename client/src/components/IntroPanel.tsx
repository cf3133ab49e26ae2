import type { Catalog } from '../graph';
import { useProfile } from '../profile';

/** The disputed facts listed by name; a large graph has hundreds. */
const LISTED = 50;

interface Props {
  catalog: Catalog;
  onSelect: (id: string) => void;
}

/** What the details panel says before anything is selected: how to start, and what is disputed. */
export function IntroPanel({ catalog, onSelect }: Props) {
  const { info } = useProfile();
  const disputed = [
    ...[...catalog.entities.values()].filter((e) => e.disputed).map((e) => ({ id: e.id, text: e.name, fields: e.disputedFields })),
    ...[...catalog.relations.values()]
      .filter((r) => r.disputed)
      .map((r) => ({ id: r.id, text: `${r.from.name} ${r.label} ${r.to.name}`, fields: r.disputedFields })),
  ];
  return (
    <div className="intro">
      <h2>Who knew what, and when</h2>
      <p>{info.description}</p>
      <p>
        Click a node or an arrow to see what the sources say about it, each claim with its source, reliability and paragraph.
        Double-click a node to bring in its neighbours. Search above to jump to a name.
      </p>
      <p className="muted">
        {catalog.entities.size} entities · {catalog.relations.size} relations · {disputed.length} disputed facts
      </p>
      {disputed.length > 0 && (
        <section aria-label="Disputed facts">
          <h3>Where the sources disagree</h3>
          <ul className="disputed-list">
            {disputed.slice(0, LISTED).map((d) => (
              <li key={d.id}>
                <button type="button" className="link" onClick={() => onSelect(d.id)}>
                  {d.text}
                </button>{' '}
                <span className="badge disputed">{d.fields.join(', ')}</span>
              </li>
            ))}
          </ul>
          {disputed.length > LISTED && <p className="muted">…and {disputed.length - LISTED} more (the table view marks every one).</p>}
        </section>
      )}
    </div>
  );
}
