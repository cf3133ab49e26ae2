import { useRef, useState } from 'react';
import type { ExportName } from '../hooks/useExports';

interface Props {
  actions: Record<ExportName, () => Promise<void>>;
}

/** Each export: its button's name and what the file holds. */
const ITEMS: readonly { name: ExportName; label: string; holds: string }[] = [
  { name: 'png', label: 'Picture (PNG)', holds: 'the graph with title, legend, filters, as-of date and sources' },
  { name: 'svg', label: 'Picture (SVG)', holds: 'the same picture as a drawing that scales' },
  { name: 'caseFile', label: 'Case file (HTML)', holds: 'picture, chronology and facts with footnotes; print or save as PDF' },
  { name: 'entitiesCsv', label: 'Entities (CSV)', holds: 'one row per entity on view, with dates and sources' },
  { name: 'relationsCsv', label: 'Relations (CSV)', holds: 'one row per relation on view, with dates and sources' },
  { name: 'graphml', label: 'GraphML', holds: 'for yEd, Cytoscape desktop and Gephi' },
  { name: 'gexf', label: 'GEXF', holds: 'for Gephi' },
  { name: 'json', label: 'JSON', holds: 'the entities and relations on view, for programs' },
];

/** The export menu: every file the view can be saved as, each saying what it holds. */
export function ExportMenu({ actions }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (!menu.current?.open) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };
  const run = (label: string, action: () => Promise<void>) => async () => {
    if (busy !== null) return;
    setBusy(label);
    setError(null);
    try {
      await action();
      // Done: the menu closes and focus returns to its summary; on failure it stays open with the reason.
      close();
    } catch (e) {
      setError(`${label} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <details
      className="export-menu"
      ref={menu}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <summary>Export</summary>
      <div className="export-menu-list" role="group" aria-label="Export">
        <ul>
          {ITEMS.map((item) => (
            <li key={item.name}>
              <button type="button" onClick={run(item.label, actions[item.name])} aria-disabled={busy !== null} aria-describedby={`export-holds-${item.name}`}>
                {item.label}
              </button>
              <span className="muted" id={`export-holds-${item.name}`}>
                {item.holds}
              </span>
            </li>
          ))}
        </ul>
        <p className="muted export-menu-status" role="status">
          {busy ? `Preparing ${busy}…` : 'Of what is on view now.'}
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
