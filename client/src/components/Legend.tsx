import { DISPUTED_COLOR, KNOWLEDGE_COLORS } from '../graph';
import { useProfile } from '../profile';
import { KindIcon } from './KindIcon';

/** What shapes and colours mean, over the corner of the graph. */
export function Legend({ knowledgeMode }: { knowledgeMode: boolean }) {
  const { kinds } = useProfile();
  return (
    <div className="legend" aria-label="Legend">
      <ul>
        {kinds.list.map(({ kind, label }) => (
          <li key={kind}>
            <KindIcon kind={kind} color={knowledgeMode ? KNOWLEDGE_COLORS.NONE : undefined} /> {label}
          </li>
        ))}
        <li>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <circle cx="7" cy="7" r="5.5" fill="none" stroke={DISPUTED_COLOR} strokeWidth="2" strokeDasharray="3 2" />
          </svg>{' '}
          disputed
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
    </div>
  );
}
