// A company at a glance: what it is, then how it relates to the companies on this page, then its
// most recent and significant deals and vendor changes. Used by the hover card, the popup and the
// full profile (which passes no limits and so shows everything).
import type { CompanyProfile } from '../core/display/company-profile';
import { cardSections, type CardLimits } from '../core/display/card-sections';
import { countLabel } from '../core/display/format';
import { companyFactsLine, type RelationLine } from '../core/display/relation-view';
import { CompanyLogo } from './CompanyLogo';
import { RelationItem } from './RelationItem';

interface Props {
  profile: CompanyProfile;
  /** Companies marked on the page being read; empty in the popup. */
  onPageIds: ReadonlySet<string>;
  headingId?: string;
  locale?: string | undefined;
  /** How many relations to show; undefined shows them all. */
  limits?: CardLimits | undefined;
  onOpenCompany?: ((companyId: string) => void) | undefined;
  /** Opens the full profile; the "N more" button appears only with it. */
  onMore?: (() => void) | undefined;
}

export function RelationList({ title, lines, onOpenCompany }: { title: string; lines: RelationLine[]; onOpenCompany: Props['onOpenCompany'] }) {
  return (
    <section aria-label={title}>
      <h3 class="bs-section">{title}</h3>
      <ul class="bs-relations">
        {lines.map((line) => <RelationItem key={line.relationId} line={line} onOpenCompany={onOpenCompany} />)}
      </ul>
    </section>
  );
}

/** Name, mark, what it is, and its description. */
export function CompanyHeader({ profile, headingId }: { profile: CompanyProfile; headingId?: string | undefined }) {
  const { company } = profile;
  return (
    <>
      <header class="bs-header">
        <CompanyLogo name={company.name} logo={profile.logo} />
        <div>
          <h2 class="bs-name" id={headingId}>{company.name}</h2>
          <p class="bs-facts">{companyFactsLine(profile)}</p>
        </div>
      </header>
      <p class="bs-description">{company.description}</p>
    </>
  );
}

export function CompanyDetails({ profile, onPageIds, headingId, locale, limits, onOpenCompany, onMore }: Props) {
  const { company } = profile;
  const { onPage, highlights, moreCount } = cardSections(profile, onPageIds, locale, limits);
  const othersTitle =
    limits === undefined
      ? onPage.length > 0 ? 'Other deals and vendor changes' : 'Deals and vendor changes'
      : onPage.length > 0 ? 'Also recent and notable' : 'Recent and notable';
  return (
    <div class="bs-details">
      <CompanyHeader profile={profile} headingId={headingId} />
      {onPage.length > 0 && <RelationList title="On this page" lines={onPage} onOpenCompany={onOpenCompany} />}
      {highlights.length > 0 && <RelationList title={othersTitle} lines={highlights} onOpenCompany={onOpenCompany} />}
      {onPage.length + highlights.length === 0 && (
        <p class="bs-empty">Backstory has no deals or vendor changes for {company.name} yet.</p>
      )}
      {moreCount > 0 && onMore && (
        <button type="button" class="bs-more bs-link-button" onClick={onMore}>
          {countLabel(moreCount, 'more relation', 'more relations', locale)} in the full profile
        </button>
      )}
    </div>
  );
}
