import type { Figure } from '../api';
import { ClaimItem } from './ClaimList';

/** "at least 1,400 children" */
export function formatFigure(figure: Figure): string {
  const qualifier = figure.qualifier === 'exactly' ? '' : `${figure.qualifier} `;
  const unit = figure.unit ? ` ${figure.unit}` : '';
  return `${qualifier}${figure.value.toLocaleString('en-GB')}${unit}`;
}

export function FigureList({ figures, disputedFields }: { figures: readonly Figure[]; disputedFields: readonly string[] }) {
  if (figures.length === 0) return null;
  return (
    <section className="figures" aria-label="Figures">
      <h3>Figures</h3>
      <ul className="figure-list">
        {figures.map((figure, index) => (
          <li key={`${figure.name}-${index}`}>
            <div>
              <strong>{figure.name}</strong>: {formatFigure(figure)}
              {disputedFields.includes(`figure:${figure.name}`) && <span className="badge disputed">disputed</span>}
            </div>
            <ul className="claim-list">
              {figure.claims.map((claim, i) => (
                <ClaimItem key={`${claim.source.id}-${i}`} claim={claim} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
