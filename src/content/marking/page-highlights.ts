// The page's CSS highlight registry, as Backstory writes it: marks are ranges painted by a
// `::highlight()` rule (marks.css), so the page's own tree is never touched. The names are a
// reading contract (README): `backstory` holds every mention, `backstory:<company id>` each
// company's (never painted); `backstory-flash` is the popup's flash while it lasts.
//
// Chromium rebuilds its markers for every range of every registered highlight whenever any of
// them changes (about 6 µs a range, on the next hit-test or frame): ranges therefore go in
// batches (flush()), and nothing that changes often (the hovered mention) is a highlight. A large
// batch is built in highlights not yet registered, over as many slices as it takes, and swapped
// in at once: adding tens of thousands of ranges is itself longer than a slice may be.
import type { HighlightStyle } from '../../core/settings/settings';

export const ALL_MENTIONS = 'backstory';
export const FLASHED_MENTION = 'backstory-flash';
export const companyHighlight = (companyId: string): string => `${ALL_MENTIONS}:${companyId}`;

/**
 * How each style paints `backstory`, over the dotted default in marks.css: adopted as a
 * stylesheet of the document (not an element), so no node of the page changes. Important, because
 * Firefox orders an extension's content CSS after the document's own sheets.
 */
const STYLE_RULES: Record<HighlightStyle, string | undefined> = {
  dotted: undefined,
  underline: '::highlight(backstory) { text-decoration-style: solid !important; }',
  background: '::highlight(backstory) { text-decoration-line: none !important; background-color: rgba(255, 214, 102, 0.4) !important; }',
  'hover-only': '::highlight(backstory) { text-decoration-line: none !important; }',
};

/** The parts of `Highlight` used here; never iterated (Firefox's content scripts cannot). */
export interface HighlightLike {
  readonly size: number;
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  clear(): unknown;
}

/** The parts of `CSS.highlights` used here. `set()` is never chained: Firefox 140 returns undefined. */
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): unknown;
}

export interface HighlightApi {
  readonly registry: HighlightRegistryLike;
  create(): HighlightLike;
  /** Puts the style's rule in force (undefined: the default in marks.css). */
  useStyleRule?(rule: string | undefined): void;
}

/** The browser's highlight API, or undefined where there is none (then nothing is painted). */
export function browserHighlightApi(doc: Document): HighlightApi | undefined {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new () => HighlightLike }).Highlight;
  if (!registry || !HighlightClass) return undefined;
  let sheet: CSSStyleSheet | undefined;
  return {
    registry,
    create: () => new HighlightClass(),
    useStyleRule: (rule) => {
      try {
        if (rule === undefined) {
          if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
          sheet = undefined;
          return;
        }
        if (!sheet) {
          sheet = new CSSStyleSheet();
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
        }
        // One rule, put in as a rule (never as markup or a stylesheet's text).
        while (sheet.cssRules.length > 0) sheet.deleteRule(0);
        sheet.insertRule(rule);
      } catch {
        // A browser or page that refuses adopted sheets keeps the default style.
      }
    },
  };
}

/** Up to this many new ranges go straight into the registered highlights (a few ms). */
const DIRECT_LIMIT = 4000;


/** A mark as the registry needs it. */
export interface Registered {
  readonly range: AbstractRange;
  readonly companyId: string;
}

/** Highlights being filled off the registry, to be swapped in when full. */
interface Building {
  source: readonly Registered[];
  next: number;
  all: HighlightLike;
  companies: Map<string, HighlightLike>;
}

export class PageHighlights {
  private all: HighlightLike;
  private companies = new Map<string, HighlightLike>();
  private readonly adding: [AbstractRange, string][] = [];
  private readonly removing: [AbstractRange, string][] = [];
  private readonly forgetting = new Set<string>();
  private flashed: HighlightLike | undefined;
  private style: HighlightStyle | undefined;
  private building: Building | undefined;

  constructor(
    private readonly api: HighlightApi,
    private readonly directLimit = DIRECT_LIMIT,
  ) {
    this.all = api.create();
    api.registry.set(ALL_MENTIONS, this.all);
  }

  /** Ranges waiting for the next flush. */
  get pending(): number {
    return this.adding.length + this.removing.length + this.forgetting.size + (this.building ? 1 : 0);
  }

  add(range: AbstractRange, companyId: string): void {
    this.adding.push([range, companyId]);
  }

  delete(range: AbstractRange, companyId: string): void {
    this.removing.push([range, companyId]);
    if (this.flashed) this.flashed.delete(range);
  }

  /** A company with no mention left: its name leaves the registry at the next flush. */
  forgetCompany(companyId: string): void {
    this.forgetting.add(companyId);
  }

  /**
   * Everything added and removed since the last flush reaches the registry, in one change. A large
   * batch is rebuilt from `current` (every mark now) in steps until `outOfTime()`; true when done.
   */
  flush(current: () => readonly Registered[], outOfTime: () => boolean = () => false): boolean {
    if (!this.building && this.adding.length <= this.directLimit) {
      this.flushDirectly();
      return true;
    }
    if (!this.building) {
      // Removals so far are not in `current`; those after this point are applied before the swap.
      this.building = { source: [...current()], next: 0, all: this.api.create(), companies: new Map() };
      this.adding.length = 0;
      this.removing.length = 0;
    }
    const building = this.building;
    while (building.next < building.source.length) {
      const { range, companyId } = building.source[building.next++]!;
      building.all.add(range);
      let company = building.companies.get(companyId);
      if (!company) building.companies.set(companyId, (company = this.api.create()));
      company.add(range);
      if (building.next % 128 === 0 && outOfTime()) return false;
    }
    this.swapIn(building);
    return true;
  }

  private swapIn(building: Building): void {
    this.building = undefined;
    for (const [range, companyId] of this.removing) {
      building.all.delete(range);
      building.companies.get(companyId)?.delete(range);
    }
    this.removing.length = 0;
    for (const companyId of this.forgetting) if (building.companies.get(companyId)?.size === 0) building.companies.delete(companyId);
    this.forgetting.clear();
    for (const [range, companyId] of this.adding) {
      building.all.add(range);
      let company = building.companies.get(companyId);
      if (!company) building.companies.set(companyId, (company = this.api.create()));
      company.add(range);
    }
    this.adding.length = 0;
    this.api.registry.set(ALL_MENTIONS, building.all);
    for (const companyId of this.companies.keys()) if (!building.companies.has(companyId)) this.api.registry.delete(companyHighlight(companyId));
    for (const [companyId, company] of building.companies) this.api.registry.set(companyHighlight(companyId), company);
    this.all = building.all;
    this.companies = building.companies;
  }

  private flushDirectly(): void {
    for (const [range, companyId] of this.removing) {
      this.all.delete(range);
      this.companies.get(companyId)?.delete(range);
    }
    this.removing.length = 0;
    for (const [range, companyId] of this.adding) {
      this.all.add(range);
      let company = this.companies.get(companyId);
      if (!company) {
        company = this.api.create();
        this.companies.set(companyId, company);
        this.forgetting.delete(companyId);
        this.api.registry.set(companyHighlight(companyId), company);
      }
      company.add(range);
    }
    this.adding.length = 0;
    for (const companyId of this.forgetting) {
      if (!this.companies.delete(companyId)) continue;
      this.api.registry.delete(companyHighlight(companyId));
    }
    this.forgetting.clear();
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.style = style;
    this.api.useStyleRule?.(STYLE_RULES[style]);
  }

  /** The popup's flash: registered only while it lasts (it is rare; every change costs a rebuild). */
  flash(range: AbstractRange): () => void {
    if (!this.flashed) {
      this.flashed = this.api.create();
      this.api.registry.set(FLASHED_MENTION, this.flashed);
    }
    const flashed = this.flashed;
    flashed.add(range);
    return () => {
      if (this.flashed !== flashed) return;
      this.api.registry.delete(FLASHED_MENTION);
      this.flashed = undefined;
    };
  }

  /** Takes every name Backstory registered off the page, and its style. */
  clear(): void {
    this.api.registry.delete(ALL_MENTIONS);
    if (this.flashed) this.api.registry.delete(FLASHED_MENTION);
    for (const companyId of this.companies.keys()) this.api.registry.delete(companyHighlight(companyId));
    this.companies.clear();
    this.all.clear();
    this.flashed = undefined;
    this.building = undefined;
    this.adding.length = 0;
    this.removing.length = 0;
    this.forgetting.clear();
    if (this.style !== undefined) this.api.useStyleRule?.(undefined);
    this.style = undefined;
  }
}
