import { Suspense, useState, type ReactNode } from 'react';

/**
 * A titled section that builds its content only while open (a closed history asks the server
 * nothing); content loaded on opening (React.lazy) says so meanwhile.
 */
export function Disclosure({ title, initiallyOpen = false, children }: { title: string; initiallyOpen?: boolean; children: () => ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className="disclosure" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{title}</summary>
      {open && <Suspense fallback={<p role="status">Loading…</p>}>{children()}</Suspense>}
    </details>
  );
}
