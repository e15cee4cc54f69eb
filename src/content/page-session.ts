// Backstory's life on one page: ask the background what to mark, mark it (as highlight ranges, the
// page's tree untouched), keep the marked companies' profiles at hand, and undo it all when the site
// is switched off. One AbortSignal per run ends every listener, observer and timer it started.
import { unpackAliases } from '../core/recognition/alias-wire';
import { compileMatcher } from '../core/recognition/matcher';
import { PageRecognizer } from '../core/recognition/recognizer';
import type { PageState } from '../shared/messages';
import { isPageEnabled, normalizeSite } from '../core/settings/site-rules';
import { parseSettings, type Settings } from '../core/settings/settings';
import { askBackground } from '../shared/messaging';
import { Annotator } from './marking/annotator';
import { MentionIndex } from './marking/mention-index';
import { browserHighlightApi, PageHighlights } from './marking/page-highlights';
import { revealMention } from './marking/reveal';
import { loadCardModule } from './card/card-module';
import { browserHitTestPlatform, MentionHitTester } from './card/hit-test';
import { HoverController } from './card/hover-controller';
import { ProfileCache } from './profile-cache';

/** What one run on the page holds; all of it goes when the run ends. */
interface Run {
  abort: AbortController;
  mentions: MentionIndex;
  annotator: Annotator;
  hover: HoverController;
  profiles: ProfileCache;
  settings: Settings;
  /** Building the dictionary and the hover machinery, before the first slice of marking. */
  setupMs: number;
  /** Asking the background for the page config and its alias list, until the answer arrived. */
  configMs: number;
}

export class PageSession {
  private run: Run | undefined;
  private starting = false;
  /** Bumped by stop(), so a start() that was waiting on the background gives up. */
  private generation = 0;
  private readonly site: string | undefined;
  private reportedCompanies = 0;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
  ) {
    this.site = normalizeSite(url);
  }

  async start(): Promise<void> {
    if (this.run || this.starting) return;
    const generation = this.generation;
    // The script runs as the page starts loading: what to mark is asked for while the page is
    // parsed, and marking starts once it is (before its first layout, on a fresh load).
    const viewAtTop = this.doc.readyState === 'loading' && isFreshLoad(this.doc);
    const asked = performance.now();
    this.starting = true;
    let config;
    try {
      [config] = await Promise.all([askBackground({ type: 'getPageConfig', url: this.url }), domReady(this.doc)]);
    } finally {
      this.starting = false;
    }
    const configMs = performance.now() - asked;
    if (!config.enabled || this.run || generation !== this.generation) return;
    const setupStarted = performance.now();
    const abort = new AbortController();
    const api = browserHighlightApi(this.doc);
    const mentions = new MentionIndex(api ? new PageHighlights(api) : undefined);
    mentions.setStyle(config.settings.highlight);
    const profiles = new ProfileCache();
    const hover = new HoverController(this.doc, mentions, profiles, {
      intentDelay: config.settings.hoverDelayMs,
      openProfile: (companyId) => void askBackground({ type: 'openProfile', companyId }).catch(() => undefined),
      loadCard: loadCardModule,
      hitTester: new MentionHitTester(mentions, browserHitTestPlatform(this.doc)),
      showHovered: config.settings.highlight === 'hover-only',
    });
    hover.attach(abort.signal);
    const annotator = new Annotator(this.doc, new PageRecognizer(compileMatcher(unpackAliases(config.aliases) ?? [])), mentions, {
      onMarks: () => this.marksChanged(),
    });
    abort.signal.addEventListener('abort', () => {
      annotator.stop();
      profiles.close();
    }, { once: true });
    this.run = { abort, mentions, annotator, hover, profiles, settings: config.settings, setupMs: performance.now() - setupStarted, configMs };
    annotator.start({ viewAtTop });
  }

  /** New marks (or marks the page took away): the badge, and the profiles cards will need. */
  private marksChanged(): void {
    const run = this.run;
    if (!run) return;
    this.reportCompanies(run.mentions.companyIds.size);
    void run.profiles.follow(() => run.mentions.companyIds);
  }

  /** The toolbar badge: how many companies this page mentions (only sent when it changes). */
  private reportCompanies(companies: number): void {
    if (companies === this.reportedCompanies) return;
    this.reportedCompanies = companies;
    askBackground({ type: 'reportMarks', companies }).catch(() => undefined);
  }

  /** The popup's "On this page": scroll to the company's first mention and flash it. */
  reveal(companyId: string): boolean {
    const run = this.run;
    return run !== undefined && revealMention(this.doc, run.mentions, companyId, run.abort.signal);
  }

  /** The keyboard command; false when nothing is marked (or Backstory is off here). */
  step(direction: 'next' | 'previous'): boolean {
    return this.run?.hover.step(direction) ?? false;
  }

  stop(): void {
    this.generation++;
    const run = this.run;
    if (!run) return;
    this.run = undefined;
    run.abort.abort();
    this.reportCompanies(0);
  }

  async restart(): Promise<void> {
    if (!this.run) return;
    this.stop();
    await this.start();
  }

  /** Settings changed in another part of the extension: follow them without a reload. */
  async applySettings(stored: unknown): Promise<void> {
    const settings = parseSettings(stored);
    if (!isPageEnabled(settings, this.url)) return this.stop();
    const run = this.run;
    if (!run) return this.start();
    const kindsChanged = settings.relationKinds.join() !== run.settings.relationKinds.join();
    run.settings = settings;
    run.mentions.setStyle(settings.highlight);
    run.hover.setShowHovered(settings.highlight === 'hover-only');
    run.hover.setIntentDelay(settings.hoverDelayMs);
    if (kindsChanged) await run.profiles.refresh();
  }

  state(): PageState {
    const run = this.run;
    if (!run) return { site: this.site, enabled: false, counts: {}, names: {} };
    const counts = run.mentions.counts();
    const names: Record<string, string> = {};
    for (const id of Object.keys(counts)) {
      const name = run.profiles.get(id)?.company.name;
      if (name !== undefined) names[id] = name;
    }
    return { site: this.site, enabled: true, counts, names, stats: { ...run.annotator.stats, setupMs: run.setupMs, configMs: run.configMs, hitTestMs: [...run.hover.hitTestMs] } };
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
