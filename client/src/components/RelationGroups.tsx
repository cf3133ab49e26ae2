import type { RelationDetail } from '../api';
import { formatDateShort } from '../dates';

interface Group {
  type: string;
  label: string;
  relations: RelationDetail[];
}

/** Relations grouped by type (in first-seen order), each group in the API's date order. */
export function groupRelations(relations: readonly RelationDetail[]): Group[] {
  const groups = new Map<string, Group>();
  for (const relation of relations) {
    const group = groups.get(relation.type) ?? { type: relation.type, label: relation.label, relations: [] };
    group.relations.push(relation);
    groups.set(relation.type, group);
  }
  return [...groups.values()];
}

interface Props {
  entityId: string;
  relations: readonly RelationDetail[];
  degree: number;
  onSelect: (id: string) => void;
}

export function RelationGroups({ entityId, relations, degree, onSelect }: Props) {
  const groups = groupRelations(relations);
  return (
    <section className="relations" aria-label="Relations">
      <h3>
        Relations <span className="count">({relations.length}{degree > relations.length ? ` of ${degree}` : ''})</span>
      </h3>
      {groups.length === 0 && <p className="muted">No relations.</p>}
      {groups.map((group) => (
        <div key={group.type} className="relation-group">
          <h4>
            {group.label} <span className="muted">({group.relations.length})</span>
          </h4>
          <ul>
            {group.relations.map((relation) => {
              const outgoing = relation.from.id === entityId;
              const other = outgoing ? relation.to : relation.from;
              return (
                <li key={relation.id}>
                  <button type="button" className="link" onClick={() => onSelect(other.id)} title={`Go to ${other.name}`}>
                    {outgoing ? `→ ${other.name}` : `← ${other.name}`}
                  </button>
                  {relation.role && <span className="muted"> as {relation.role}</span>}
                  <span className="muted"> · {formatDateShort(relation.date)}</span>
                  {relation.disputed && <span className="badge disputed">disputed</span>}{' '}
                  <button
                    type="button"
                    className="small relation-open"
                    onClick={() => onSelect(relation.id)}
                    aria-label={`Relation: ${relation.from.name} ${relation.label} ${relation.to.name}`}
                    title="Show this relation and its sources"
                  >
                    relation
                  </button>
                  <span className="muted">
                    {' '}
                    · {relation.claims.map((c) => `${c.source.title} ${c.locator}`).join('; ')}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
