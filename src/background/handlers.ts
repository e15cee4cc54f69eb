// What the background answers to each request. The service worker may have been restarted since
// the last message, so nothing is kept only in memory: the database is read each time, and what is
// derived from all of it (the search index, the alias list) is cached per data version.
import { type CompanyLogo, type CompanyProfile, withRelationKinds } from '../core/display/company-profile';
import type { BackgroundRequest, ResponseMap } from '../shared/messages';
import { HandlerError, type SenderInfo } from '../shared/message-receiver';
import { NO_ALIASES } from '../core/recognition/alias-wire';
import { createAliasCache, createSearchIndexCache } from './data-cache';
import { isPageEnabled, normalizeSite, withSiteEnabled } from '../core/settings/site-rules';
import type { Settings } from '../core/settings/settings';
import type { BackstoryDb } from '../store/db';
import { companiesById, relationsOf } from '../store/queries';

export interface HandlerContext {
  db: BackstoryDb;
  /** Resolves once the bundled data is in the database. */
  ready: () => Promise<void>;
  readSettings: () => Promise<Settings>;
  writeSettings: (settings: Settings) => Promise<void>;
  /** Opens an extension page in a new tab. */
  openTab: (path: string) => Promise<void>;
  /** Brand marks by company id, read once from the extension's files. */
  logos: () => Promise<Record<string, CompanyLogo>>;
  /** The toolbar badge of one tab; empty text clears it. */
  setBadge: (tabId: number, text: string) => Promise<void>;
}

async function profiles(context: HandlerContext, ids: readonly string[]): Promise<CompanyProfile[]> {
  const { db } = context;
  const unique = [...new Set(ids)];
  const [companies, relations, datasets, logos] = await Promise.all([
    companiesById(db, unique),
    relationsOf(db, unique),
    db.datasets.toArray(),
    // A missing logo file costs the logos, never the card.
    context.logos().catch(() => ({}) as Record<string, CompanyLogo>),
  ]);
  const namedIds = new Set<string>();
  for (const company of companies) if (company.parentId !== undefined) namedIds.add(company.parentId);
  for (const relation of relations) for (const party of relation.parties) namedIds.add(party.companyId);
  const names: Record<string, string> = {};
  for (const company of [...(await companiesById(db, [...namedIds])), ...companies]) names[company.id] = company.name;
  const datasetNames = Object.fromEntries(datasets.map((info) => [info.id, info.name]));
  return companies.map((company) => ({
    company,
    relations: relations.filter((relation) => relation.parties.some((party) => party.companyId === company.id)),
    names,
    datasetNames,
    ...(Object.hasOwn(logos, company.id) ? { logo: logos[company.id]! } : {}),
  }));
}

type Handlers = {
  [K in BackgroundRequest['type']]: (request: Extract<BackgroundRequest, { type: K }>, sender?: SenderInfo) => Promise<ResponseMap[K]>;
};

export function createHandlers(context: HandlerContext): Handlers {
  const { db } = context;
  const searchIndex = createSearchIndexCache(db);
  const aliases = createAliasCache(db);
  return {
    async getPageConfig({ url }) {
      await context.ready();
      const site = normalizeSite(url);
      const settings = await context.readSettings();
      const enabled = isPageEnabled(settings, url);
      return { enabled, settings, site, aliases: enabled ? await aliases() : NO_ALIASES };
    },
    async getProfiles({ ids, kinds }) {
      await context.ready();
      const found = await profiles(context, ids);
      if (kinds !== 'chosen') return { profiles: found };
      // The one place the reader's choice of relation kinds applies, for cards and the popup alike.
      const { relationKinds } = await context.readSettings();
      return { profiles: found.map((profile) => withRelationKinds(profile, relationKinds)) };
    },
    async search({ query }) {
      await context.ready();
      return { results: (await searchIndex()).search(query) };
    },
    async getSettings() {
      return context.readSettings();
    },
    async setSiteEnabled({ site, enabled }) {
      const normalized = normalizeSite(site);
      if (normalized === undefined) throw new HandlerError('bad-input', `"${site}" is not a website address`);
      const settings = withSiteEnabled(await context.readSettings(), normalized, enabled);
      await context.writeSettings(settings);
      return settings;
    },
    async saveSettings({ settings }) {
      await context.writeSettings(settings);
      return settings;
    },
    async reportMarks({ companies }, sender) {
      const tabId = sender?.tab?.id;
      if (tabId === undefined) return { shown: false };
      await context.setBadge(tabId, companies === 0 ? '' : companies > 99 ? '99+' : String(companies));
      return { shown: true };
    },
    async openProfile({ companyId }) {
      await context.openTab(`profile.html?company=${encodeURIComponent(companyId)}`);
      return { opened: true };
    },
  };
}

export function dispatch(handlers: Handlers, request: BackgroundRequest, sender?: SenderInfo): Promise<unknown> {
  const handler = handlers[request.type] as (request: BackgroundRequest, sender?: SenderInfo) => Promise<unknown>;
  return handler(request, sender);
}
