import type { Claim, FuzzyDate, Figure } from '../api';
import { formatDate } from '../dates';
import { ReliabilityBadge } from './ClaimList';
import { formatFigure } from './FigureList';

interface Row {
  claim: Claim;
  says: string;
}

/** One line per source statement for a disputed field: what each source says, side by side. */
function rowsFor(field: string, claims: readonly Claim[], figures: readonly Figure[]): Row[] {
  if (field === 'date') {
    return claims.filter((c) => c.date).map((claim) => ({ claim, says: formatDate(claim.date) }));
  }
  if (field === 'occurred') {
    return claims.map((claim) => ({
      claim,
      says: claim.stance === 'CONTRADICTS' ? 'did not happen, or not as stated' : 'happened',
    }));
  }
  if (field.startsWith('figure:')) {
    const name = field.slice('figure:'.length);
    return figures
      .filter((f) => f.name === name)
      .flatMap((figure) => figure.claims.map((claim) => ({ claim, says: formatFigure(figure) })));
  }
  return claims.map((claim) => ({ claim, says: claim.note ?? '' }));
}

export function fieldTitle(field: string): string {
  if (field === 'date') return 'When';
  if (field === 'occurred') return 'Whether it happened';
  if (field.startsWith('figure:')) return `How many: ${field.slice('figure:'.length)}`;
  return field;
}

interface Props {
  field: string;
  claims: readonly Claim[];
  figures?: readonly Figure[];
  recordedDate?: FuzzyDate | null;
}

export function DisputeTable({ field, claims, figures = [], recordedDate }: Props) {
  const rows = rowsFor(field, claims, figures);
  return (
    <div className="dispute">
      <h4>
        <span className="badge disputed">disputed</span> {fieldTitle(field)}
      </h4>
      {field === 'date' && recordedDate && <p className="muted">We record {formatDate(recordedDate)}; the sources say:</p>}
      <table className="dispute-table">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Says</th>
            <th scope="col">Where</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ claim, says }, index) => (
            <tr key={`${claim.source.id}-${claim.locator}-${index}`} className={claim.erratum ? 'erratum-row' : undefined}>
              <td>
                <cite>{claim.source.title}</cite>
                {claim.source.publisher && <span className="source-by"> — {claim.source.publisher}</span>}{' '}
                <ReliabilityBadge reliability={claim.source.reliability} />
              </td>
              <td>
                {says}
                {claim.stance === 'CONTRADICTS' && field !== 'occurred' && <span className="badge stance-contradicts">contradicts</span>}
                {claim.erratum && (
                  <div className="claim-erratum">
                    <span className="badge erratum">erratum</span> {claim.erratum}
                  </div>
                )}
              </td>
              <td className="locator">{claim.locator}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
