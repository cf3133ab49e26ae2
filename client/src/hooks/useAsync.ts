import { useCallback, useEffect, useMemo, useState } from 'react';

export type AsyncState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; value: T };

/**
 * Runs `load` whenever `key` changes (null: do nothing), aborting the previous run, with a
 * retry. The last answer wins; answers to superseded keys are dropped.
 */
export function useAsync<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>, delayMs = 0): AsyncState<T> & { retry: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState((previous) => (previous.status === 'loading' ? previous : { status: 'loading' }));
    const timer = setTimeout(() => {
      load(controller.signal).then(
        (value) => {
          if (!controller.signal.aborted) setState({ status: 'ready', value });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
        },
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `load` is deliberately not a dependency: callers build it inline; `key` says when to reload.
  }, [key, attempt, delayMs]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // One object per state, so effects that depend on the result run once per answer.
  return useMemo(() => ({ ...state, retry }), [state, retry]);
}
