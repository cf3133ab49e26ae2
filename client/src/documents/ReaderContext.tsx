import { createContext, lazy, Suspense, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

// Loaded when a claim is first opened: exploring does not need the reader.
const DocumentReader = lazy(() => import('./DocumentReader').then((module) => ({ default: module.DocumentReader })));

/** What the reader is opened on: a source, and the paragraphs to show highlighted. */
export interface ReaderTarget {
  sourceId: string;
  locator: string;
}

interface Reader {
  open(target: ReaderTarget): void;
}

const ReaderContext = createContext<Reader | null>(null);

/** Lets any claim open its source's text at its paragraph (the evidence reader, a dialog). */
export function ReaderProvider({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<ReaderTarget | null>(null);
  const open = useCallback((next: ReaderTarget) => setTarget(next), []);
  const reader = useMemo(() => ({ open }), [open]);
  return (
    <ReaderContext.Provider value={reader}>
      {children}
      {target && (
        <Suspense fallback={null}>
          <DocumentReader target={target} onClose={() => setTarget(null)} />
        </Suspense>
      )}
    </ReaderContext.Provider>
  );
}

/** The reader, or null outside a ReaderProvider (claims are then shown without the link). */
export function useReader(): Reader | null {
  return useContext(ReaderContext);
}
