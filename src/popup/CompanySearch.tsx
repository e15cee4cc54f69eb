// Search as you type, with arrow keys and Enter to choose a result.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResult } from '../core/recognition/search';
import { askBackground } from '../shared/messaging';

export function CompanySearch({ onChoose }: { onChoose: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | undefined>();
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') {
      setResults([]);
      return;
    }
    askBackground({ type: 'search', query })
      .then(({ results: found }) => {
        // Answers can arrive out of order; only the newest query's answer counts.
        if (ticket !== latest.current) return;
        setResults(found);
        setActive(0);
        setProblem(undefined);
      })
      .catch((error: unknown) => setProblem(`Search failed: ${error instanceof Error ? error.message : String(error)}`));
  }, [query]);

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      setActive((index) => Math.min(index + 1, results.length - 1));
      event.preventDefault();
    } else if (event.key === 'ArrowUp') {
      setActive((index) => Math.max(index - 1, 0));
      event.preventDefault();
    } else if (event.key === 'Enter' && results[active]) {
      onChoose(results[active].id);
    } else if (event.key === 'Escape' && query !== '') {
      setQuery('');
      event.preventDefault();
    }
  }

  const activeId = results[active] ? `result-${results[active].id}` : undefined;
  return (
    <div class="search">
      <label class="search-label" for="company-search">Search companies</label>
      <input
        ref={input}
        id="company-search"
        class="search-input"
        type="search"
        role="searchbox"
        placeholder="Name, former name or ticker"
        autocomplete="off"
        aria-controls="search-results"
        aria-activedescendant={activeId}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <ul id="search-results" class="results" role="listbox" aria-label="Companies">
        {results.map((result, index) => (
          <li
            key={result.id}
            id={`result-${result.id}`}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'result active' : 'result'}
            onClick={() => onChoose(result.id)}
          >
            <span class="result-name">{result.name}</span>
            {result.matched !== undefined && <span class="result-matched"> ({result.matched})</span>}
            <span class="result-description">{result.description}</span>
          </li>
        ))}
      </ul>
      {query.trim() !== '' && results.length === 0 && problem === undefined && (
        <p class="empty">No company matches “{query.trim()}”.</p>
      )}
      {problem !== undefined && <p class="problem" role="alert">{problem}</p>}
    </div>
  );
}
