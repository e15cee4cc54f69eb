// Reads across the enabled datasets. When two datasets define the same id, a reader's dataset beats
// the bundled one (a correction stays a correction after the bundled data updates), and among
// readers' datasets the most recently imported wins.
import type { Company } from '../core/dataset/dataset-schema';
import type { BackstoryDb, DatasetInfo, StoredCompany } from './db';
import { type DatasetRelation, relationsWithCompanies } from './relation-store';

async function enabledDatasets(db: BackstoryDb): Promise<Map<string, DatasetInfo>> {
  const all = await db.datasets.toArray();
  return new Map(all.filter((info) => info.enabled).map((info) => [info.id, info]));
}

function precedence(dataset: DatasetInfo): [number, number] {
  return [dataset.origin === 'user' ? 1 : 0, dataset.importedAt];
}

function winnerPerId<T extends { id: string; datasetId: string }>(records: T[], datasets: Map<string, DatasetInfo>): Map<string, T> {
  const winners = new Map<string, T>();
  for (const record of records) {
    const dataset = datasets.get(record.datasetId);
    if (!dataset) continue;
    const current = winners.get(record.id);
    const [origin, importedAt] = precedence(dataset);
    const [currentOrigin, currentImportedAt] = current ? precedence(datasets.get(current.datasetId)!) : [-1, 0];
    if (origin > currentOrigin || (origin === currentOrigin && importedAt > currentImportedAt)) winners.set(record.id, record);
  }
  return winners;
}

function withoutStorage({ datasetId: _datasetId, ...company }: StoredCompany): Company {
  return company;
}

export async function allCompanies(db: BackstoryDb): Promise<Company[]> {
  const datasets = await enabledDatasets(db);
  const records = await db.companyRecords.where('datasetId').anyOf([...datasets.keys()]).toArray();
  return [...winnerPerId(records, datasets).values()].map(withoutStorage);
}

export async function companiesById(db: BackstoryDb, ids: readonly string[]): Promise<Company[]> {
  const datasets = await enabledDatasets(db);
  const records = await db.companyRecords.where('id').anyOf([...ids]).toArray();
  return [...winnerPerId(records, datasets).values()].map(withoutStorage);
}

/** Relations with any of the companies, each once. */
export async function relationsOf(db: BackstoryDb, companyIds: readonly string[]): Promise<DatasetRelation[]> {
  const datasets = await enabledDatasets(db);
  const records = await relationsWithCompanies(db, [...datasets.keys()], companyIds);
  return [...winnerPerId(records, datasets).values()];
}

/** Changes whenever a dataset is imported, removed, switched on or off. */
export async function dataVersion(db: BackstoryDb): Promise<string> {
  const all = await db.datasets.toArray();
  return all.map((info) => `${info.id}:${info.version}:${info.enabled ? 1 : 0}:${info.importedAt}`).sort().join('|');
}
