// The full profile of one company (profile.html?company=ID), opened from the card and the popup:
// its facts and every relation, each with its source. Counterparts open their own profile.
import { useEffect, useState } from 'preact/hooks';
import type { CompanyProfile } from '../core/company-profile';
import { askBackground } from '../shared/messaging';
import { CompanyDetails } from '../ui/CompanyDetails';

type Loaded = { status: 'loading' } | { status: 'ready'; profile: CompanyProfile } | { status: 'problem'; message: string };

const NOT_ON_A_PAGE: ReadonlySet<string> = new Set();

export function companyIdFrom(search: string): string | undefined {
  const id = new URLSearchParams(search).get('company');
  return id === null || id === '' ? undefined : id;
}

export function ProfilePage() {
  const [companyId, setCompanyId] = useState(() => companyIdFrom(location.search));
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    const onPopState = () => setCompanyId(companyIdFrom(location.search));
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    if (companyId === undefined) {
      setLoaded({ status: 'problem', message: 'No company was given. Open a profile from a card or from the search.' });
      return;
    }
    setLoaded({ status: 'loading' });
    askBackground({ type: 'getProfiles', ids: [companyId] })
      .then(({ profiles }) => {
        const profile = profiles[0];
        setLoaded(profile ? { status: 'ready', profile } : { status: 'problem', message: `Backstory has no company “${companyId}”.` });
        if (profile) document.title = `${profile.company.name} · Backstory`;
      })
      .catch((error: unknown) => setLoaded({ status: 'problem', message: `Could not load the company: ${error instanceof Error ? error.message : String(error)}` }));
  }, [companyId]);

  function openCompany(id: string): void {
    history.pushState(null, '', `?company=${encodeURIComponent(id)}`);
    setCompanyId(id);
    scrollTo(0, 0);
  }

  return (
    <main class="profile">
      {loaded.status === 'loading' && <p class="note">Loading…</p>}
      {loaded.status === 'problem' && <p class="problem" role="alert">{loaded.message}</p>}
      {loaded.status === 'ready' && (
        <CompanyDetails profile={loaded.profile} onPageIds={NOT_ON_A_PAGE} headingId="profile-title" locale={navigator.language} onOpenCompany={openCompany} />
      )}
    </main>
  );
}
