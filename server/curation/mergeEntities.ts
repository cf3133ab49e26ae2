import { claimIds } from '../dataset/claimId';
import { figureSubject } from '../dataset/buildRecords';
import type { Claim, Entity, Relation } from '../dataset';
import type { RecordChange } from '../store/ChangeStore';
import { currentEntity, relationsTouching } from './current';
import { decide, nextVersion, withDisputes, type Curator, type Decision } from './decision';
import { recordInputError } from './errors';

/**
 * Folds `merge` into `keep`: keep gains merge's claims, figures, name (as an alias) and
 * aliases; merge's relations are re-pointed to keep, the ones between the two retracted; merge
 * is retracted and its id left as a redirect to keep.
 */
export async function mergeEntities(
  curator: Curator,
  args: { keep: string; keepVersion: number; merge: string; mergeVersion: number },
  reason: string,
): Promise<Decision> {
  const { store } = curator;
  if (args.keep === args.merge) throw recordInputError(args.merge, 'merge', 'an entity cannot be merged into itself');
  const [keep, merge] = await Promise.all([
    currentEntity(store, 'keep', args.keep, args.keepVersion),
    currentEntity(store, 'merge', args.merge, args.mergeVersion),
  ]);
  if (keep.kind !== merge.kind) throw recordInputError(merge.id, 'kind', `a ${merge.kind} cannot be merged into a ${keep.kind} (${keep.id})`);

  // Merged claims now support keep: their ids are made again for that subject, as a reload of
  // the exported data set would make them.
  const claimId = claimIds([...keep.claims, ...keep.figures.flatMap((figure) => figure.claims)].map((claim) => claim.id));
  const moved = (claims: Claim[], subject: string) =>
    claims.map((claim) => ({ ...claim, id: claimId({ subject, sourceId: claim.sourceId, locator: claim.locator, stance: claim.stance, edtf: claim.date?.edtf ?? null }) }));
  const aliases = [...new Set([...keep.aliases, merge.name, ...merge.aliases])].filter((alias) => alias !== keep.name);
  const kept: Entity = withDisputes('entity', {
    ...keep,
    aliases,
    date: keep.date ?? merge.date,
    figures: [...keep.figures, ...merge.figures.map((figure) => ({ ...figure, claims: moved(figure.claims, figureSubject(keep.id, figure.name)) }))],
    claims: [...keep.claims, ...moved(merge.claims, keep.id)],
    version: nextVersion(keep),
  });

  const relations: RecordChange[] = (await relationsTouching(store, merge.id)).map((relation): RecordChange => {
    const other = relation.from === merge.id ? relation.to : relation.from;
    if (other === keep.id) return { kind: 'relation', id: relation.id, before: relation, after: null };
    const after: Relation = {
      ...relation,
      from: relation.from === merge.id ? keep.id : relation.from,
      to: relation.to === merge.id ? keep.id : relation.to,
      version: nextVersion(relation),
    };
    return { kind: 'relation', id: relation.id, before: relation, after };
  });
  return decide(curator, 'mergeEntities', reason, [
    ...relations,
    { kind: 'entity', id: merge.id, before: merge, after: null },
    { kind: 'entity', id: keep.id, before: keep, after: kept },
    { kind: 'redirect', id: merge.id, before: null, after: { id: merge.id, to: keep.id } },
  ]);
}
