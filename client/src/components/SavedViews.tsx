import { useState, type FormEvent } from 'react';
import type { SavedView } from '../state';

interface Props {
  views: readonly SavedView[];
  problem: string | null;
  /** Saves the picture on screen under `name`; returns what went wrong, or null. */
  onSave: (name: string) => string | null;
  onOpen: (view: SavedView) => void;
  onDelete: (name: string) => void;
}

const SAVED_AT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Named views kept in this browser: save the picture on screen, open one again, delete. */
export function SavedViews({ views, problem, onSave, onOpen, onDelete }: Props) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const error = onSave(name);
    setMessage(error ? { text: error, error: true } : { text: `Saved “${name.trim()}”.`, error: false });
    if (!error) setName('');
  };
  return (
    <div className="saved-views" data-testid="saved-views">
      <form onSubmit={submit} className="saved-views-form">
        <label>
          Name <input value={name} onChange={(event) => setName(event.target.value)} maxLength={80} placeholder="e.g. Warnings before 2005" />
        </label>
        <button type="submit">Save view</button>
      </form>
      {message && (
        <p className={message.error ? 'field-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {problem && <p className="field-error">{problem}</p>}
      {views.length === 0 ? (
        <p className="muted">No saved views yet. A view keeps what the graph shows, the filters, the selection, positions and zoom.</p>
      ) : (
        <ul className="saved-view-list">
          {views.map((view) => (
            <li key={view.name}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  setMessage(null);
                  onOpen(view);
                }}
                title="Open this view"
              >
                {view.name}
              </button>{' '}
              <span className="muted">{SAVED_AT.format(new Date(view.saved))}</span>{' '}
              <button type="button" className="small" onClick={() => onDelete(view.name)} aria-label={`Delete the view ${view.name}`}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
