// The popup's search index, built on first use and again whenever the data changes. Only a cache:
// a worker that restarts builds it again from IndexedDB.
import { SearchIndex } from '../core/search';
import type { BackstoryDb } from '../store/db';
import { allCompanies, dataVersion, relationCounts } from '../store/queries';

export function createSearchIndexCache(db: BackstoryDb): () => Promise<SearchIndex> {
  let cached: { version: string; index: Promise<SearchIndex> } | undefined;
  return async () => {
    const version = await dataVersion(db);
    if (cached?.version !== version) {
      const index = Promise.all([allCompanies(db), relationCounts(db)]).then(
        ([companies, counts]) => new SearchIndex(companies.map((company) => ({ company, popularity: counts.get(company.id) ?? 0 }))),
      );
      cached = { version, index };
      index.catch(() => {
        if (cached?.index === index) cached = undefined;
      });
    }
    return cached.index;
  };
}
