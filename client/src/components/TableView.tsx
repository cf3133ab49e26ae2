import { useState } from 'react';
import type { EntitySummary, RelationSummary } from '../api';
import { formatDate } from '../dates';
import { useProfile } from '../profile';
import { nextSort, sortRows, type SortValue, type TableSort } from '../state';
import { KindIcon } from './KindIcon';
import { SortableHeader } from './SortableHeader';

interface Props {
  entities: readonly EntitySummary[];
  relations: readonly RelationSummary[];
  selected: string | null;
  onSelect: (id: string) => void;
}

type EntityColumn = 'name' | 'kind' | 'date' | 'relations' | 'disputed';
type RelationColumn = 'from' | 'relation' | 'to' | 'date' | 'disputed';

/** Dates sort by their earliest day; undated (or open at the start) go last. */
function entityValue(entity: EntitySummary, column: EntityColumn, kindLabel: (kind: string) => string): SortValue {
  switch (column) {
    case 'name':
      return entity.name;
    case 'kind':
      return kindLabel(entity.kind);
    case 'date':
      return entity.date?.earliest ?? null;
    case 'relations':
      return entity.degree;
    case 'disputed':
      return entity.disputed ? 1 : 0;
  }
}

function relationValue(relation: RelationSummary, column: RelationColumn): SortValue {
  switch (column) {
    case 'from':
      return relation.from.name;
    case 'relation':
      return relation.label;
    case 'to':
      return relation.to.name;
    case 'date':
      return relation.date?.earliest ?? null;
    case 'disputed':
      return relation.disputed ? 1 : 0;
  }
}

/** What the graph shows, as tables: the accessible way through the same data. */
export function TableView({ entities, relations, selected, onSelect }: Props) {
  const { kinds } = useProfile();
  const [entitySort, setEntitySort] = useState<TableSort<EntityColumn>>({ column: 'kind', direction: 'ascending' });
  const [relationSort, setRelationSort] = useState<TableSort<RelationColumn>>({ column: 'date', direction: 'ascending' });
  // Ties by name then id, so a kind's entities read alphabetically.
  const sortedEntities = sortRows(entities, entitySort, (e, column) => entityValue(e, column, (kind) => kinds.look(kind).label), (e) => `${e.name.toLowerCase()}\u0000${e.id}`);
  const sortedRelations = sortRows(relations, relationSort, relationValue, (r) => r.id);
  const entityHeader = (column: EntityColumn, label: string) => (
    <SortableHeader column={column} label={label} sort={entitySort} onSort={(c) => setEntitySort((s) => nextSort(s, c))} />
  );
  const relationHeader = (column: RelationColumn, label: string) => (
    <SortableHeader column={column} label={label} sort={relationSort} onSort={(c) => setRelationSort((s) => nextSort(s, c))} />
  );
  return (
    <div className="table-view" data-testid="table-view">
      <table>
        <caption>Entities on view ({entities.length})</caption>
        <thead>
          <tr>
            {entityHeader('name', 'Name')}
            {entityHeader('kind', 'Kind')}
            {entityHeader('date', 'Date')}
            {entityHeader('relations', 'Relations')}
            {entityHeader('disputed', 'Disputed')}
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
            {relationHeader('from', 'From')}
            {relationHeader('relation', 'Relation')}
            {relationHeader('to', 'To')}
            {relationHeader('date', 'Date')}
            {relationHeader('disputed', 'Disputed')}
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
