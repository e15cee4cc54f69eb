// The profiles of the companies marked on a page, fetched in one message as marks appear, so that
// opening a card never waits on the service worker. The background has already kept only the
// relation kinds the reader chose to see.
import type { CompanyProfile } from '../core/display/company-profile';
import { askBackground } from '../shared/messaging';
import type { CardProfiles } from './card/card';

export class ProfileCache implements CardProfiles {
  private readonly profiles = new Map<string, CompanyProfile>();
  private readonly requested = new Set<string>();
  private onPage: ReadonlySet<string> = new Set();
  private loading = false;
  private loadAgain = false;
  private closed = false;
  private loadProblem = 'Backstory is still loading this company.';
  private wanted: () => ReadonlySet<string> = () => new Set();

  get(companyId: string): CompanyProfile | undefined {
    return this.profiles.get(companyId);
  }

  /** A company the card moves to that is not on the page: asked for when needed, then kept. */
  async load(companyId: string): Promise<CompanyProfile | undefined> {
    const { profiles } = await askBackground({ type: 'getProfiles', ids: [companyId], kinds: 'chosen' });
    const profile = profiles[0];
    if (profile && !this.closed) this.profiles.set(companyId, profile);
    return profile;
  }

  problem(): string {
    return this.loadProblem;
  }

  onPageIds(): ReadonlySet<string> {
    return this.onPage;
  }

  /** Fetches what `companies()` names and is not fetched yet; one request at a time. */
  async follow(companies: () => ReadonlySet<string>): Promise<void> {
    this.wanted = companies;
    // Marks found while a request is out are fetched right after it, together.
    if (this.loading) {
      this.loadAgain = true;
      return;
    }
    this.loading = true;
    try {
      await this.fetchMissing();
    } finally {
      this.loading = false;
    }
    if (this.loadAgain) {
      this.loadAgain = false;
      await this.follow(this.wanted);
    }
  }

  /** The reader chose other relation kinds: every profile is fetched again. */
  async refresh(): Promise<void> {
    this.profiles.clear();
    this.requested.clear();
    await this.follow(this.wanted);
  }

  /** The page session ended: answers still on their way are dropped. */
  close(): void {
    this.closed = true;
    this.profiles.clear();
    this.requested.clear();
  }

  private async fetchMissing(): Promise<void> {
    this.onPage = new Set(this.wanted());
    const missing = [...this.onPage].filter((id) => !this.profiles.has(id) && !this.requested.has(id));
    if (missing.length === 0 || this.closed) return;
    for (const id of missing) this.requested.add(id);
    try {
      const { profiles } = await askBackground({ type: 'getProfiles', ids: missing, kinds: 'chosen' });
      if (this.closed) return;
      for (const profile of profiles) this.profiles.set(profile.company.id, profile);
      this.loadProblem = 'Backstory has no details for this company.';
    } catch (error) {
      for (const id of missing) this.requested.delete(id);
      this.loadProblem = `Backstory could not load its data: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
