// The toolbar popup: search companies, read one, and switch Backstory off or on for this site.
import { useEffect, useState } from 'preact/hooks';
import type { CompanyProfile } from '../core/display/company-profile';
import { askBackground } from '../shared/messaging';
import { CompanyDetails } from '../ui/CompanyDetails';
import { CARD_LIMITS } from '../core/display/card-sections';
import { CompanySearch } from './CompanySearch';
import { SiteSwitch } from './SiteSwitch';

const NO_PAGE_COMPANIES: ReadonlySet<string> = new Set();

export function Popup() {
  const [profile, setProfile] = useState<CompanyProfile | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  async function openCompany(id: string): Promise<void> {
    try {
      const { profiles } = await askBackground({ type: 'getProfiles', ids: [id], kinds: 'chosen' });
      setProfile(profiles[0]);
      setProblem(profiles[0] ? undefined : 'That company is no longer in the data.');
    } catch (error) {
      setProblem(`Could not open the company: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  useEffect(() => {
    if (profile) document.querySelector<HTMLElement>('.bs-back')?.focus();
  }, [profile]);

  return (
    <main class="popup">
      {profile ? (
        <section class="company-view" aria-label={profile.company.name}>
          <button type="button" class="bs-back" onClick={() => setProfile(undefined)}>← Back to search</button>
          <CompanyDetails
            profile={profile}
            onPageIds={NO_PAGE_COMPANIES}
            locale={navigator.language}
            limits={CARD_LIMITS}
            onOpenCompany={(id) => void openCompany(id)}
            onMore={() => void askBackground({ type: 'openProfile', companyId: profile.company.id }).then(() => window.close())}
          />
        </section>
      ) : (
        <CompanySearch onChoose={(id) => void openCompany(id)} />
      )}
      {problem !== undefined && <p class="problem" role="alert">{problem}</p>}
      <SiteSwitch />
    </main>
  );
}
