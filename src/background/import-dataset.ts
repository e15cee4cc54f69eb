// Puts a validated dataset into IndexedDB in one transaction: a failure part-way leaves the
// previous data exactly as it was.
import type { Dataset } from '../core/dataset-schema';
import type { BackstoryDb } from './db';

export async function importDataset(db: BackstoryDb, dataset: Dataset, version: string): Promise<void> {
  await db.transaction('rw', db.companies, db.relations, db.meta, async () => {
    await db.companies.clear();
    await db.relations.clear();
    await db.companies.bulkPut(dataset.companies);
    await db.relations.bulkPut(
      dataset.relations.map((relation) => ({ ...relation, partyIds: relation.parties.map((party) => party.companyId) })),
    );
    await db.meta.put({ key: 'dataset', version, importedAt: Date.now() });
  });
}

/** Imports only when the stored data is not this version: a worker restarted mid-import retries. */
export async function ensureDataset(db: BackstoryDb, dataset: Dataset, version: string): Promise<void> {
  const meta = await db.meta.get('dataset');
  if (meta?.version !== version) await importDataset(db, dataset, version);
}
