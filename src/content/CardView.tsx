// The hover card's content: a labelled dialog around the company details, or a message that says
// why there is nothing to show.
import type { CompanyProfile } from '../core/company-profile';
import { CompanyDetails } from '../ui/CompanyDetails';

interface Props {
  profile: CompanyProfile | undefined;
  /** Shown when there is no profile: what went wrong. */
  problem: string;
  onPageIds: ReadonlySet<string>;
  onClose: () => void;
}

const TITLE_ID = 'backstory-card-title';

export function CardView({ profile, problem, onPageIds, onClose }: Props) {
  return (
    <div class="bs-card" role="dialog" aria-labelledby={profile ? TITLE_ID : undefined} aria-label={profile ? undefined : 'Backstory'}>
      <button type="button" class="bs-close" aria-label="Close" onClick={onClose}>×</button>
      {profile ? (
        <CompanyDetails profile={profile} onPageIds={onPageIds} headingId={TITLE_ID} />
      ) : (
        <p class="bs-error">{problem}</p>
      )}
    </div>
  );
}
