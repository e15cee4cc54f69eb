// What a compact view of a company (the hover card, the popup) shows: every relation with a company
// on the same page first, then a few of its most recent and most significant facts, and how many
// more the full profile has.
import type { CompanyProfile } from './company-profile';
import { relationLines, type RelationLine } from './relation-view';

export interface CardLimits {
  onPage: number;
  highlights: number;
}

export const CARD_LIMITS: CardLimits = { onPage: 6, highlights: 4 };

export interface CardSections {
  onPage: RelationLine[];
  highlights: RelationLine[];
  /** Relations the compact view leaves to the full profile. */
  moreCount: number;
}

/** Months since year 0 of a YYYY, YYYY-MM or YYYY-MM-DD date; a year alone counts as its middle. */
function monthsOf(date: string): number {
  const [year = 0, month] = date.split('-').map(Number);
  return year * 12 + (month === undefined ? 6 : month - 1);
}

/** A year of recency is worth as much as one point of weight (a billion, a stake, a takeover). */
const MONTHS_PER_WEIGHT = 12;

function score(line: RelationLine): number {
  return monthsOf(line.date) + MONTHS_PER_WEIGHT * line.weight;
}

const own = (line: RelationLine) => Number(line.fromDataset !== undefined);

export function cardSections(
  profile: CompanyProfile,
  onPageIds: ReadonlySet<string>,
  locale: string | undefined,
  /** Undefined shows everything (the full profile). */
  limits: CardLimits | undefined,
): CardSections {
  const lines = relationLines(profile, onPageIds, locale);
  const onPage = lines.filter((line) => line.onPage);
  const others = lines.filter((line) => !line.onPage);
  if (limits === undefined) return { onPage, highlights: others, moreCount: 0 };
  const picked = new Set(
    [...others]
      // The reader's own facts always make it: they imported them to see them.
      .sort((a, b) => own(b) - own(a) || score(b) - score(a) || b.date.localeCompare(a.date))
      .slice(0, limits.highlights),
  );
  // Shown in the usual order (causes first, then newest), not by score.
  const highlights = others.filter((line) => picked.has(line));
  const shownOnPage = onPage.slice(0, limits.onPage);
  return { onPage: shownOnPage, highlights, moreCount: lines.length - shownOnPage.length - highlights.length };
}
