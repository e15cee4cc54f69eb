// The full profile page: profile.html?company=ID shows one company (opened from the card and the
// popup); profile.html?q=TEXT searches (the context menu's "Look up") and opens an exact match.
import { useEffect, useState } from 'preact/hooks';
import type { CompanyProfile } from '../core/display/company-profile';
import { foldForSearch, type SearchResult } from '../core/recognition/search';
import { askBackground } from '../shared/messaging';
import { CompanyProfileView } from './CompanyProfileView';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; profile: CompanyProfile }
  | { status: 'results'; query: string; results: SearchResult[] }
  | { status: 'problem'; message: string };

interface Target {
  company?: string;
  query?: string;
}

export function targetFrom(search: string): Target {
  const params = new URLSearchParams(search);
  const company = params.get('company');
  const query = params.get('q');
  if (company) return { company };
  if (query && query.trim() !== '') return { query: query.trim() };
  return {};
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ProfilePage() {
  const [target, setTarget] = useState<Target>(() => targetFrom(location.search));
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    const onPopState = () => setTarget(targetFrom(location.search));
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, []);

  function openCompany(id: string, replace = false): void {
    const url = `?company=${encodeURIComponent(id)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setTarget({ company: id });
    scrollTo(0, 0);
  }

  useEffect(() => {
    setLoaded({ status: 'loading' });
    if (target.company !== undefined) {
      const id = target.company;
      askBackground({ type: 'getProfiles', ids: [id] })
        .then(({ profiles }) => {
          const profile = profiles[0];
          setLoaded(profile ? { status: 'ready', profile } : { status: 'problem', message: `Backstory has no company “${id}”.` });
          document.title = profile ? `${profile.company.name} · Backstory` : 'Backstory';
        })
        .catch((error: unknown) => setLoaded({ status: 'problem', message: `Could not load the company: ${describe(error)}` }));
    } else if (target.query !== undefined) {
      const query = target.query;
      askBackground({ type: 'search', query })
        .then(({ results }) => {
          const exact = results.find((result) => [result.name, result.matched].some((name) => name !== undefined && foldForSearch(name) === foldForSearch(query)));
          if (exact) openCompany(exact.id, true);
          else setLoaded({ status: 'results', query, results });
        })
        .catch((error: unknown) => setLoaded({ status: 'problem', message: `Search failed: ${describe(error)}` }));
    } else {
      setLoaded({ status: 'problem', message: 'No company was given. Open a profile from a card or from the search.' });
    }
  }, [target]);

  return (
    <main class="profile">
      {loaded.status === 'loading' && <p class="note">Loading…</p>}
      {loaded.status === 'problem' && <p class="problem" role="alert">{loaded.message}</p>}
      {loaded.status === 'results' && (
        <section aria-labelledby="results-title">
          <h1 id="results-title" class="profile-section">Companies matching “{loaded.query}”</h1>
          {loaded.results.length === 0 ? (
            <p class="note">Backstory knows no company by that name.</p>
          ) : (
            <ul class="results">
              {loaded.results.map((result) => (
                <li key={result.id}>
                  <button type="button" class="bs-link-button" onClick={() => openCompany(result.id)}>{result.name}</button>
                  {result.matched !== undefined && <span class="note"> ({result.matched})</span>}
                  <span class="result-description"> {result.description}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {loaded.status === 'ready' && <CompanyProfileView profile={loaded.profile} onOpen={(id) => openCompany(id)} />}
    </main>
  );
}
