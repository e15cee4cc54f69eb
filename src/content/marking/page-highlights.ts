// The page's CSS highlight registry, as Backstory writes it: marks are ranges painted by
// `::highlight()` rules (marks.css), so the page's own tree is never touched. The names are a
// reading contract (README): `backstory` holds every mention, `backstory:<company id>` each company's
// mentions (never painted). The style the reader chose paints by registering the same highlight
// under a second, painted name; the hovered or focused mention and the popup's flash have their own.
import type { HighlightStyle } from '../../core/settings/settings';

export const ALL_MENTIONS = 'backstory';
export const ACTIVE_MENTION = 'backstory-active';
export const FLASHED_MENTION = 'backstory-flash';
export const companyHighlight = (companyId: string): string => `${ALL_MENTIONS}:${companyId}`;

/** The painted name per style; hidden until hover paints only the active mention. */
const PAINTED_AS: Record<HighlightStyle, string | undefined> = {
  dotted: 'backstory-dotted',
  underline: 'backstory-underline',
  background: 'backstory-background',
  'hover-only': undefined,
};

/** The parts of `Highlight` used here; never iterated (Firefox's content scripts cannot). */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  clear(): unknown;
  priority?: number;
}

/** The parts of `CSS.highlights` used here. `set()` is never chained: Firefox 140 returns undefined. */
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): unknown;
}

export interface HighlightApi {
  readonly registry: HighlightRegistryLike;
  create(): HighlightLike;
}

/** The browser's highlight API, or undefined where there is none (then nothing is painted). */
export function browserHighlightApi(): HighlightApi | undefined {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new () => HighlightLike }).Highlight;
  if (!registry || !HighlightClass) return undefined;
  return { registry, create: () => new HighlightClass() };
}

export class PageHighlights {
  private readonly all: HighlightLike;
  private readonly active: HighlightLike;
  private readonly flashed: HighlightLike;
  private readonly companies = new Map<string, HighlightLike>();
  private paintedAs: string | undefined;
  private activeRange: AbstractRange | undefined;

  constructor(private readonly api: HighlightApi) {
    this.all = api.create();
    this.active = api.create();
    this.flashed = api.create();
    // Drawn over the mention's own paint.
    this.active.priority = 1;
    this.flashed.priority = 2;
    api.registry.set(ALL_MENTIONS, this.all);
    api.registry.set(ACTIVE_MENTION, this.active);
    api.registry.set(FLASHED_MENTION, this.flashed);
  }

  add(range: AbstractRange, companyId: string): void {
    this.all.add(range);
    let company = this.companies.get(companyId);
    if (!company) {
      company = this.api.create();
      this.companies.set(companyId, company);
      this.api.registry.set(companyHighlight(companyId), company);
    }
    company.add(range);
  }

  delete(range: AbstractRange, companyId: string): void {
    this.all.delete(range);
    this.companies.get(companyId)?.delete(range);
    if (this.activeRange === range) this.setActive(undefined);
    this.flashed.delete(range);
  }

  /** A company with no mention left: its name leaves the registry too. */
  forgetCompany(companyId: string): void {
    if (!this.companies.delete(companyId)) return;
    this.api.registry.delete(companyHighlight(companyId));
  }

  setStyle(style: HighlightStyle): void {
    const name = PAINTED_AS[style];
    if (name === this.paintedAs) return;
    if (this.paintedAs !== undefined) this.api.registry.delete(this.paintedAs);
    this.paintedAs = name;
    if (name !== undefined) this.api.registry.set(name, this.all);
  }

  /** The mention under the pointer or the keyboard's focus (one at a time), or none. */
  setActive(range: AbstractRange | undefined): void {
    if (range === this.activeRange) return;
    this.active.clear();
    this.activeRange = range;
    if (range) this.active.add(range);
  }

  flash(range: AbstractRange): void {
    this.flashed.add(range);
  }

  unflash(range: AbstractRange): void {
    this.flashed.delete(range);
  }

  /** Takes every name Backstory registered off the page. */
  clear(): void {
    for (const name of [ALL_MENTIONS, ACTIVE_MENTION, FLASHED_MENTION, ...(this.paintedAs ? [this.paintedAs] : [])]) this.api.registry.delete(name);
    for (const companyId of this.companies.keys()) this.api.registry.delete(companyHighlight(companyId));
    this.companies.clear();
    this.all.clear();
    this.active.clear();
    this.flashed.clear();
    this.paintedAs = undefined;
    this.activeRange = undefined;
  }
}
