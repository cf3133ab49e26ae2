import { useState } from 'react';
import { DISPUTED_COLOR, KNOWLEDGE_COLORS } from '../graph';
import { isPhoneScreen } from '../hooks/phoneScreen';
import { useProfile } from '../profile';
import { KindIcon } from './KindIcon';

/** What shapes and colours mean, over the corner of the graph; folded at first on a phone, where it would cover the graph. */
export function Legend({ knowledgeMode }: { knowledgeMode: boolean }) {
  const { kinds } = useProfile();
  const [open, setOpen] = useState(() => !isPhoneScreen());
  return (
    <details className="legend" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Legend</summary>
      <ul>
        {kinds.list.map(({ kind, label }) => (
          <li key={kind}>
            <KindIcon kind={kind} color={knowledgeMode ? KNOWLEDGE_COLORS.NONE : undefined} /> {label}
          </li>
        ))}
        {/* "Sources disagree", never "disputed": a relation type may be called that. */}
        <li>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <circle cx="7" cy="7" r="5.5" fill="none" stroke={DISPUTED_COLOR} strokeWidth="2" strokeDasharray="3 2" />
          </svg>{' '}
          sources disagree
        </li>
        <li>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <line x1="1" y1="7" x2="13" y2="7" stroke={DISPUTED_COLOR} strokeWidth="2" strokeDasharray="3 2" />
          </svg>{' '}
          relation sources disagree on
        </li>
        <li>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <line x1="1" y1="7" x2="13" y2="7" stroke="#4b5563" strokeWidth="3" />
          </svg>{' '}
          ◆ carries knowledge
        </li>
        {knowledgeMode && (
          <>
            <li>
              <span className="swatch" style={{ background: KNOWLEDGE_COLORS.CERTAIN }} /> certainly knew
            </li>
            <li>
              <span className="swatch" style={{ background: KNOWLEDGE_COLORS.POSSIBLE }} /> possibly knew
            </li>
            <li>
              <span className="swatch" style={{ background: KNOWLEDGE_COLORS.RAISED }} /> raised concerns
            </li>
            <li>
              <span className="swatch" style={{ background: KNOWLEDGE_COLORS.NONE }} /> no record
            </li>
          </>
        )}
      </ul>
      <p className="legend-hint">Point at a node or line for more; zoom in for more names.</p>
    </details>
  );
}
