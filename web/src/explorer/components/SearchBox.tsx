import { useQuery } from '@apollo/client/react';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { SearchDocument } from '../../../../graph/generated/graphql';
import type { EntityRef } from '../entity-types';
import { Link, entityHref, navigate } from '../router';
import { useDebounced } from '../use-debounced';
import { Marked } from './Marked';
import { TypeBadge } from './TypeBadge';

const plain = (snippet: string) => snippet.replace(/<\/?mark>/g, '');

interface SearchBoxProps {
  /** Called with the chosen entity; by default the box opens its page. */
  onPick?: (entity: EntityRef) => void;
  label: string;
  placeholder?: string;
  autoFocus?: boolean;
  className?: string;
}

/**
 * Search as you type: results after a short pause, typos forgiven by the service, matched words
 * marked. ArrowDown walks into the results (they are links), Enter opens the first or the chosen
 * one, Escape closes the list.
 */
export function SearchBox({
  onPick,
  label,
  placeholder = 'Search people, places, attacks…',
  autoFocus,
  className,
}: SearchBoxProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const query = useDebounced(text.trim(), 150);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const { data, previousData, error } = useQuery(SearchDocument, {
    variables: { query, first: 8 },
    skip: query.length < 2,
  });
  const results = query.length < 2 ? [] : ((data ?? previousData)?.search ?? []);

  const pick = (entity: EntityRef) => {
    setOpen(false);
    setText('');
    if (onPick) onPick(entity);
    else navigate(entityHref(entity.id));
  };

  const options = () => Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? []);

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      // The list is usually on screen already; if it was closed, focus once it has rendered.
      const first = options()[0];
      if (first) first.focus();
      else {
        setOpen(true);
        requestAnimationFrame(() => options()[0]?.focus());
      }
    } else if (event.key === 'Enter' && results.length > 0) {
      event.preventDefault();
      pick(results[0].entity);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const links = options();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index <= 0) inputRef.current?.focus();
      else links[index - 1].focus();
    } else if (event.key === 'Escape') {
      setOpen(false);
      inputRef.current?.focus();
    }
  };

  const showList = open && query.length >= 2;
  return (
    <div
      className={`search ${className ?? ''}`}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        aria-label={label}
        aria-controls={listId}
        aria-expanded={showList}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        autoFocus={autoFocus}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onInputKey}
      />
      {showList && (
        <ul id={listId} ref={listRef} className="search-results" aria-label="Search results" onKeyDown={onListKey}>
          {error && <li className="search-empty">Search failed: {error.message}</li>}
          {!error && results.length === 0 && query === text.trim() && data && (
            <li className="search-empty">Nothing matches “{query}”.</li>
          )}
          {results.map(({ entity, snippet }) => (
            <li key={entity.id}>
              <Link
                to={entityHref(entity.id)}
                className="search-result"
                onClick={(event) => {
                  event.preventDefault();
                  pick(entity);
                }}
              >
                <TypeBadge type={entity.type} />
                <span className="search-result-text">
                  {snippet && plain(snippet) === entity.name ? (
                    <span className="search-result-name">
                      <Marked text={snippet} />
                    </span>
                  ) : (
                    <>
                      <span className="search-result-name">{entity.name}</span>
                      {snippet && (
                        <span className="search-result-snippet">
                          <Marked text={snippet} />
                        </span>
                      )}
                    </>
                  )}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
