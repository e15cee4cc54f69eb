// The extension's IndexedDB. Every version of the schema stays declared, each with the upgrade
// that carries the data before it forward: a reader's data survives every update.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Company, Relation } from '../core/dataset/dataset-schema';
import { relationRows, type RelationBlock, type RelationPosting } from './relation-store';

export const BUNDLED_DATASET_ID = 'bundled';

/** Every stored fact knows the dataset it came from. */
export type StoredCompany = Company & { datasetId: string };

export interface DatasetInfo {
  id: string;
  name: string;
  origin: 'bundled' | 'user';
  /** Content hash of what was imported. */
  version: string;
  enabled: boolean;
  importedAt: number;
  companies: number;
  relations: number;
  /** The file a reader imported it from. */
  fileName?: string;
}

export class BackstoryDb extends Dexie {
  companyRecords!: Table<StoredCompany, [string, string]>;
  relationBlocks!: Table<RelationBlock, [string, number]>;
  relationPostings!: Table<RelationPosting, [string, string]>;
  datasets!: Table<DatasetInfo, string>;

  constructor(name = 'backstory') {
    super(name);
    // Version 1 (0.1.0): one dataset, keyed by record id.
    this.version(1).stores({ companies: 'id', relations: 'id, *partyIds', meta: 'key' });
    // Version 2: several datasets side by side, each record keyed by dataset and id.
    this.version(2)
      .stores({
        companies: null,
        relations: null,
        meta: null,
        companyRecords: '[datasetId+id], id, datasetId',
        relationRecords: '[datasetId+id], id, datasetId, *partyIds',
        datasets: 'id',
      })
      .upgrade(upgradeToMultipleDatasets);
    // Version 3: relations in blocks, found through a row per company (see relation-store.ts).
    this.version(3)
      .stores({
        relationRecords: null,
        relationBlocks: '[datasetId+block]',
        relationPostings: '[datasetId+companyId]',
      })
      .upgrade(upgradeToRelationBlocks);
  }
}

/** Version 2 kept a row per relation: each dataset's relations become blocks, in id order. */
async function upgradeToRelationBlocks(tx: Transaction): Promise<void> {
  const records = (await tx.table('relationRecords').toArray()) as (Relation & { datasetId: string; partyIds?: string[] })[];
  const byDataset = new Map<string, Relation[]>();
  for (const { datasetId, partyIds: _partyIds, ...relation } of records) {
    let list = byDataset.get(datasetId);
    if (!list) byDataset.set(datasetId, (list = []));
    list.push(relation);
  }
  for (const [datasetId, relations] of byDataset) {
    const { blocks, postings } = relationRows(datasetId, relations);
    await tx.table('relationBlocks').bulkPut(blocks);
    await tx.table('relationPostings').bulkPut(postings);
  }
}

/** Version 1 held only the bundled data: it becomes the "bundled" dataset, unchanged. */
async function upgradeToMultipleDatasets(tx: Transaction): Promise<void> {
  const companies = (await tx.table('companies').toArray()) as Company[];
  const relations = (await tx.table('relations').toArray()) as (Relation & { partyIds: string[] })[];
  const meta = (await tx.table('meta').get('dataset')) as { version: string; importedAt: number } | undefined;
  if (companies.length === 0 && relations.length === 0) return;
  await tx.table('companyRecords').bulkPut(companies.map((company) => ({ ...company, datasetId: BUNDLED_DATASET_ID })));
  await tx.table('relationRecords').bulkPut(relations.map((relation) => ({ ...relation, datasetId: BUNDLED_DATASET_ID })));
  const info: DatasetInfo = {
    id: BUNDLED_DATASET_ID,
    name: 'Backstory',
    origin: 'bundled',
    version: meta?.version ?? 'v1',
    enabled: true,
    importedAt: meta?.importedAt ?? Date.now(),
    companies: companies.length,
    relations: relations.length,
  };
  await tx.table('datasets').put(info);
}
