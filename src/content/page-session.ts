// Backstory's life on one page: ask the background what to mark, mark it, fetch every marked
// company's profile in one message (so a card never waits), and undo it all when the site is
// switched off.
import type { CompanyProfile } from '../core/company-profile';
import { compileMatcher } from '../core/matcher';
import type { PageState } from '../core/messages';
import { isSiteEnabled, normalizeSite } from '../core/site-rules';
import { parseSettings } from '../core/settings';
import { askBackground } from '../shared/messaging';
import { annotate, countMarks, removeMarks } from './annotate';
import { HoverController } from './hover-controller';

export class PageSession {
  private active = false;
  /** Bumped by stop(), so a start() that was waiting on the background gives up. */
  private generation = 0;
  private hover: HoverController | undefined;
  private profiles = new Map<string, CompanyProfile>();
  private onPage = new Set<string>();
  private loadProblem = 'Backstory is still loading this company.';
  private readonly site: string | undefined;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
  ) {
    this.site = normalizeSite(url);
  }

  async start(): Promise<void> {
    const generation = this.generation;
    const config = await askBackground({ type: 'getPageConfig', url: this.url });
    if (!config.enabled || this.active || generation !== this.generation) return;
    this.active = true;
    annotate(this.doc.body, compileMatcher(config.aliases));
    this.onPage = new Set(Object.keys(countMarks(this.doc.body)));
    this.hover = new HoverController(this.doc, {
      profile: (id) => this.profiles.get(id),
      onPageIds: () => this.onPage,
      problem: () => this.loadProblem,
    });
    this.hover.attach();
    try {
      const { profiles } = await askBackground({ type: 'getProfiles', ids: [...this.onPage] });
      if (generation !== this.generation) return;
      this.profiles = new Map(profiles.map((profile) => [profile.company.id, profile]));
      this.loadProblem = 'Backstory has no details for this company.';
    } catch (error) {
      this.loadProblem = `Backstory could not load its data: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  stop(): void {
    this.generation++;
    if (!this.active) return;
    this.active = false;
    this.hover?.detach();
    this.hover = undefined;
    removeMarks(this.doc.body);
    this.onPage = new Set();
  }

  async restart(): Promise<void> {
    if (!this.active) return;
    this.stop();
    await this.start();
  }

  /** Settings changed in another part of the extension: follow them without a reload. */
  async applySettings(stored: unknown): Promise<void> {
    const enabled = this.site === undefined || isSiteEnabled(parseSettings(stored).disabledSites, this.site);
    if (enabled) await this.start();
    else this.stop();
  }

  state(): PageState {
    return { site: this.site, enabled: this.active, counts: countMarks(this.doc.body) };
  }
}
