import type { RelationDetail } from '../api';
import { ClaimList } from './ClaimList';
import { DateLine } from './DateLine';
import { DisputeTable } from './DisputeTable';
import { KindIcon } from './KindIcon';

interface Props {
  relation: RelationDetail;
  onSelect: (id: string) => void;
}

export function RelationDetails({ relation, onSelect }: Props) {
  return (
    <article className="details relation-details" aria-labelledby="details-title">
      <header>
        <h2 id="details-title">
          {relation.from.name} <em>{relation.label}</em> {relation.to.name}
        </h2>
        <p className="kind-line">
          Relation <code>{relation.type}</code>
          {relation.disputed && <span className="badge disputed">disputed: {relation.disputedFields.join(', ')}</span>}
        </p>
      </header>
      <p className="ends">
        <button type="button" className="link" onClick={() => onSelect(relation.from.id)}>
          <KindIcon kind={relation.from.kind} /> {relation.from.name}
        </button>{' '}
        → {relation.label} →{' '}
        <button type="button" className="link" onClick={() => onSelect(relation.to.id)}>
          <KindIcon kind={relation.to.kind} /> {relation.to.name}
        </button>
      </p>
      {relation.role && (
        <p>
          <span className="field-label">Role:</span> {relation.role}
        </p>
      )}
      <DateLine date={relation.date} />
      {relation.note && <p className="summary">{relation.note}</p>}
      {relation.disputedFields.length > 0 && (
        <section className="disputes" aria-label="Disputes">
          <h3>Where the sources disagree</h3>
          {relation.disputedFields.map((field) => (
            <DisputeTable key={field} field={field} claims={relation.claims} recordedDate={relation.date} />
          ))}
        </section>
      )}
      <ClaimList claims={relation.claims} />
    </article>
  );
}
