// A reader who had version 0.1.0 (database version 1: one dataset) updates: their data must move
// into the "bundled" dataset of version 2, unchanged.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDb } from '../../src/store/db';
import { allCompanies, relationsOf } from '../../src/store/queries';
import { makeDataset } from './fixture-dataset';

let n = 0;
const names: string[] = [];
const opened: Dexie[] = [];
function uniqueName(): string {
  const name = `migration-test-${++n}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Opens `name` as version 1 of the schema, as 0.1.0 declared it, and lets `fill` write to it. */
async function createV1(name: string, fill: (db: Dexie) => Promise<void>): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ companies: 'id', relations: 'id, *partyIds', meta: 'key' });
  await v1.open();
  await fill(v1);
  v1.close();
}

function openV2(name: string): BackstoryDb {
  const db = new BackstoryDb(name);
  opened.push(db);
  return db;
}

describe('upgrading the database from version 1 to 2', () => {
  it('moves the companies, relations and version into the "bundled" dataset', async () => {
    const name = uniqueName();
    const dataset = makeDataset();
    const [meta, scale] = [dataset.companies[0]!, dataset.companies[1]!];
    const stake = dataset.relations[0]!;
    await createV1(name, async (v1) => {
      await v1.table('companies').bulkPut([meta, scale]);
      await v1.table('relations').put({ ...stake, partyIds: ['meta', 'scale-ai'] });
      await v1.table('meta').put({ key: 'dataset', version: 'abc', importedAt: 5 });
    });

    const db = openV2(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['companyRecords', 'datasets', 'relationRecords']);
    expect(await db.companyRecords.toArray()).toEqual([
      { ...meta, datasetId: 'bundled' },
      { ...scale, datasetId: 'bundled' },
    ]);
    expect(await db.relationRecords.toArray()).toEqual([{ ...stake, partyIds: ['meta', 'scale-ai'], datasetId: 'bundled' }]);
    expect(await db.datasets.toArray()).toEqual([
      { id: 'bundled', name: 'Backstory', origin: 'bundled', version: 'abc', enabled: true, importedAt: 5, companies: 2, relations: 1 },
    ]);
    // The indexes of version 2 work on the moved records.
    expect(await db.relationRecords.where('partyIds').equals('scale-ai').primaryKeys()).toEqual([['bundled', 'meta-scale-ai']]);
    expect((await allCompanies(db)).map((c) => c.id).sort()).toEqual(['meta', 'scale-ai']);
    expect(await relationsOf(db, ['meta'])).toEqual([{ ...stake, datasetId: 'bundled' }]);
  });

  it('drops the version 1 tables', async () => {
    const name = uniqueName();
    await createV1(name, async (v1) => {
      await v1.table('companies').put(makeDataset().companies[2]!);
    });
    await openV2(name).open();
    opened.pop()!.close();

    // Opened without a declared schema, Dexie shows the tables the database really has.
    const raw = new Dexie(name);
    opened.push(raw);
    await raw.open();
    expect(raw.verno).toBe(2);
    expect(raw.tables.map((table) => table.name).sort()).toEqual(['companyRecords', 'datasets', 'relationRecords']);
  });

  it('upgrades an empty version 1 database to an empty version 2 one, with no datasets row', async () => {
    const name = uniqueName();
    await createV1(name, async () => {});
    const db = openV2(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['companyRecords', 'datasets', 'relationRecords']);
    expect(await db.datasets.count()).toBe(0);
    expect(await db.companyRecords.count()).toBe(0);
    expect(await db.relationRecords.count()).toBe(0);
  });

  it('creates version 2 directly for a new reader', async () => {
    const db = openV2(uniqueName());
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.datasets.count()).toBe(0);
  });
});
