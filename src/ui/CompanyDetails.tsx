// A company at a glance: what it is, then how it relates to the companies on this page, then the
// rest of its deals and vendor changes. Used by the hover card and the popup.
import type { CompanyProfile } from '../core/company-profile';
import { companyFactsLine, relationLines } from '../core/relation-view';
import { RelationItem } from './RelationItem';

interface Props {
  profile: CompanyProfile;
  /** Companies marked on the page being read; empty in the popup. */
  onPageIds: ReadonlySet<string>;
  headingId?: string;
  locale?: string;
}

export function CompanyDetails({ profile, onPageIds, headingId, locale }: Props) {
  const lines = relationLines(profile, onPageIds, locale);
  const onPage = lines.filter((line) => line.onPage);
  const others = lines.filter((line) => !line.onPage);
  return (
    <div class="bs-details">
      <header class="bs-header">
        <span class="bs-monogram" aria-hidden="true">{profile.company.name.charAt(0)}</span>
        <div>
          <h2 class="bs-name" id={headingId}>{profile.company.name}</h2>
          <p class="bs-facts">{companyFactsLine(profile)}</p>
        </div>
      </header>
      <p class="bs-description">{profile.company.description}</p>
      {onPage.length > 0 && (
        <section aria-label="On this page">
          <h3 class="bs-section">On this page</h3>
          <ul class="bs-relations">{onPage.map((line) => <RelationItem key={line.relationId} line={line} />)}</ul>
        </section>
      )}
      {others.length > 0 && (
        <section aria-label={onPage.length > 0 ? 'Other deals and vendor changes' : 'Deals and vendor changes'}>
          <h3 class="bs-section">{onPage.length > 0 ? 'Other deals and vendor changes' : 'Deals and vendor changes'}</h3>
          <ul class="bs-relations">{others.map((line) => <RelationItem key={line.relationId} line={line} />)}</ul>
        </section>
      )}
      {lines.length === 0 && <p class="bs-empty">Backstory has no deals or vendor changes for {profile.company.name} yet.</p>}
    </div>
  );
}
