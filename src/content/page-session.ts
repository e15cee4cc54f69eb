// Backstory's life on one page: ask the background what to mark, mark it, fetch every marked
// company's profile in one message (so a card never waits), and undo it all when the site is
// switched off.
import browser from 'webextension-polyfill';
import type { CompanyProfile } from '../core/display/company-profile';
import { unpackAliases } from '../core/recognition/alias-wire';
import { compileMatcher } from '../core/recognition/matcher';
import { PageRecognizer } from '../core/recognition/recognizer';
import type { PageState } from '../shared/messages';
import { isPageEnabled, normalizeSite } from '../core/settings/site-rules';
import { defaultSettings, parseSettings, type Settings } from '../core/settings/settings';
import { withRelationKinds } from '../core/display/company-profile';
import { HIGHLIGHT_ATTRIBUTE } from './marking/dom-rules';
import { revealMark } from './marking/reveal';
import { askBackground } from '../shared/messaging';
import { Annotator } from './marking/annotator';
import { countMarks } from './marking/dom-rules';
import { HoverController } from './card/hover-controller';

export class PageSession {
  private active = false;
  /** Bumped by stop(), so a start() that was waiting on the background gives up. */
  private generation = 0;
  private hover: HoverController | undefined;
  private annotator: Annotator | undefined;
  private profiles = new Map<string, CompanyProfile>();
  private readonly requested = new Set<string>();
  private loading = false;
  private loadAgain = false;
  private onPage = new Set<string>();
  private loadProblem = 'Backstory is still loading this company.';
  private readonly site: string | undefined;
  private settings: Settings = defaultSettings();
  private reportedCompanies = 0;
  /** Building the dictionary and the hover machinery, before the first slice of marking. */
  private setupMs: number | undefined;
  /** Asking the background for the page config and its alias list, until the answer arrived. */
  private configMs: number | undefined;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
  ) {
    this.site = normalizeSite(url);
  }

  async start(): Promise<void> {
    const generation = this.generation;
    // The script runs as the page starts loading: what to mark is asked for while the page is
    // parsed, and marking starts once it is (before its first layout, on a fresh load).
    const viewAtTop = this.doc.readyState === 'loading' && isFreshLoad(this.doc);
    const asked = performance.now();
    const configured = askBackground({ type: 'getPageConfig', url: this.url }).then((answer) => {
      this.configMs = performance.now() - asked;
      return answer;
    });
    const [config] = await Promise.all([configured, domReady(this.doc)]);
    if (!config.enabled || this.active || generation !== this.generation) return;
    this.active = true;
    const setupStarted = performance.now();
    this.useSettings(config.settings);
    this.hover = new HoverController(
      this.doc,
      {
        get: (id) => this.visible(this.profiles.get(id)),
        load: async (id) => this.visible(await this.loadProfile(id)),
        onPageIds: () => this.onPage,
        problem: () => this.loadProblem,
      },
      {
        intentDelay: config.settings.hoverDelayMs,
        openProfile: (companyId) => void askBackground({ type: 'openProfile', companyId }).catch(() => undefined),
        loadCard: () => import(/* @vite-ignore */ browser.runtime.getURL(config.cardModule)) as Promise<typeof import('./card/card-host')>,
      },
    );
    this.hover.attach();
    const annotator = new Annotator(this.doc, new PageRecognizer(compileMatcher(unpackAliases(config.aliases) ?? [])), {
      onMarks: () => void this.loadProfiles(generation),
    });
    this.annotator = annotator;
    this.setupMs = performance.now() - setupStarted;
    annotator.start({ viewAtTop });
  }

  /**
   * Fetches, in one message, the profiles of marked companies not fetched yet, so that opening a
   * card never waits on the service worker.
   */
  private async loadProfiles(generation: number): Promise<void> {
    // One request at a time; marks found meanwhile are fetched right after it, together.
    if (this.loading) {
      this.loadAgain = true;
      return;
    }
    this.loading = true;
    try {
      await this.fetchMissingProfiles(generation);
    } finally {
      this.loading = false;
    }
    if (this.loadAgain) {
      this.loadAgain = false;
      await this.loadProfiles(generation);
    }
  }

  private async fetchMissingProfiles(generation: number): Promise<void> {
    // The annotator keeps the tally: no query of the whole page after every slice of marking.
    const onPage = [...(this.annotator?.markedCompanyIds ?? [])];
    this.onPage = new Set(onPage);
    this.reportCompanies(onPage.length);
    const missing = onPage.filter((id) => !this.profiles.has(id) && !this.requested.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.requested.add(id);
    try {
      const { profiles } = await askBackground({ type: 'getProfiles', ids: missing });
      if (generation !== this.generation) return;
      for (const profile of profiles) this.profiles.set(profile.company.id, profile);
      this.loadProblem = 'Backstory has no details for this company.';
    } catch (error) {
      for (const id of missing) this.requested.delete(id);
      this.loadProblem = `Backstory could not load its data: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** A company the card moves to that is not on the page: asked for when needed, then kept. */
  private async loadProfile(id: string): Promise<CompanyProfile | undefined> {
    const generation = this.generation;
    const { profiles } = await askBackground({ type: 'getProfiles', ids: [id] });
    const profile = profiles[0];
    if (profile && generation === this.generation) this.profiles.set(id, profile);
    return profile;
  }

  /** The relation kinds the reader chose to see. */
  private visible(profile: CompanyProfile | undefined): CompanyProfile | undefined {
    return profile && withRelationKinds(profile, this.settings.relationKinds);
  }

  private useSettings(settings: Settings): void {
    this.settings = settings;
    this.doc.documentElement.setAttribute(HIGHLIGHT_ATTRIBUTE, settings.highlight);
    this.hover?.setIntentDelay(settings.hoverDelayMs);
  }

  /** The toolbar badge: how many companies this page mentions (only sent when it changes). */
  private reportCompanies(companies: number): void {
    if (companies === this.reportedCompanies) return;
    this.reportedCompanies = companies;
    askBackground({ type: 'reportMarks', companies }).catch(() => undefined);
  }

  /** The popup's "On this page": scroll to the company's first mention and flash it. */
  reveal(companyId: string): boolean {
    return this.active && revealMark(this.doc, companyId);
  }

  /** The keyboard command; false when nothing is marked (or Backstory is off here). */
  step(direction: 'next' | 'previous'): boolean {
    return this.hover?.step(direction) ?? false;
  }

  stop(): void {
    this.generation++;
    if (!this.active) return;
    this.active = false;
    this.hover?.detach();
    this.hover = undefined;
    this.annotator?.stop();
    this.annotator = undefined;
    this.onPage = new Set();
    this.profiles.clear();
    this.requested.clear();
    this.doc.documentElement.removeAttribute(HIGHLIGHT_ATTRIBUTE);
    this.reportCompanies(0);
  }

  async restart(): Promise<void> {
    if (!this.active) return;
    this.stop();
    await this.start();
  }

  /** Settings changed in another part of the extension: follow them without a reload. */
  async applySettings(stored: unknown): Promise<void> {
    const settings = parseSettings(stored);
    if (!isPageEnabled(settings, this.url)) return this.stop();
    if (this.active) this.useSettings(settings);
    await this.start();
  }

  state(): PageState {
    const counts = countMarks(this.doc.body ?? this.doc.documentElement);
    const names: Record<string, string> = {};
    for (const id of Object.keys(counts)) {
      const name = this.profiles.get(id)?.company.name;
      if (name !== undefined) names[id] = name;
    }
    return { site: this.site, enabled: this.active, counts, names, ...(this.annotator ? { stats: { ...this.annotator.stats, setupMs: this.setupMs ?? 0, configMs: this.configMs ?? 0 } } : {}) };
  }
}

/** Resolves once the document is parsed: at once if it is, else at DOMContentLoaded. */
function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * A page opened afresh (not restored from history, not reloaded, no #fragment) shows its top when
 * it is parsed: no need to ask where the view is, which would force a layout of the whole page.
 */
function isFreshLoad(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || view.location.hash !== '') return false;
  const navigation = view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation?.type === 'navigate';
}
