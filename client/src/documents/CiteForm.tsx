import { useState } from 'react';
import { AddClaimForm } from '../curation/AddClaimForm';
import { useCuration } from '../curation/CurationContext';
import { useAsync } from '../hooks/useAsync';
import { CLAIM_TARGET, type ClaimTargetResult } from './operations';

/**
 * "Cite this": a claim on one of the entities selected lately, with the source and the selected
 * paragraphs' locator filled, sent as any added claim is (history, review).
 */
export function CiteForm({ sourceId, locator, onClose }: { sourceId: string; locator: string; onClose: () => void }) {
  const { request, recent } = useCuration();
  const [subject, setSubject] = useState(recent[0]?.id ?? '');
  const target = useAsync(subject ? `cite:${subject}` : null, async (signal) => (await request<ClaimTargetResult>(CLAIM_TARGET, { id: subject }, { signal })).entity);
  return (
    <section className="cite-form" aria-label={`Cite ${locator}`}>
      <h3>
        Cite {locator} <button type="button" onClick={onClose}>Cancel</button>
      </h3>
      {recent.length === 0 ? (
        <p className="muted">Select an entity in the graph first: the claim is added to it.</p>
      ) : (
        <label>
          Claim on{' '}
          <select value={subject} onChange={(event) => setSubject(event.target.value)}>
            {recent.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {target.status === 'ready' && target.value && (
        <AddClaimForm subject={target.value.id} version={target.value.version} claimCount={target.value.claims.length} initial={{ source: sourceId, locator }} />
      )}
      {target.status === 'error' && <p role="alert">{target.error.message}</p>}
    </section>
  );
}
