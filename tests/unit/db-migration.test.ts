// A reader who had an earlier version updates: their data must come along, unchanged. Database
// version 1 (0.1.0) held one dataset; version 2 several, a row per relation; version 3 keeps
// relations in blocks.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDb } from '../../src/store/db';
import { allCompanies, relationsOf } from '../../src/store/queries';
import { datasetRelations, relationsWithCompanies } from '../../src/store/relation-store';
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

const TABLES = ['companyRecords', 'datasets', 'relationBlocks', 'relationPostings'];

/** Opens `name` as version 2 of the schema, as it was declared, and lets `fill` write to it. */
async function createV2(name: string, fill: (db: Dexie) => Promise<void>): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(2).stores({
    companyRecords: '[datasetId+id], id, datasetId',
    relationRecords: '[datasetId+id], id, datasetId, *partyIds',
    datasets: 'id',
  });
  await v2.open();
  await fill(v2);
  v2.close();
}

function openCurrent(name: string): BackstoryDb {
  const db = new BackstoryDb(name);
  opened.push(db);
  return db;
}

describe('upgrading the database from version 1', () => {
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

    const db = openCurrent(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((table) => table.name).sort()).toEqual(TABLES);
    expect(await db.companyRecords.toArray()).toEqual([
      { ...meta, datasetId: 'bundled' },
      { ...scale, datasetId: 'bundled' },
    ]);
    expect(await datasetRelations(db, 'bundled')).toEqual([stake]);
    expect(await db.datasets.toArray()).toEqual([
      { id: 'bundled', name: 'Backstory', origin: 'bundled', version: 'abc', enabled: true, importedAt: 5, companies: 2, relations: 1 },
    ]);
    // The relation is found through either party.
    expect((await relationsWithCompanies(db, ['bundled'], ['scale-ai'])).map((r) => r.id)).toEqual(['meta-scale-ai']);
    expect((await allCompanies(db)).map((c) => c.id).sort()).toEqual(['meta', 'scale-ai']);
    expect(await relationsOf(db, ['meta'])).toEqual([{ ...stake, datasetId: 'bundled' }]);
  });

  it('drops the version 1 tables', async () => {
    const name = uniqueName();
    await createV1(name, async (v1) => {
      await v1.table('companies').put(makeDataset().companies[2]!);
    });
    await openCurrent(name).open();
    opened.pop()!.close();

    // Opened without a declared schema, Dexie shows the tables the database really has.
    const raw = new Dexie(name);
    opened.push(raw);
    await raw.open();
    expect(raw.verno).toBe(3);
    expect(raw.tables.map((table) => table.name).sort()).toEqual(TABLES);
  });

  it('upgrades an empty version 1 database to an empty current one, with no datasets row', async () => {
    const name = uniqueName();
    await createV1(name, async () => {});
    const db = openCurrent(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((table) => table.name).sort()).toEqual(TABLES);
    expect(await db.datasets.count()).toBe(0);
    expect(await db.companyRecords.count()).toBe(0);
    expect(await db.relationBlocks.count()).toBe(0);
  });

  it('creates the current version directly for a new reader', async () => {
    const db = openCurrent(uniqueName());
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.datasets.count()).toBe(0);
  });
});

describe('upgrading the database from version 2', () => {
  it('moves each dataset\'s relation rows into blocks, found through their parties, and drops the rows', async () => {
    const name = uniqueName();
    const dataset = makeDataset();
    const mine = { ...dataset.relations[0]!, id: 'my-fact', summary: 'A reader\'s own fact.' };
    const info = (id: string, origin: string) => ({ id, name: id, origin, version: 'v', enabled: true, importedAt: 1, companies: 0, relations: 0 });
    await createV2(name, async (v2) => {
      await v2.table('relationRecords').bulkPut([
        ...dataset.relations.map((relation) => ({ ...relation, datasetId: 'bundled', partyIds: relation.parties.map((p) => p.companyId) })),
        { ...mine, datasetId: 'user-a', partyIds: mine.parties.map((p) => p.companyId) },
      ]);
      await v2.table('datasets').bulkPut([info('bundled', 'bundled'), info('user-a', 'user')]);
    });
    const db = openCurrent(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((table) => table.name).sort()).toEqual(TABLES);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await datasetRelations(db, 'bundled'))).toEqual(byId(dataset.relations));
    expect(await datasetRelations(db, 'user-a')).toEqual([mine]);
    expect((await relationsOf(db, ['scale-ai'])).map((r) => `${r.datasetId}/${r.id}`).sort()).toEqual([
      'bundled/google-scale-ai', 'bundled/meta-scale-ai', 'bundled/nestle-scale-ai', 'bundled/openai-scale-ai', 'user-a/my-fact',
    ]);
  });
});
