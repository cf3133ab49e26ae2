import type { PathQuery } from './urlState';

/** A path query tidied: no exclusion naming one of its ends, no empty exclusion list. */
export function tidyPathQuery(query: PathQuery): PathQuery {
  const excludeEntities = [...new Set(query.excludeEntities ?? [])].filter((id) => id !== query.from && id !== query.to);
  const excludeTypes = [...new Set(query.excludeTypes ?? [])];
  return {
    from: query.from,
    to: query.to,
    ...(excludeEntities.length > 0 ? { excludeEntities } : {}),
    ...(excludeTypes.length > 0 ? { excludeTypes } : {}),
  };
}
