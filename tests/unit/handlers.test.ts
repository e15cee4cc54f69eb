import { NO_ALIASES, unpackAliases } from '../../src/core/recognition/alias-wire';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, dispatch } from '../../src/background/handlers';
import { aliasEntries } from '../../src/core/recognition/alias-entries';
import type { Company, Relation } from '../../src/core/dataset/dataset-schema';
import { HandlerError } from '../../src/shared/message-receiver';
import { defaultSettings, type Settings } from '../../src/core/settings/settings';
import { BackstoryDb } from '../../src/store/db';
import { importDataset, setDatasetEnabled } from '../../src/store/import-dataset';
import { makeDataset, source } from './fixture-dataset';

let n = 0;
const opened: BackstoryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function setup(disabledSites: string[] = []) {
  const db = new BackstoryDb(`handlers-test-${++n}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  await importDataset(db, { id: 'bundled', name: 'Backstory', origin: 'bundled', version: 'v1', enabled: true }, makeDataset());
  let stored: Settings = { ...defaultSettings(), offSites: disabledSites.map((host) => ({ host, subdomains: true })) };
  const writeSettings = vi.fn(async (settings: Settings) => {
    stored = settings;
  });
  const ready = vi.fn(async () => {});
  const openTab = vi.fn(async (_path: string) => {});
  const logos = vi.fn(async () => ({ meta: { path: 'M0 0h24v24H0z', hex: '0467DF' } }));
  const setBadge = vi.fn(async (_tabId: number, _text: string) => {});
  const handlers = createHandlers({ db, ready, readSettings: async () => stored, writeSettings, openTab, logos, setBadge });
  return { db, handlers, writeSettings, ready, openTab, logos, setBadge, stored: () => stored };
}

/** A reader's dataset: one invented company and its deal with Meta (a bundled company). */
const quill: Company = {
  id: 'quill-data',
  name: 'Quill Data',
  aliases: [{ text: 'Quill Data', caseSensitive: true, ambiguous: false }],
  kind: 'private',
  description: 'An invented data vendor.',
};
const quillSuppliesMeta: Relation = {
  id: 'quill-data-supplies-meta',
  kind: 'vendor',
  parties: [{ companyId: 'quill-data', role: 'supplier' }, { companyId: 'meta', role: 'customer' }],
  status: 'reported',
  announced: '2025-07',
  summary: 'Quill Data is said to supply Meta (an invented fact).',
  sources: [source('quill-meta', '2025-07-03')],
};

async function withReaderDataset(db: BackstoryDb): Promise<void> {
  await importDataset(db, { id: 'user-quill', name: 'My notes', origin: 'user', version: 'u1', enabled: true }, {
    companies: [quill],
    relations: [quillSuppliesMeta],
  });
}

describe('getProfiles', () => {
  it('keeps only the relation kinds the reader chose, for cards and the popup, and all of them for the profile', async () => {
    const { handlers, writeSettings, stored } = await setup();
    await writeSettings({ ...stored(), relationKinds: ['acquisition'] });
    const chosen = await handlers.getProfiles({ type: 'getProfiles', ids: ['scale-ai'], kinds: 'chosen' });
    const all = await handlers.getProfiles({ type: 'getProfiles', ids: ['scale-ai'] });
    expect(all.profiles[0]!.relations.length).toBeGreaterThan(0);
    expect(chosen.profiles[0]!.relations.every((relation) => relation.kind === 'acquisition')).toBe(true);
    expect(chosen.profiles[0]!.relations.length).toBeLessThan(all.profiles[0]!.relations.length);
  });

  it('returns each relation once, even when both parties are asked for', async () => {
    const { handlers } = await setup();
    const { profiles } = await handlers.getProfiles({ type: 'getProfiles', ids: ['meta', 'scale-ai'] });
    expect(profiles.map((p) => p.company.id)).toEqual(['meta', 'scale-ai']);
    expect(profiles[0]?.relations.map((r) => r.id)).toEqual(['meta-scale-ai']);
    expect(profiles[1]?.relations.map((r) => r.id).sort()).toEqual([
      'google-scale-ai', 'meta-scale-ai', 'nestle-scale-ai', 'openai-scale-ai',
    ]);
  });

  it('returns relations as in the dataset, with their dataset and without the stored partyIds', async () => {
    const { handlers } = await setup();
    const { profiles } = await handlers.getProfiles({ type: 'getProfiles', ids: ['meta'] });
    expect(profiles).toEqual([{
      company: makeDataset().companies[0],
      relations: [{ ...makeDataset().relations[0], datasetId: 'bundled' }],
      names: { meta: 'Meta', 'scale-ai': 'Scale AI' },
      datasetNames: { bundled: 'Backstory' },
      logo: { path: 'M0 0h24v24H0z', hex: '0467DF' },
    }]);
  });

  it('names every counterpart and the parent company', async () => {
    const { handlers } = await setup();
    const { profiles } = await handlers.getProfiles({ type: 'getProfiles', ids: ['scale-ai', 'google'] });
    expect(profiles[0]?.names).toEqual({
      'scale-ai': 'Scale AI', meta: 'Meta', google: 'Google', openai: 'OpenAI', nestle: 'Nestlé', alphabet: 'Alphabet',
    });
    expect(profiles[1]?.names).toEqual(profiles[0]?.names);
  });

  it('skips unknown ids and duplicates', async () => {
    const { handlers } = await setup();
    const { profiles } = await handlers.getProfiles({ type: 'getProfiles', ids: ['nope', 'alphabet', 'alphabet'] });
    expect(profiles).toEqual([{ company: makeDataset().companies[3], relations: [], names: { alphabet: 'Alphabet' }, datasetNames: { bundled: 'Backstory' } }]);
    await expect(handlers.getProfiles({ type: 'getProfiles', ids: [] })).resolves.toEqual({ profiles: [] });
  });

  it('includes a reader’s facts, names their companies and their dataset', async () => {
    const { db, handlers } = await setup();
    await withReaderDataset(db);
    const { profiles } = await handlers.getProfiles({ type: 'getProfiles', ids: ['meta'] });
    expect(profiles[0]?.relations.map((r) => [r.id, r.datasetId]).sort()).toEqual([
      ['meta-scale-ai', 'bundled'],
      ['quill-data-supplies-meta', 'user-quill'],
    ]);
    expect(profiles[0]?.names).toEqual({ meta: 'Meta', 'scale-ai': 'Scale AI', 'quill-data': 'Quill Data' });
    expect(profiles[0]?.datasetNames).toEqual({ bundled: 'Backstory', 'user-quill': 'My notes' });
    const quillProfile = (await handlers.getProfiles({ type: 'getProfiles', ids: ['quill-data'] })).profiles;
    expect(quillProfile.map((p) => [p.company, p.relations])).toEqual([[quill, [{ ...quillSuppliesMeta, datasetId: 'user-quill' }]]]);
  });

  it('leaves out relations and companies of a disabled dataset', async () => {
    const { db, handlers } = await setup();
    await withReaderDataset(db);
    await setDatasetEnabled(db, 'user-quill', false);
    const { profiles } = await handlers.getProfiles({ type: 'getProfiles', ids: ['meta', 'quill-data'] });
    expect(profiles.map((p) => p.company.id)).toEqual(['meta']);
    expect(profiles[0]?.relations.map((r) => r.id)).toEqual(['meta-scale-ai']);
    expect(profiles[0]?.names).toEqual({ meta: 'Meta', 'scale-ai': 'Scale AI' });

    await setDatasetEnabled(db, 'bundled', false);
    await setDatasetEnabled(db, 'user-quill', true);
    const onlyReader = await handlers.getProfiles({ type: 'getProfiles', ids: ['meta', 'quill-data'] });
    // Meta itself is bundled, so only the reader's company has a profile now.
    expect(onlyReader.profiles.map((p) => [p.company.id, p.relations.map((r) => r.id)])).toEqual([['quill-data', ['quill-data-supplies-meta']]]);
    expect(onlyReader.profiles[0]?.names).toEqual({ 'quill-data': 'Quill Data' });
  });
});

describe('getPageConfig', () => {
  it('gives the aliases, former names included, on an enabled site', async () => {
    const { handlers, ready } = await setup(['other.org']);
    const config = await handlers.getPageConfig({ type: 'getPageConfig', url: 'https://www.news.example.com/story' });
    expect(ready).toHaveBeenCalled();
    expect(config.enabled).toBe(true);
    expect(config.site).toBe('news.example.com');
    const aliases = unpackAliases(config.aliases)!;
    // Stored companies come back in id order, so compare without order.
    const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text);
    expect([...aliases].sort(byText)).toEqual(aliasEntries(makeDataset().companies).sort(byText));
    const names = aliases.filter((alias) => alias.role !== 'ticker');
    expect(names).toHaveLength(8);
    // Tickers come along as evidence only.
    expect(aliases.filter((alias) => alias.role === 'ticker').map((alias) => alias.text).sort()).toEqual(
      makeDataset().companies.flatMap((company) => (company.tickers ?? []).map((t) => t.symbol)).sort(),
    );
    expect(aliases).toContainEqual({ text: 'Facebook', caseSensitive: true, companyId: 'meta' });
    expect(aliases).toContainEqual({ text: 'Scale AI', caseSensitive: true, companyId: 'scale-ai' });
  });

  it('includes the aliases of enabled datasets only', async () => {
    const { db, handlers } = await setup();
    await withReaderDataset(db);
    const url = 'https://news.example.com/story';
    const quillAlias = { text: 'Quill Data', caseSensitive: true, companyId: 'quill-data' };
    const withReader = await handlers.getPageConfig({ type: 'getPageConfig', url });
    const nameCount = (aliases: { role?: string }[]) => aliases.filter((alias) => alias.role !== 'ticker').length;
    expect(nameCount(unpackAliases(withReader.aliases)!)).toBe(9);
    expect(unpackAliases(withReader.aliases)).toContainEqual(quillAlias);
    await setDatasetEnabled(db, 'user-quill', false);
    const without = await handlers.getPageConfig({ type: 'getPageConfig', url });
    expect(nameCount(unpackAliases(without.aliases)!)).toBe(8);
    expect(unpackAliases(without.aliases)).not.toContainEqual(quillAlias);
  });

  it('is disabled with no aliases on a disabled site and its subdomains', async () => {
    const { handlers } = await setup(['example.com']);
    for (const url of ['https://example.com/', 'https://www.example.com/a', 'https://news.example.com/b']) {
      const config = await handlers.getPageConfig({ type: 'getPageConfig', url });
      expect(config, url).toMatchObject({ enabled: false, site: expect.stringMatching(/example\.com$/), aliases: NO_ALIASES });
    }
    const lookalike = await handlers.getPageConfig({ type: 'getPageConfig', url: 'https://notexample.com/' });
    expect(lookalike.enabled).toBe(true);
  });

  it('runs on local files but not on other non-web pages', async () => {
    const { handlers } = await setup();
    const file = await handlers.getPageConfig({ type: 'getPageConfig', url: 'file:///home/reader/story.html' });
    expect([file.enabled, file.site, file.aliases.texts.length > 0]).toEqual([true, undefined, true]);
    for (const url of ['chrome://extensions', 'about:blank', 'javascript:alert(1)']) {
      await expect(handlers.getPageConfig({ type: 'getPageConfig', url })).resolves.toMatchObject({ enabled: false, site: undefined, aliases: NO_ALIASES });
    }
  });
});

describe('search', () => {
  it('searches the stored companies', async () => {
    const { handlers } = await setup();
    const { results } = await handlers.search({ type: 'search', query: 'facebook' });
    expect(results.map((r) => [r.id, r.matched])).toEqual([['meta', 'Facebook']]);
  });

  it('finds a reader’s company only while its dataset is enabled', async () => {
    const { db, handlers } = await setup();
    await withReaderDataset(db);
    expect((await handlers.search({ type: 'search', query: 'quill' })).results).toEqual([
      { id: 'quill-data', name: 'Quill Data', description: 'An invented data vendor.' },
    ]);
    await setDatasetEnabled(db, 'user-quill', false);
    expect((await handlers.search({ type: 'search', query: 'quill' })).results).toEqual([]);
  });
});

describe('settings', () => {
  it('disables and enables a site by its normalised name', async () => {
    const { handlers, stored } = await setup(['b.org']);
    const hosts = (settings: Settings) => settings.offSites.map((rule) => rule.host);
    const off = await handlers.setSiteEnabled({ type: 'setSiteEnabled', site: 'https://www.Example.com/x', enabled: false });
    expect(hosts(off)).toEqual(['b.org', 'example.com']);
    expect(hosts(stored())).toEqual(['b.org', 'example.com']);
    await handlers.setSiteEnabled({ type: 'setSiteEnabled', site: 'example.com', enabled: true });
    expect(hosts(await handlers.getSettings({ type: 'getSettings' }))).toEqual(['b.org']);
  });

  it('rejects what is not a website address with bad-input and writes nothing', async () => {
    const { handlers, writeSettings, stored } = await setup(['b.org']);
    for (const site of ['javascript:alert(1)', '', 'not a host!', 'file:///etc']) {
      const attempt = handlers.setSiteEnabled({ type: 'setSiteEnabled', site, enabled: false });
      await expect(attempt).rejects.toBeInstanceOf(HandlerError);
      await expect(attempt).rejects.toMatchObject({ code: 'bad-input' });
    }
    expect(writeSettings).not.toHaveBeenCalled();
    expect(stored().offSites).toEqual([{ host: 'b.org', subdomains: true }]);
  });
});

describe('saving settings and opening profiles', () => {
  it('saves settings the schema accepted', async () => {
    const { handlers, stored } = await setup();
    const settings = { ...defaultSettings(), hoverDelayMs: 900, paused: true };
    await expect(handlers.saveSettings({ type: 'saveSettings', settings })).resolves.toEqual(settings);
    expect(stored()).toEqual(settings);
  });

  it('opens the profile page of a company in a new tab, its id escaped', async () => {
    const { handlers, openTab } = await setup();
    await handlers.openProfile({ type: 'openProfile', companyId: 'scale-ai' });
    await handlers.openProfile({ type: 'openProfile', companyId: 'a&b=c' });
    expect(openTab.mock.calls.map(([path]) => path)).toEqual(['profile.html?company=scale-ai', 'profile.html?company=a%26b%3Dc']);
  });

  it('adds a brand mark to the profiles that have one, and still answers when the marks cannot be read', async () => {
    const { handlers, logos } = await setup();
    const { profiles } = await handlers.getProfiles({ type: 'getProfiles', ids: ['meta', 'openai'] });
    expect(profiles.find((p) => p.company.id === 'meta')?.logo).toEqual({ path: 'M0 0h24v24H0z', hex: '0467DF' });
    expect(profiles.find((p) => p.company.id === 'openai')).not.toHaveProperty('logo');
    logos.mockRejectedValueOnce(new Error('no file'));
    const again = await handlers.getProfiles({ type: 'getProfiles', ids: ['meta'] });
    expect(again.profiles[0]).not.toHaveProperty('logo');
  });
});

describe('the toolbar badge', () => {
  it('shows how many companies the sending tab mentions, capped, and clears at zero', async () => {
    const { handlers, setBadge } = await setup();
    for (const companies of [3, 0, 250]) await dispatch(handlers, { type: 'reportMarks', companies }, { id: 'x', tab: { id: 9 } });
    expect(setBadge.mock.calls).toEqual([[9, '3'], [9, ''], [9, '99+']]);
  });

  it('ignores a report that did not come from a tab', async () => {
    const { handlers, setBadge } = await setup();
    await expect(dispatch(handlers, { type: 'reportMarks', companies: 2 }, { id: 'x' })).resolves.toEqual({ shown: false });
    expect(setBadge).not.toHaveBeenCalled();
  });
});

describe('dispatch', () => {
  it('routes a request to its handler by type', async () => {
    const { handlers } = await setup(['b.org']);
    await expect(dispatch(handlers, { type: 'getSettings' })).resolves.toMatchObject({ version: 2, offSites: [{ host: 'b.org' }] });
    await expect(dispatch(handlers, { type: 'search', query: 'nestle' })).resolves.toMatchObject({ results: [{ id: 'nestle' }] });
  });
});
