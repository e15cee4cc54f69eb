// Things the background derives from the whole database (the popup's search index, the alias list
// every page asks for), built on first use and again whenever the data changes. Only caches: a
// worker that restarts builds them again from IndexedDB.
import { aliasEntries } from '../core/recognition/alias-entries';
import { SearchIndex } from '../core/recognition/search';
import { packAliases, type PackedAliases } from '../core/recognition/alias-wire';
import type { BackstoryDb } from '../store/db';
import { allCompanies, dataVersion } from '../store/queries';
import { relationCountsByCompany } from '../store/relation-store';

/** `build()`'s result, kept while the data version stays the same; a failed build is not kept. */
function cachedPerDataVersion<T>(db: BackstoryDb, build: () => Promise<T>): () => Promise<T> {
  let cached: { version: string; value: Promise<T> } | undefined;
  return async () => {
    const version = await dataVersion(db);
    if (cached?.version !== version) {
      const value = build();
      cached = { version, value };
      value.catch(() => {
        if (cached?.value === value) cached = undefined;
      });
    }
    return cached.value;
  };
}

export function createSearchIndexCache(db: BackstoryDb): () => Promise<SearchIndex> {
  return cachedPerDataVersion(db, async () => {
    const [companies, counts] = await Promise.all([allCompanies(db), relationCountsByCompany(db)]);
    return new SearchIndex(companies.map((company) => ({ company, popularity: counts.get(company.id) ?? 0 })));
  });
}

/** Every company's names as the matcher takes them: asked for by every page that loads. */
export function createAliasCache(db: BackstoryDb): () => Promise<PackedAliases> {
  return cachedPerDataVersion(db, async () => packAliases(aliasEntries(await allCompanies(db))));
}
