import { lazy } from 'react';
import type { EntityDetail, RelationDetail } from '../api';
import { useCuration } from './CurationContext';
import { Disclosure } from './Disclosure';
import { canChange } from './roles';

// The forms and the history load when their section is first opened: reading needs none of them.
const AddClaimForm = lazy(() => import('./AddClaimForm').then((module) => ({ default: module.AddClaimForm })));
const EntityEditForm = lazy(() => import('./EntityEditForm').then((module) => ({ default: module.EntityEditForm })));
const NewRelationForm = lazy(() => import('./NewRelationForm').then((module) => ({ default: module.NewRelationForm })));
const RecordHistory = lazy(() => import('./RecordHistory').then((module) => ({ default: module.RecordHistory })));
const RelationEditForm = lazy(() => import('./RelationEditForm').then((module) => ({ default: module.RelationEditForm })));
const RetractClaimForm = lazy(() => import('./RetractClaimForm').then((module) => ({ default: module.RetractClaimForm })));

type Record = { kind: 'entity'; entity: EntityDetail } | { kind: 'relation'; relation: RelationDetail };

/** Under a record's details: its edit forms for those who may change it, and its history for all. */
export function RecordCuration({ record }: { record: Record }) {
  const { account } = useCuration();
  const subject = record.kind === 'entity' ? record.entity : record.relation;
  const changer = canChange(account?.role);
  return (
    <section className="curation" aria-labelledby="curation-title" data-testid="curation">
      <h3 id="curation-title">Curation</h3>
      {!account && <p className="muted">Sign in to correct this record or add evidence.</p>}
      {account && !changer && <p className="muted">Your account reads only.</p>}
      {changer && (
        <>
          <Disclosure title={record.kind === 'entity' ? 'Edit name, aliases, summary, date' : 'Edit role, date, note'}>
            {() => (record.kind === 'entity' ? <EntityEditForm entity={record.entity} /> : <RelationEditForm relation={record.relation} />)}
          </Disclosure>
          <Disclosure title="Add a claim">{() => <AddClaimForm subject={subject.id} version={subject.version} claimCount={subject.claims.length} />}</Disclosure>
          <Disclosure title="Retract a claim">{() => <RetractClaimForm subject={subject.id} version={subject.version} claims={subject.claims} />}</Disclosure>
          {record.kind === 'entity' && <Disclosure title="New relation">{() => <NewRelationForm key={record.entity.id} entity={record.entity} />}</Disclosure>}
        </>
      )}
      <Disclosure title="History">{() => <RecordHistory id={subject.id} />}</Disclosure>
    </section>
  );
}
