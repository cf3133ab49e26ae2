import type { EntityDetail, EntitySummary, RelationDetail, RelationSummary } from '../api';
import type { Catalog } from '../graph';

// What of a change's answer goes into the page's catalog: the summaries the graph draws.

function entitySummary(entity: EntityDetail): EntitySummary {
  const { id, kind, name, date, disputed, disputedFields, degree } = entity;
  return { id, kind, name, date, disputed, disputedFields, degree };
}

function relationSummary(relation: RelationDetail): RelationSummary {
  const { id, type, label, role, from, to, date, disputed, disputedFields } = relation;
  return { id, type, label, role, from, to, date, disputed, disputedFields };
}

/**
 * The entity and relations of an answer as catalog summaries. Relations listed with the entity
 * replace only those already known (the catalog holds only relations between what it loaded); a
 * new relation goes in when both its ends are known.
 */
export function catalogRecords(catalog: Catalog, entity: EntityDetail | null, relation: RelationDetail | null): { entities: EntitySummary[]; relations: RelationSummary[] } {
  const relations = (entity?.relations ?? []).filter((r) => catalog.relations.has(r.id));
  if (relation && (catalog.relations.has(relation.id) || (catalog.entities.has(relation.from.id) && catalog.entities.has(relation.to.id)))) relations.push(relation);
  return { entities: entity ? [entitySummary(entity)] : [], relations: relations.map(relationSummary) };
}
