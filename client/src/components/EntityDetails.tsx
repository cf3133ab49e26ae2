import type { EntityDetail } from '../api';
import { useProfile } from '../profile';
import { ClaimList } from './ClaimList';
import { DateLine } from './DateLine';
import { DisputeTable } from './DisputeTable';
import { FigureList } from './FigureList';
import { FocusControl } from './FocusControl';
import { KindIcon } from './KindIcon';
import { RelationGroups } from './RelationGroups';

export interface EntityActions {
  onExpand: (id: string) => void;
  /** Show the entity and its neighbours up to `depth` steps away. */
  onFocus: (id: string, depth: number) => void;
  onHide: (id: string) => void;
  onPathFrom: (id: string) => void;
  onPathTo: (id: string) => void;
}

interface Props {
  entity: EntityDetail;
  inView: boolean;
  busy: boolean;
  actions: EntityActions;
  onSelect: (id: string) => void;
}

export function EntityDetails({ entity, inView, busy, actions, onSelect }: Props) {
  const { kinds } = useProfile();
  return (
    <article className="details entity-details" aria-labelledby="details-title">
      <header>
        <h2 id="details-title">{entity.name}</h2>
        <p className="kind-line">
          <KindIcon kind={entity.kind} /> {kinds.look(entity.kind).label}
          {entity.disputed && <span className="badge disputed">disputed: {entity.disputedFields.join(', ')}</span>}
          {!inView && <span className="badge muted-badge">not on the graph</span>}
        </p>
        {entity.aliases.length > 0 && <p className="muted">Also called: {entity.aliases.join('; ')}</p>}
      </header>
      <div className="button-row">
        <button type="button" onClick={() => actions.onExpand(entity.id)} disabled={busy} title="Add this entity's neighbours to the graph (or double-click the node)">
          Expand
        </button>
        <FocusControl id={entity.id} onFocus={actions.onFocus} />
        <button type="button" onClick={() => actions.onHide(entity.id)} disabled={!inView}>
          Hide
        </button>
        <button type="button" onClick={() => actions.onPathFrom(entity.id)}>
          Path from here
        </button>
        <button type="button" onClick={() => actions.onPathTo(entity.id)}>
          Path to here
        </button>
      </div>
      <DateLine date={entity.date} />
      {entity.summary && <p className="summary">{entity.summary}</p>}
      {entity.disputedFields.length > 0 && (
        <section className="disputes" aria-label="Disputes">
          <h3>Where the sources disagree</h3>
          {entity.disputedFields.map((field) => (
            <DisputeTable key={field} field={field} claims={entity.claims} figures={entity.figures} recordedDate={entity.date} />
          ))}
        </section>
      )}
      <FigureList figures={entity.figures} disputedFields={entity.disputedFields} />
      <ClaimList claims={entity.claims} />
      <RelationGroups entityId={entity.id} relations={entity.relations} degree={entity.degree} onSelect={onSelect} />
    </article>
  );
}
