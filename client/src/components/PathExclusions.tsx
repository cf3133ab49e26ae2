import type { RelationTypeInfo } from '../api';
import { tidyPathQuery, type PathQuery } from '../state';

interface Props {
  query: PathQuery;
  vocabulary: readonly RelationTypeInfo[];
  nameOf: (id: string) => string;
  onChange: (query: PathQuery) => void;
}

/** What the path search sets aside (entities and relation types), each removable, and a way to add a type. */
export function PathExclusions({ query, vocabulary, nameOf, onChange }: Props) {
  const entities = query.excludeEntities ?? [];
  const types = query.excludeTypes ?? [];
  const labelOf = (type: string) => vocabulary.find((info) => info.type === type)?.label ?? type;
  const available = vocabulary.filter((info) => !types.includes(info.type));
  return (
    <div className="path-exclusions" data-testid="path-exclusions">
      {(entities.length > 0 || types.length > 0) && (
        <>
          <p className="exclusions-title">Going round:</p>
          <ul className="exclusion-list" aria-label="Set aside from the path search">
            {entities.map((id) => (
              <li key={id}>
                <button type="button" className="chip" aria-label={`Stop going round ${nameOf(id)}`} onClick={() => onChange(tidyPathQuery({ ...query, excludeEntities: entities.filter((e) => e !== id) }))}>
                  {nameOf(id)} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
            {types.map((type) => (
              <li key={type}>
                <button type="button" className="chip" aria-label={`Walk “${labelOf(type)}” relations again`} onClick={() => onChange(tidyPathQuery({ ...query, excludeTypes: types.filter((t) => t !== type) }))}>
                  no “{labelOf(type)}” <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <label className="exclude-type">
        Leave out relations:
        <select
          value=""
          data-testid="path-exclude-type"
          onChange={(event) => event.target.value && onChange(tidyPathQuery({ ...query, excludeTypes: [...types, event.target.value] }))}
        >
          <option value="">choose a type…</option>
          {available.map((info) => (
            <option key={info.type} value={info.type}>
              {info.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
