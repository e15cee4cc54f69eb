// Puts a checked dataset into IndexedDB in one transaction: if it is interrupted (the service
// worker stopped, the browser closed, the disk full), the previous data stays exactly as it was.
import type { Dataset } from '../core/dataset-schema';
import type { BackstoryDb, DatasetInfo, StoredCompany, StoredRelation } from './db';

const CHUNK = 2_000;

export type ImportProgress = (done: number, total: number) => void;

export async function importDataset(
  db: BackstoryDb,
  info: Omit<DatasetInfo, 'companies' | 'relations' | 'importedAt'>,
  dataset: Dataset,
  onProgress?: ImportProgress,
): Promise<DatasetInfo> {
  const companies: StoredCompany[] = dataset.companies.map((company) => ({ ...company, datasetId: info.id }));
  const relations: StoredRelation[] = dataset.relations.map((relation) => ({
    ...relation,
    datasetId: info.id,
    partyIds: relation.parties.map((party) => party.companyId),
  }));
  const stored: DatasetInfo = { ...info, importedAt: Date.now(), companies: companies.length, relations: relations.length };
  const total = companies.length + relations.length;
  onProgress?.(0, total);
  await db.transaction('rw', db.companyRecords, db.relationRecords, db.datasets, async () => {
    await db.companyRecords.where('datasetId').equals(info.id).delete();
    await db.relationRecords.where('datasetId').equals(info.id).delete();
    let done = 0;
    // In chunks, so a progress bar can follow a large import.
    for (let i = 0; i < companies.length; i += CHUNK) {
      await db.companyRecords.bulkPut(companies.slice(i, i + CHUNK));
      onProgress?.((done += Math.min(CHUNK, companies.length - i)), total);
    }
    for (let i = 0; i < relations.length; i += CHUNK) {
      await db.relationRecords.bulkPut(relations.slice(i, i + CHUNK));
      onProgress?.((done += Math.min(CHUNK, relations.length - i)), total);
    }
    // Written last: a dataset is listed only once all its records are in.
    await db.datasets.put(stored);
  });
  return stored;
}

/** Removes a dataset and every record from it, in one transaction. */
export async function removeDataset(db: BackstoryDb, id: string): Promise<void> {
  await db.transaction('rw', db.companyRecords, db.relationRecords, db.datasets, async () => {
    await db.companyRecords.where('datasetId').equals(id).delete();
    await db.relationRecords.where('datasetId').equals(id).delete();
    await db.datasets.delete(id);
  });
}

export async function setDatasetEnabled(db: BackstoryDb, id: string, enabled: boolean): Promise<void> {
  await db.datasets.update(id, { enabled });
}
