import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackstoryDb } from '../../src/background/db';
import { ensureDataset, importDataset } from '../../src/background/import-dataset';
import type { Relation } from '../../src/core/dataset-schema';
import { makeDataset } from './fixture-dataset';

let n = 0;
const opened: BackstoryDb[] = [];
function freshDb(): BackstoryDb {
  const db = new BackstoryDb(`import-test-${++n}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

const sortedIds = async (db: BackstoryDb) => ({
  companies: (await db.companies.toCollection().primaryKeys()).sort(),
  relations: (await db.relations.toCollection().primaryKeys()).sort(),
});

/** A second, different dataset: only two companies and their one relation. */
function smallDataset() {
  const dataset = makeDataset();
  dataset.companies = dataset.companies.filter((c) => c.id === 'meta' || c.id === 'scale-ai');
  dataset.relations = dataset.relations.filter((r) => r.id === 'meta-scale-ai');
  return dataset;
}

describe('importDataset', () => {
  it('stores every company and relation, with the party ids indexed', async () => {
    const db = freshDb();
    const dataset = makeDataset();
    await importDataset(db, dataset, 'v1');
    expect(await db.companies.get('meta')).toEqual(dataset.companies[0]);
    const stored = await db.relations.get('google-scale-ai');
    expect(stored?.partyIds).toEqual(['google', 'scale-ai']);
    const { partyIds: _partyIds, ...relation } = stored!;
    expect(relation).toEqual(dataset.relations[1]);
    const ofScale = await db.relations.where('partyIds').equals('scale-ai').primaryKeys();
    expect(ofScale.sort()).toEqual(['google-scale-ai', 'meta-scale-ai', 'nestle-scale-ai', 'openai-scale-ai']);
    const meta = await db.meta.get('dataset');
    expect(meta?.version).toBe('v1');
    expect(typeof meta?.importedAt).toBe('number');
  });

  it('replaces the previous data entirely', async () => {
    const db = freshDb();
    await importDataset(db, makeDataset(), 'v1');
    await importDataset(db, smallDataset(), 'v2');
    expect(await sortedIds(db)).toEqual({ companies: ['meta', 'scale-ai'], relations: ['meta-scale-ai'] });
    expect((await db.meta.get('dataset'))?.version).toBe('v2');
  });

  it('leaves the previous data intact when writing fails part-way', async () => {
    const db = freshDb();
    await importDataset(db, smallDataset(), 'v1');
    vi.spyOn(db.relations, 'bulkPut').mockRejectedValue(new Error('disk full'));
    await expect(importDataset(db, makeDataset(), 'v2')).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await sortedIds(db)).toEqual({ companies: ['meta', 'scale-ai'], relations: ['meta-scale-ai'] });
    expect((await db.meta.get('dataset'))?.version).toBe('v1');
  });

  it('leaves the previous data intact when a record cannot be stored', async () => {
    const db = freshDb();
    await importDataset(db, smallDataset(), 'v1');
    const broken = makeDataset();
    // A function cannot be cloned into IndexedDB, so the real bulkPut fails inside the transaction.
    (broken.relations[2] as Relation & { extra?: unknown }).extra = () => 0;
    await expect(importDataset(db, broken, 'v2')).rejects.toThrow();
    expect(await sortedIds(db)).toEqual({ companies: ['meta', 'scale-ai'], relations: ['meta-scale-ai'] });
    expect((await db.meta.get('dataset'))?.version).toBe('v1');
  });
});

describe('ensureDataset', () => {
  it('imports into an empty database', async () => {
    const db = freshDb();
    await ensureDataset(db, smallDataset(), 'v1');
    expect(await sortedIds(db)).toEqual({ companies: ['meta', 'scale-ai'], relations: ['meta-scale-ai'] });
  });

  it('does not import again for the same version, and does for a new one', async () => {
    const db = freshDb();
    await ensureDataset(db, smallDataset(), 'v1');
    await ensureDataset(db, makeDataset(), 'v1');
    expect(await sortedIds(db)).toEqual({ companies: ['meta', 'scale-ai'], relations: ['meta-scale-ai'] });
    await ensureDataset(db, makeDataset(), 'v2');
    expect((await sortedIds(db)).companies).toHaveLength(6);
    expect((await db.meta.get('dataset'))?.version).toBe('v2');
  });
});
