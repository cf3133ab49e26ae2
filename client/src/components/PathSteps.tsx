import type { Path } from '../api';
import { formatDateShort } from '../dates';
import { describeStep, pathSteps } from '../graph';
import { ClaimItem } from './ClaimList';

interface Props {
  path: Path;
  onSelect: (id: string) => void;
  /** Find paths again without this entity (offered for the entities between the ends). */
  onGoRound: (id: string) => void;
}

/**
 * A path step by step, in walking order. A step against the relation's arrow shows "←" and says
 * in words who did what to whom; each step's claims open in full, with source and paragraph.
 */
export function PathSteps({ path, onSelect, onGoRound }: Props) {
  const steps = pathSteps(path);
  return (
    <ol className="path-steps" data-testid="path-steps">
      {steps.map((step, index) => {
        const { relation } = step;
        const between = index < steps.length - 1;
        const claims = relation.claims;
        return (
          <li key={relation.id} className={step.against ? 'path-step against' : 'path-step'} data-against={step.against}>
            <div className="step-line">
              <button type="button" className="link" onClick={() => onSelect(step.from.id)}>
                {step.from.name}
              </button>{' '}
              <span className="step-relation">
                {step.against && <span aria-hidden="true">← </span>}
                <button type="button" className="link relation-link" onClick={() => onSelect(relation.id)}>
                  {relation.label}
                </button>
                {!step.against && <span aria-hidden="true"> →</span>}
              </span>{' '}
              <button type="button" className="link" onClick={() => onSelect(step.to.id)}>
                {step.to.name}
              </button>
              {between && (
                <button type="button" className="go-round" aria-label={`Find paths that go round ${step.to.name}`} onClick={() => onGoRound(step.to.id)}>
                  go round
                </button>
              )}
            </div>
            {step.against && (
              <p className="step-against">
                <span className="badge against-badge">against the arrow</span> {describeStep(step)}
              </p>
            )}
            <div className="muted">
              {formatDateShort(relation.date)}
              {relation.disputed && ' · disputed'}
            </div>
            <details className="step-claims">
              <summary>
                <strong>
                  {claims.length} source{claims.length === 1 ? '' : 's'}
                </strong>
                <span className="claims-preview">: {claims.map((claim) => `${claim.source.title} ${claim.locator}`).join('; ')}</span>
              </summary>
              <ul className="claim-list">
                {claims.map((claim, claimIndex) => (
                  <ClaimItem key={`${claim.source.id}-${claim.locator}-${claimIndex}`} claim={claim} />
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
