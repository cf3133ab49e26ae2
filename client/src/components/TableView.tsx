import type { EntitySummary, RelationSummary } from '../api';
import { formatDate } from '../dates';
import { useProfile } from '../profile';
import { KindIcon } from './KindIcon';
import { compareText } from '../order';

interface Props {
  entities: readonly EntitySummary[];
  relations: readonly RelationSummary[];
  selected: string | null;
  onSelect: (id: string) => void;
}

/** What the graph shows, as tables: the accessible way through the same data. */
export function TableView({ entities, relations, selected, onSelect }: Props) {
  const { kinds } = useProfile();
  const sortedEntities = [...entities].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  const sortedRelations = [...relations].sort(
    (a, b) => compareText(a.date?.earliest ?? '9999', b.date?.earliest ?? '9999') || compareText(a.id, b.id),
  );
  return (
    <div className="table-view" data-testid="table-view">
      <table>
        <caption>Entities on view ({entities.length})</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Date</th>
            <th scope="col">Relations</th>
            <th scope="col">Disputed</th>
          </tr>
        </thead>
        <tbody>
          {sortedEntities.map((entity) => (
            <tr key={entity.id} className={entity.id === selected ? 'selected' : undefined}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onSelect(entity.id)}>
                  {entity.name}
                </button>
              </th>
              <td>
                <KindIcon kind={entity.kind} /> {kinds.look(entity.kind).label}
              </td>
              <td>{formatDate(entity.date)}</td>
              <td>{entity.degree}</td>
              <td>{entity.disputed ? `yes: ${entity.disputedFields.join(', ')}` : 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Relations on view ({relations.length})</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Relation</th>
            <th scope="col">To</th>
            <th scope="col">Date</th>
            <th scope="col">Disputed</th>
          </tr>
        </thead>
        <tbody>
          {sortedRelations.map((relation) => (
            <tr key={relation.id} className={relation.id === selected ? 'selected' : undefined}>
              <td>{relation.from.name}</td>
              <th scope="row">
                <button type="button" className="link" onClick={() => onSelect(relation.id)}>
                  {relation.label}
                  {relation.role ? ` (${relation.role})` : ''}
                </button>
              </th>
              <td>{relation.to.name}</td>
              <td>{formatDate(relation.date)}</td>
              <td>{relation.disputed ? `yes: ${relation.disputedFields.join(', ')}` : 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
