import { useId, useState, type KeyboardEvent } from 'react';
import type { GraphQLRequest, SearchHit } from '../api';
import { formatDateShort } from '../dates';
import { useProfile } from '../profile';
import { useSearch } from '../hooks/useSearch';
import { KindIcon } from './KindIcon';

interface Props {
  request: GraphQLRequest;
  label: string;
  placeholder?: string;
  /** Keep the picked name in the box (path ends) or clear it (the main search). */
  keepPicked?: boolean;
  initialText?: string;
  onPick: (hit: SearchHit) => void;
  testId?: string;
}

/** A search box with suggestions as you type: an ARIA 1.2 combobox with a listbox popup. */
export function SearchBox({ request, label, placeholder, keepPicked = false, initialText = '', onPick, testId }: Props) {
  const { kinds } = useProfile();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useSearch(request, text);
  const hits = search.status === 'ready' ? search.value : [];
  const expanded = open && text.trim().length >= 2;

  const pick = (hit: SearchHit) => {
    setText(keepPicked ? hit.entity.name : '');
    setOpen(false);
    setActive(-1);
    onPick(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (hits.length === 0 ? -1 : (i + 1) % hits.length));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (hits.length === 0 ? -1 : i <= 0 ? hits.length - 1 : i - 1));
        break;
      case 'Enter': {
        const hit = hits[active >= 0 ? active : 0];
        if (expanded && hit) {
          event.preventDefault();
          pick(hit);
        }
        break;
      }
      case 'Escape':
        if (expanded) setOpen(false);
        else setText('');
        setActive(-1);
        break;
      default:
        break;
    }
  };

  const activeId = expanded && active >= 0 && hits[active] ? `${id}-opt-${active}` : undefined;
  return (
    <div className="search-box">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        data-testid={testId}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeId}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={`${label} suggestions`} className="search-list" hidden={!expanded}>
        {expanded && search.status === 'loading' && hits.length === 0 && <li className="search-note">Searching…</li>}
        {expanded && search.status === 'error' && <li className="search-note">Search failed: {search.error.message}</li>}
        {expanded && search.status === 'ready' && hits.length === 0 && <li className="search-note">No matches</li>}
        {expanded &&
          hits.map((hit, index) => (
            <li
              key={hit.entity.id}
              id={`${id}-opt-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'search-option active' : 'search-option'}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(hit);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <KindIcon kind={hit.entity.kind} />
              <span className="search-name">{hit.entity.name}</span>
              <span className="search-meta">
                {kinds.look(hit.entity.kind).label}
                {hit.entity.date ? ` · ${formatDateShort(hit.entity.date)}` : ''}
              </span>
            </li>
          ))}
      </ul>
    </div>
  );
}
