import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Relation } from '../../src/core/dataset/dataset-schema';
import { BackstoryDb, type DatasetInfo } from '../../src/store/db';
import { importDataset, removeDataset, setDatasetEnabled } from '../../src/store/import-dataset';
import { BLOCK_SIZE, datasetRelations, relationCountsByCompany, relationsWithCompanies } from '../../src/store/relation-store';
import { makeDataset } from './fixture-dataset';

let n = 0;
const opened: BackstoryDb[] = [];
function freshDb(): BackstoryDb {
  const db = new BackstoryDb(`import-test-${++n}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-01-02T03:04:05Z'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const db of opened.splice(0)) await db.delete();
});

const NOW = Date.UTC(2026, 0, 2, 3, 4, 5);
const bundled = { id: 'bundled', name: 'Backstory', origin: 'bundled', version: 'v1', enabled: true } as const;

const idsOf = async (db: BackstoryDb, datasetId: string) => ({
  companies: (await db.companyRecords.where('datasetId').equals(datasetId).toArray()).map((c) => c.id).sort(),
  relations: (await datasetRelations(db, datasetId)).map((r) => r.id).sort(),
});

/** A second, different dataset: only two companies and their one relation. */
function smallDataset() {
  const dataset = makeDataset();
  dataset.companies = dataset.companies.filter((c) => c.id === 'meta' || c.id === 'scale-ai');
  dataset.relations = dataset.relations.filter((r) => r.id === 'meta-scale-ai');
  return dataset;
}

describe('importDataset', () => {
  it('stores every record with its dataset, each relation found through its parties, and the dataset row', async () => {
    const db = freshDb();
    const dataset = makeDataset();
    const info = await importDataset(db, bundled, dataset);
    const expected: DatasetInfo = { ...bundled, importedAt: NOW, companies: 6, relations: 4 };
    expect(info).toEqual(expected);
    expect(await db.datasets.toArray()).toEqual([expected]);
    expect(await db.companyRecords.get(['bundled', 'meta'])).toEqual({ ...dataset.companies[0], datasetId: 'bundled' });
    expect(await datasetRelations(db, 'bundled')).toEqual(dataset.relations);
    const ofScale = await relationsWithCompanies(db, ['bundled'], ['scale-ai']);
    expect(ofScale.map((r) => r.id).sort()).toEqual(['google-scale-ai', 'meta-scale-ai', 'nestle-scale-ai', 'openai-scale-ai']);
    expect(ofScale.every((r) => r.datasetId === 'bundled')).toBe(true);
  });

  it('stores a large dataset in blocks, each relation found through each of its parties once', async () => {
    const db = freshDb();
    const dataset = makeDataset();
    const template = dataset.relations[0]!;
    // More relations than two blocks hold, between three companies in turn.
    const trio = ['meta', 'scale-ai', 'google'];
    dataset.relations = Array.from({ length: BLOCK_SIZE * 2 + 7 }, (_, i) => ({
      ...template,
      id: `r-${String(i).padStart(4, '0')}`,
      parties: [{ ...template.parties[0]!, companyId: trio[i % 3]! }, { ...template.parties[1]!, companyId: trio[(i + 1) % 3]! }],
    }));
    await importDataset(db, bundled, dataset);
    expect(await db.relationBlocks.count()).toBe(3);
    expect(await datasetRelations(db, 'bundled')).toEqual(dataset.relations);
    const withMeta = await relationsWithCompanies(db, ['bundled'], ['meta']);
    expect(withMeta.map((r) => r.id)).toEqual(dataset.relations.filter((r) => r.parties.some((p) => p.companyId === 'meta')).map((r) => r.id));
    // Asked for two of its parties, a relation still comes once.
    const withEither = await relationsWithCompanies(db, ['bundled'], ['meta', 'google']);
    expect(withEither).toHaveLength(dataset.relations.length);
    expect(new Set(withEither.map((r) => r.id)).size).toBe(dataset.relations.length);
    expect(await relationCountsByCompany(db)).toEqual(new Map([['meta', 346], ['scale-ai', 346], ['google', 346]]));
  });

  it('replaces the records of that dataset only', async () => {
    const db = freshDb();
    await importDataset(db, bundled, makeDataset());
    await importDataset(db, { ...bundled, id: 'user-a', name: 'Mine', origin: 'user' }, smallDataset());
    vi.setSystemTime(NOW + 1000);
    await importDataset(db, { ...bundled, version: 'v2' }, smallDataset());
    expect(await idsOf(db, 'bundled')).toEqual({ companies: ['meta', 'scale-ai'], relations: ['meta-scale-ai'] });
    expect(await idsOf(db, 'user-a')).toEqual({ companies: ['meta', 'scale-ai'], relations: ['meta-scale-ai'] });
    expect(await db.datasets.get('bundled')).toEqual({ ...bundled, version: 'v2', importedAt: NOW + 1000, companies: 2, relations: 1 });
    expect(await db.companyRecords.count()).toBe(4);
  });

  it('reports progress from (0, total), per chunk, ending with (total, total)', async () => {
    const db = freshDb();
    const onProgress = vi.fn();
    await importDataset(db, bundled, makeDataset(), onProgress);
    expect(onProgress.mock.calls).toEqual([[0, 10], [6, 10], [10, 10]]);
  });

  it('leaves the previous data intact when writing fails part-way', async () => {
    const db = freshDb();
    await importDataset(db, bundled, smallDataset());
    vi.spyOn(db.relationBlocks, 'bulkPut').mockRejectedValue(new Error('disk full'));
    vi.setSystemTime(NOW + 1000);
    await expect(importDataset(db, { ...bundled, version: 'v2' }, makeDataset())).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await idsOf(db, 'bundled')).toEqual({ companies: ['meta', 'scale-ai'], relations: ['meta-scale-ai'] });
    expect(await db.datasets.get('bundled')).toEqual({ ...bundled, importedAt: NOW, companies: 2, relations: 1 });
  });

  it('leaves the previous data intact when a record cannot be stored', async () => {
    const db = freshDb();
    await importDataset(db, bundled, smallDataset());
    const broken = makeDataset();
    // A function cannot be cloned into IndexedDB, so the real bulkPut fails inside the transaction.
    (broken.relations[2] as Relation & { extra?: unknown }).extra = () => 0;
    await expect(importDataset(db, { ...bundled, version: 'v2' }, broken)).rejects.toThrow();
    expect(await idsOf(db, 'bundled')).toEqual({ companies: ['meta', 'scale-ai'], relations: ['meta-scale-ai'] });
    expect((await db.datasets.get('bundled'))?.version).toBe('v1');
  });
});

describe('removeDataset and setDatasetEnabled', () => {
  it('removes one dataset with all its records and nothing else', async () => {
    const db = freshDb();
    await importDataset(db, bundled, makeDataset());
    await importDataset(db, { ...bundled, id: 'user-a', name: 'Mine', origin: 'user' }, smallDataset());
    await removeDataset(db, 'user-a');
    expect(await idsOf(db, 'user-a')).toEqual({ companies: [], relations: [] });
    expect((await idsOf(db, 'bundled')).companies).toHaveLength(6);
    expect(await datasetRelations(db, 'user-a')).toEqual([]);
    expect(await db.relationPostings.where('[datasetId+companyId]').between(['user-a', ''], ['user-a', '\uffff']).count()).toBe(0);
    expect(await datasetRelations(db, 'bundled')).toHaveLength(4);
    expect(await db.datasets.toCollection().primaryKeys()).toEqual(['bundled']);
  });

  it('turns a dataset off and on without touching its records', async () => {
    const db = freshDb();
    await importDataset(db, bundled, smallDataset());
    await setDatasetEnabled(db, 'bundled', false);
    expect(await db.datasets.get('bundled')).toMatchObject({ enabled: false, companies: 2 });
    expect(await db.companyRecords.count()).toBe(2);
    await setDatasetEnabled(db, 'bundled', true);
    expect((await db.datasets.get('bundled'))?.enabled).toBe(true);
  });
});
