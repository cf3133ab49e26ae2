import { useEffect } from 'react';
import type { ControlProps } from './Field';
import { useCuration } from './CurationContext';

interface Props extends ControlProps {
  value: string;
  onChange: (sourceId: string) => void;
}

/** A select of every source, by title and publisher (the list is loaded once, when first shown). */
export function SourcePicker({ value, onChange, ...control }: Props) {
  const { sources, needSources } = useCuration();
  useEffect(needSources, [needSources]);
  const list = sources.status === 'ready' ? sources.value : [];
  return (
    <>
      <select {...control} required value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{sources.status === 'ready' ? 'Choose a source…' : sources.status === 'error' ? 'Sources could not be loaded' : 'Loading sources…'}</option>
        {list.map((source) => (
          <option key={source.id} value={source.id}>
            {source.title}
            {source.publisher ? ` — ${source.publisher}` : ''} ({source.reliability.toLowerCase()})
          </option>
        ))}
      </select>
      {sources.status === 'error' && (
        <button type="button" className="link" onClick={sources.retry}>
          Load the sources again
        </button>
      )}
    </>
  );
}
