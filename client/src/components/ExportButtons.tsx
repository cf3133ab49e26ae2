import { useState } from 'react';

interface Props {
  onPng: () => Promise<void>;
  onJson: () => Promise<void>;
  onCsv: () => Promise<void>;
}

/** PNG of the graph, JSON of the visible subgraph, CSV of its relations with sources. */
export function ExportButtons({ onPng, onJson, onCsv }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (name: string, action: () => Promise<void>) => async () => {
    setBusy(name);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(`${name} export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label="Export">
      <span className="field-label">Export</span>
      <button type="button" onClick={run('PNG', onPng)} disabled={busy !== null} title="Image of the graph">
        PNG
      </button>
      <button type="button" onClick={run('JSON', onJson)} disabled={busy !== null} title="The entities and relations on view">
        JSON
      </button>
      <button type="button" onClick={run('CSV', onCsv)} disabled={busy !== null} title="Relations on view, one row per source claim">
        CSV
      </button>
      {busy && <span className="muted"> preparing {busy}…</span>}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
