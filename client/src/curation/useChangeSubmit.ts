import { useCallback, useState } from 'react';
import { ApiError, type Change, type ChangeResult } from '../api';
import { useCuration } from './CurationContext';
import { describeFailure, type Failure } from './fieldErrors';
import { useSession } from './SessionContext';

export type SubmitState = { status: 'idle' } | { status: 'busy' } | { status: 'failed'; failure: Failure } | { status: 'done'; change: Change };

/**
 * Sends one curation mutation and shows its answer on the page; a refusal becomes a Failure the
 * form places next to its field. Resolves with the answer, or null when refused.
 */
export function useChangeSubmit() {
  const { request, apply } = useCuration();
  const { lost } = useSession();
  const [state, setState] = useState<SubmitState>({ status: 'idle' });
  const submit = useCallback(
    async (document: string, variables: Record<string, unknown>): Promise<ChangeResult | null> => {
      setState({ status: 'busy' });
      try {
        const data = await request<Record<string, ChangeResult>>(document, variables);
        const result = Object.values(data)[0];
        if (!result) throw new Error('The server sent no answer for the change.');
        apply(result);
        setState({ status: 'done', change: result.change });
        return result;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') lost();
        setState({ status: 'failed', failure: describeFailure(error) });
        return null;
      }
    },
    [request, apply, lost],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, submit, reset, failure: state.status === 'failed' ? state.failure : null, busy: state.status === 'busy' };
}
