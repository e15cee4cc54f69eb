// The hover card's content: a labelled dialog around the company details. A counterpart opens in
// place with a way back; "N more" opens the full profile; a missing company says why.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CompanyProfile } from '../../core/display/company-profile';
import { CARD_LIMITS } from '../../core/display/card-sections';
import { CompanyDetails } from '../../ui/CompanyDetails';
import type { CardProfiles } from './card';


interface Props {
  companyId: string;
  profiles: CardProfiles;
  locale: string | undefined;
  onClose: () => void;
  onOpenProfile: (companyId: string) => void;
}

const TITLE_ID = 'backstory-card-title';

type Shown = { status: 'ready'; profile: CompanyProfile } | { status: 'loading' } | { status: 'missing'; problem: string };

function readyProfile(shown: Shown | undefined): CompanyProfile | undefined {
  return shown?.status === 'ready' ? shown.profile : undefined;
}

export function CardView({ companyId, profiles, locale, onClose, onOpenProfile }: Props) {
  const [trail, setTrail] = useState<string[]>([companyId]);
  const [loaded, setLoaded] = useState<Record<string, Shown>>({});
  const dialog = useRef<HTMLDivElement>(null);
  const current = trail[trail.length - 1]!;
  const cached = profiles.get(current);
  const shown: Shown = cached ? { status: 'ready', profile: cached } : (loaded[current] ?? { status: 'missing', problem: profiles.problem() });

  async function open(id: string): Promise<void> {
    setTrail((previous) => [...previous, id]);
    if (profiles.get(id) || readyProfile(loaded[id])) return;
    setLoaded((previous) => ({ ...previous, [id]: { status: 'loading' } }));
    let next: Shown;
    try {
      const profile = await profiles.load(id);
      next = profile ? { status: 'ready', profile } : { status: 'missing', problem: 'Backstory has no details for this company.' };
    } catch (error) {
      next = { status: 'missing', problem: `Backstory could not load this company: ${error instanceof Error ? error.message : String(error)}` };
    }
    setLoaded((previous) => ({ ...previous, [id]: next }));
  }

  // Moving between companies removes the button that was clicked: keep focus in the card (never
  // on first showing it, so a hover does not take focus from the page).
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) {
      moved.current = true;
      return;
    }
    const back = dialog.current?.querySelector<HTMLElement>('.bs-card-back');
    (back ?? dialog.current)?.focus();
  }, [trail.length]);

  const previous = trail.length > 1 ? trail[trail.length - 2]! : undefined;
  const previousShown = previous === undefined ? undefined : profiles.get(previous) ?? readyProfile(loaded[previous]);
  const previousName = previousShown?.company.name ?? previous;
  const label = shown.status === 'ready' ? undefined : 'Backstory';
  return (
    <div ref={dialog} class="bs-card" role="dialog" tabIndex={-1} aria-labelledby={label ? undefined : TITLE_ID} aria-label={label} aria-busy={shown.status === 'loading'}>
      <button type="button" class="bs-close" aria-label="Close" onClick={onClose}>×</button>
      {previous !== undefined && (
        <button type="button" class="bs-card-back bs-link-button" onClick={() => setTrail((t) => t.slice(0, -1))}>
          ← Back to {previousName}
        </button>
      )}
      {shown.status === 'ready' && (
        <CompanyDetails
          profile={shown.profile}
          onPageIds={profiles.onPageIds()}
          headingId={TITLE_ID}
          locale={locale}
          limits={CARD_LIMITS}
          onOpenCompany={(id) => void open(id)}
          onMore={() => onOpenProfile(shown.profile.company.id)}
        />
      )}
      {shown.status === 'loading' && <p class="bs-message">Loading…</p>}
      {shown.status === 'missing' && <p class="bs-message">{shown.problem}</p>}
    </div>
  );
}
