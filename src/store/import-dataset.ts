// Puts a checked dataset into IndexedDB in one transaction: if it is interrupted (the service
// worker stopped, the browser closed, the disk full), the previous data stays exactly as it was.
import type { Dataset } from '../core/dataset/dataset-schema';
import type { BackstoryDb, DatasetInfo, StoredCompany } from './db';
import { deleteRelations, putRelations } from './relation-store';

const CHUNK = 2_000;

export type ImportProgress = (done: number, total: number) => void;

export async function importDataset(
  db: BackstoryDb,
  info: Omit<DatasetInfo, 'companies' | 'relations' | 'importedAt'>,
  dataset: Dataset,
  onProgress?: ImportProgress,
): Promise<DatasetInfo> {
  const companies: StoredCompany[] = dataset.companies.map((company) => ({ ...company, datasetId: info.id }));
  const { relations } = dataset;
  const stored: DatasetInfo = { ...info, importedAt: Date.now(), companies: companies.length, relations: relations.length };
  const total = companies.length + relations.length;
  onProgress?.(0, total);
  await db.transaction('rw', [db.companyRecords, db.relationBlocks, db.relationPostings, db.datasets], async () => {
    await db.companyRecords.where('datasetId').equals(info.id).delete();
    await deleteRelations(db, info.id);
    let done = 0;
    // In chunks, so a progress bar can follow a large import.
    for (let i = 0; i < companies.length; i += CHUNK) {
      await db.companyRecords.bulkPut(companies.slice(i, i + CHUNK));
      onProgress?.((done += Math.min(CHUNK, companies.length - i)), total);
    }
    await putRelations(db, info.id, relations, (relationsDone) => onProgress?.(done + relationsDone, total));
    // Written last: a dataset is listed only once all its records are in.
    await db.datasets.put(stored);
  });
  return stored;
}

/** Removes a dataset and every record from it, in one transaction. */
export async function removeDataset(db: BackstoryDb, id: string): Promise<void> {
  await db.transaction('rw', [db.companyRecords, db.relationBlocks, db.relationPostings, db.datasets], async () => {
    await db.companyRecords.where('datasetId').equals(id).delete();
    await deleteRelations(db, id);
    await db.datasets.delete(id);
  });
}

export async function setDatasetEnabled(db: BackstoryDb, id: string, enabled: boolean): Promise<void> {
  await db.datasets.update(id, { enabled });
}
