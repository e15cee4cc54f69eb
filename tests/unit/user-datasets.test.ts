import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CSV_COLUMNS } from '../../src/core/dataset/dataset-files';
import type { Company, Dataset, Relation } from '../../src/core/dataset/dataset-schema';
import { fingerprintText } from '../../src/core/dataset/fingerprint';
import { BackstoryDb, type DatasetInfo } from '../../src/store/db';
import { importDataset, removeDataset, setDatasetEnabled } from '../../src/store/import-dataset';
import { allCompanies, companiesById, relationsOf } from '../../src/store/queries';
import { datasetRelations } from '../../src/store/relation-store';
import { exportDataset, importUserDataset, type UserImport } from '../../src/store/user-datasets';
import { makeDataset, source } from './fixture-dataset';

let n = 0;
const opened: BackstoryDb[] = [];
const START = Date.UTC(2026, 0, 2, 3, 4, 5);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const db of opened.splice(0)) await db.delete();
});

/** Moves the clock on, so the next import is newer and gets its own id. */
function later(ms = 1000): number {
  vi.setSystemTime(Date.now() + ms);
  return Date.now();
}

/** A fresh database holding the fixture as the bundled dataset. */
async function withBundled(): Promise<BackstoryDb> {
  const db = new BackstoryDb(`user-datasets-test-${++n}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  await importDataset(db, { id: 'bundled', name: 'Backstory', origin: 'bundled', version: 'b1', enabled: true }, makeDataset());
  later();
  return db;
}

const harbor: Company = {
  id: 'harbor-labs',
  name: 'Harbor Labs',
  aliases: [{ text: 'Harbor Labs', caseSensitive: true, ambiguous: false }],
  kind: 'private',
  sector: 'ai',
  description: 'An invented annotation startup.',
};

const harborSuppliesOpenai: Relation = {
  id: 'harbor-labs-supplies-openai',
  kind: 'vendor',
  parties: [{ companyId: 'harbor-labs', role: 'supplier' }, { companyId: 'openai', role: 'customer' }],
  status: 'reported',
  announced: '2025-07',
  summary: 'Harbor Labs is said to label data for OpenAI (an invented fact).',
  sources: [source('harbor-openai', '2025-07-02')],
};

function userFile(dataset: Partial<Dataset> & { name?: string }): string {
  return JSON.stringify(dataset, null, 2);
}

const MY_DEALS = userFile({ name: 'My deals', companies: [harbor], relations: [harborSuppliesOpenai] });

function accepted(result: UserImport): DatasetInfo {
  if (!result.ok) throw new Error(`expected the import to succeed: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

async function rowCounts(db: BackstoryDb) {
  const relations = (await db.relationBlocks.toArray()).reduce((sum, block) => sum + block.relations.length, 0);
  return { companies: await db.companyRecords.count(), relations, postings: await db.relationPostings.count(), datasets: await db.datasets.count() };
}

const relationIdsIn = async (db: BackstoryDb, datasetId: string) => (await datasetRelations(db, datasetId)).map((r) => r.id);

describe('importUserDataset (JSON)', () => {
  it('imports a dataset that points at a bundled company, and queries include it', async () => {
    const db = await withBundled();
    const importedAt = Date.now();
    const info = accepted(await importUserDataset(db, MY_DEALS, 'my-deals.json'));
    expect(info.id).toMatch(/^user-[0-9a-f-]{36}$/);
    const id = info.id;
    expect(info).toEqual({
      id, name: 'My deals', origin: 'user', version: fingerprintText(MY_DEALS), enabled: true, importedAt,
      companies: 1, relations: 1, fileName: 'my-deals.json',
    });
    expect(await db.datasets.get(id)).toEqual(info);
    expect(await db.companyRecords.get([id, 'harbor-labs'])).toEqual({ ...harbor, datasetId: id });
    expect(await datasetRelations(db, id)).toEqual([harborSuppliesOpenai]);

    expect((await allCompanies(db)).map((c) => c.id).sort()).toEqual(['alphabet', 'google', 'harbor-labs', 'meta', 'nestle', 'openai', 'scale-ai']);
    expect((await allCompanies(db)).find((c) => c.id === 'harbor-labs')).toEqual(harbor);
    const ofOpenai = await relationsOf(db, ['openai']);
    expect(ofOpenai.map((r) => [r.id, r.datasetId]).sort()).toEqual([
      ['harbor-labs-supplies-openai', id],
      ['openai-scale-ai', 'bundled'],
    ]);
    expect(ofOpenai.find((r) => r.datasetId === id)).toEqual({ ...harborSuppliesOpenai, datasetId: id });
  });

  it('names the dataset after the file when the file has no name', async () => {
    const db = await withBundled();
    const info = accepted(await importUserDataset(db, userFile({ companies: [harbor] }), 'Reading notes.v2.JSON'));
    expect([info.name, info.fileName, info.companies, info.relations]).toEqual(['Reading notes.v2', 'Reading notes.v2.JSON', 1, 0]);
  });

  it('fills the alias defaults and accepts a change caused by a bundled relation', async () => {
    const db = await withBundled();
    const text = userFile({
      companies: [{ ...harbor, aliases: [{ text: 'Harbor Labs' }] } as unknown as Company],
      relations: [{
        ...harborSuppliesOpenai,
        changes: [{ kind: 'expanded', date: '2025-07', confirmed: false, summary: 'Invented change.', causeId: 'meta-scale-ai', sources: [source('c', '2025-07')] }],
      }],
    });
    const info = accepted(await importUserDataset(db, text, 'mine.json'));
    expect((await db.companyRecords.get([info.id, 'harbor-labs']))?.aliases).toEqual([{ text: 'Harbor Labs', caseSensitive: true, ambiguous: false }]);
  });

  it('rejects a file with one bad record among good ones and writes nothing', async () => {
    const db = await withBundled();
    const before = await rowCounts(db);
    const bad = { ...harborSuppliesOpenai, id: 'harbor-labs-supplies-meta', sources: [{ ...source('x', '2025-07'), url: 'javascript:alert(1)' }] };
    const text = userFile({ name: 'My deals', companies: [harbor], relations: [harborSuppliesOpenai, bad] });
    expect(await importUserDataset(db, text, 'my-deals.json')).toEqual({
      ok: false,
      problems: [{
        file: 'my-deals.json', place: 'relations[1]', record: 'harbor-labs-supplies-meta', field: 'sources[0].url', message: 'must be an http(s) URL',
      }],
    });
    expect(await rowCounts(db)).toEqual(before);
    expect(before).toEqual({ companies: 6, relations: 4, postings: 5, datasets: 1 });
  });

  it('rejects a party that exists nowhere, naming it', async () => {
    const db = await withBundled();
    const text = userFile({ relations: [{ ...harborSuppliesOpenai, parties: [{ companyId: 'nobody', role: 'supplier' }, { companyId: 'openai', role: 'customer' }] }] });
    expect(await importUserDataset(db, text, 'x.json')).toEqual({
      ok: false,
      problems: [{ file: 'x.json', place: 'relations[0]', record: 'harbor-labs-supplies-openai', field: 'parties[0].companyId', message: '"nobody" is not a company' }],
    });
  });

  it('rejects a file that is not JSON, not a dataset, empty, or of another type', async () => {
    const db = await withBundled();
    const before = await rowCounts(db);
    const broken = await importUserDataset(db, '{"companies": [', 'broken.json');
    expect(broken.ok === false && broken.problems).toEqual([{ file: 'broken.json', field: '', message: expect.stringMatching(/^not valid JSON/) }]);
    expect(await importUserDataset(db, '{}', 'empty.json')).toEqual({
      ok: false, problems: [{ file: 'empty.json', field: '', message: 'holds no companies and no relations' }],
    });
    expect(await importUserDataset(db, MY_DEALS, 'my-deals.txt')).toEqual({
      ok: false, problems: [{ file: 'my-deals.txt', field: '', message: 'choose a .json dataset or a .csv file of relations' }],
    });
    // Good records, but a key the format does not have: nothing is imported.
    const extra = userFile({ companies: [harbor] }).replace('{', '{"owner": "me",');
    expect(await importUserDataset(db, extra, 'extra.json')).toEqual({
      ok: false, problems: [{ file: 'extra.json', field: 'owner', message: 'is not a field of the import format' }],
    });
    expect(await rowCounts(db)).toEqual(before);
  });

  it('reports checking and saving progress, each ending with (total, total)', async () => {
    const db = await withBundled();
    const checking = vi.fn();
    const saving = vi.fn();
    accepted(await importUserDataset(db, MY_DEALS, 'my-deals.json', { checking, saving }));
    expect(checking.mock.calls.at(-1)).toEqual([2, 2]);
    expect(saving.mock.calls).toEqual([[0, 2], [1, 2], [2, 2]]);
  });

  it('re-importing the same name keeps one dataset row and replaces its records', async () => {
    const db = await withBundled();
    const first = accepted(await importUserDataset(db, MY_DEALS, 'my-deals.json'));
    await setDatasetEnabled(db, first.id, false);
    const quill: Company = { ...harbor, id: 'quill-data', name: 'Quill Data', aliases: [{ text: 'Quill Data', caseSensitive: true, ambiguous: false }] };
    const text = userFile({ name: 'My deals', companies: [quill] });
    const importedAt = later();
    const second = accepted(await importUserDataset(db, text, 'my-deals-2.json'));
    expect(second).toEqual({
      id: first.id, name: 'My deals', origin: 'user', version: fingerprintText(text), enabled: false, importedAt,
      companies: 1, relations: 0, fileName: 'my-deals-2.json',
    });
    expect(await db.datasets.where('id').notEqual('bundled').toArray()).toEqual([second]);
    expect((await db.companyRecords.where('datasetId').equals(first.id).toArray()).map((c) => c.id)).toEqual(['quill-data']);
    expect(await relationIdsIn(db, first.id)).toEqual([]);
  });

  // BUG (src/store/user-datasets.ts, importUserDataset): the known company ids include the records of
  // the very dataset being replaced, so a re-import that drops a company its relation still needs is
  // accepted and leaves a relation to a company that no longer exists. Remove `.fails` once fixed.
  it('re-importing refuses a relation to a company only the replaced version had', async () => {
    const db = await withBundled();
    accepted(await importUserDataset(db, MY_DEALS, 'my-deals.json'));
    later();
    const result = await importUserDataset(db, userFile({ name: 'My deals', relations: [harborSuppliesOpenai] }), 'my-deals.json');
    expect(result).toEqual({
      ok: false,
      problems: [{ file: 'my-deals.json', place: 'relations[0]', record: 'harbor-labs-supplies-openai', field: 'parties[0].companyId', message: '"harbor-labs" is not a company' }],
    });
  });

  // BUG (src/store/user-datasets.ts, importUserDataset): a new dataset's id is `user-${Date.now()}`, so
  // two datasets with different names imported in the same millisecond get the same id and the second
  // silently replaces the first. Remove `.fails` once fixed.
  it('keeps two differently named datasets imported in the same millisecond', async () => {
    const db = await withBundled();
    const a = accepted(await importUserDataset(db, MY_DEALS, 'my-deals.json'));
    const b = accepted(await importUserDataset(db, userFile({ name: 'Other', relations: [{ ...harborSuppliesOpenai, id: 'other-fact', parties: [{ companyId: 'meta', role: 'partner' }, { companyId: 'openai', role: 'partner' }], kind: 'partnership' }] }), 'other.json'));
    expect(a.id).not.toBe(b.id);
    expect((await db.datasets.toArray()).map((info) => info.name).sort()).toEqual(['Backstory', 'My deals', 'Other']);
  });
});

describe('enabling, disabling and removing a reader’s dataset', () => {
  it('disabling removes its facts from the queries and enabling restores them', async () => {
    const db = await withBundled();
    const { id } = accepted(await importUserDataset(db, MY_DEALS, 'my-deals.json'));
    await setDatasetEnabled(db, id, false);
    expect((await allCompanies(db)).map((c) => c.id)).not.toContain('harbor-labs');
    expect(await companiesById(db, ['harbor-labs'])).toEqual([]);
    expect((await relationsOf(db, ['openai'])).map((r) => r.id)).toEqual(['openai-scale-ai']);
    expect(await relationsOf(db, ['harbor-labs'])).toEqual([]);

    await setDatasetEnabled(db, id, true);
    expect(await companiesById(db, ['harbor-labs'])).toEqual([harbor]);
    expect((await relationsOf(db, ['openai'])).map((r) => r.id).sort()).toEqual(['harbor-labs-supplies-openai', 'openai-scale-ai']);
  });

  it('disabling the bundled dataset leaves only the reader’s facts', async () => {
    const db = await withBundled();
    accepted(await importUserDataset(db, MY_DEALS, 'my-deals.json'));
    await setDatasetEnabled(db, 'bundled', false);
    expect((await allCompanies(db)).map((c) => c.id)).toEqual(['harbor-labs']);
    expect((await relationsOf(db, ['openai', 'scale-ai'])).map((r) => r.id)).toEqual(['harbor-labs-supplies-openai']);
  });

  it('removeDataset deletes its rows and nothing else', async () => {
    const db = await withBundled();
    const { id } = accepted(await importUserDataset(db, MY_DEALS, 'my-deals.json'));
    expect(await rowCounts(db)).toEqual({ companies: 7, relations: 5, postings: 7, datasets: 2 });
    await removeDataset(db, id);
    expect(await rowCounts(db)).toEqual({ companies: 6, relations: 4, postings: 5, datasets: 1 });
    expect(await db.companyRecords.where('datasetId').equals(id).count()).toBe(0);
    expect(await db.datasets.get('bundled')).toMatchObject({ companies: 6, relations: 4, enabled: true });
  });
});

const csvRow = (cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) => CSV_COLUMNS.map((column) => cells[column] ?? '').join(',');

describe('importUserDataset (CSV)', () => {
  it('imports relations between known companies, named after the file', async () => {
    const db = await withBundled();
    const text = [
      CSV_COLUMNS.join(','),
      csvRow({
        id: 'meta-openai-test', kind: 'partnership', status: 'announced', party_a: 'meta', role_a: 'partner', party_b: 'openai', role_b: 'partner',
        announced: '2025-05', summary: '"An invented deal, with a comma"', source_url: 'https://news.example.com/deal', source_publisher: 'Example News',
        source_title: 'Invented', source_date: '2025-05-20',
      }),
      csvRow({
        id: 'alphabet-nestle-test', kind: 'investment', status: 'completed', party_a: 'alphabet', role_a: 'investor', party_b: 'nestle', role_b: 'investee',
        announced: '2024', closed: '2024-11', value: '250000000', currency: 'EUR', stake_percent: '2.5', summary: 'Another invented deal.',
        source_url: 'https://news.example.com/stake', source_publisher: 'Example News', source_title: 'Invented too', source_date: '2024-11',
      }),
    ].join('\r\n');
    const info = accepted(await importUserDataset(db, text, 'deals.csv'));
    expect([info.name, info.companies, info.relations]).toEqual(['deals', 0, 2]);
    const stake = (await relationsOf(db, ['nestle'])).find((r) => r.id === 'alphabet-nestle-test');
    expect(stake).toEqual({
      id: 'alphabet-nestle-test', kind: 'investment', status: 'completed',
      parties: [{ companyId: 'alphabet', role: 'investor' }, { companyId: 'nestle', role: 'investee' }],
      announced: '2024', closed: '2024-11', value: { amount: 250_000_000, currency: 'EUR' }, stakePercent: 2.5,
      summary: 'Another invented deal.',
      sources: [{ url: 'https://news.example.com/stake', publisher: 'Example News', title: 'Invented too', date: '2024-11' }],
      datasetId: info.id,
    });
    expect((await relationsOf(db, ['meta'])).find((r) => r.id === 'meta-openai-test')?.summary).toBe('An invented deal, with a comma');
  });

  it('rejects a CSV with a bad row by its line and writes nothing', async () => {
    const db = await withBundled();
    const before = await rowCounts(db);
    const good = csvRow({
      id: 'meta-openai-test', kind: 'partnership', status: 'announced', party_a: 'meta', role_a: 'partner', party_b: 'openai', role_b: 'partner',
      announced: '2025-05', summary: 'Invented.', source_url: 'https://news.example.com/deal', source_publisher: 'Example News', source_title: 'T', source_date: '2025-05',
    });
    const bad = good.replace('meta-openai-test', 'second').replace(',2025-05,,', ',2025-05,2025-04,');
    const result = await importUserDataset(db, `${CSV_COLUMNS.join(',')}\n${good}\n${bad}\n`, 'deals.csv');
    expect(result).toEqual({
      ok: false,
      problems: [{ file: 'deals.csv', line: 3, record: 'second', field: 'closed', message: 'is before the announcement (2025-05)' }],
    });
    expect(await rowCounts(db)).toEqual(before);
  });
});

describe('exportDataset', () => {
  it('returns the records without storage fields, and they import again identically', async () => {
    const db = await withBundled();
    const { id } = accepted(await importUserDataset(db, MY_DEALS, 'my-deals.json'));
    const exported = await exportDataset(db, id);
    expect(exported).toEqual({ name: 'My deals', companies: [harbor], relations: [harborSuppliesOpenai] });

    const elsewhere = await withBundled();
    const again = accepted(await importUserDataset(elsewhere, JSON.stringify(exported), 'exported.json'));
    expect(again.name).toBe('My deals');
    expect(await exportDataset(elsewhere, again.id)).toEqual(exported);
    expect(await datasetRelations(elsewhere, again.id)).toEqual(await datasetRelations(db, id));
  });

  it('exports the bundled dataset too, and fails for an unknown id', async () => {
    const db = await withBundled();
    const exported = await exportDataset(db, 'bundled');
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(exported.name).toBe('Backstory');
    expect(byId(exported.companies)).toEqual(byId(makeDataset().companies));
    expect(byId(exported.relations)).toEqual(byId(makeDataset().relations));
    await expect(exportDataset(db, 'nope')).rejects.toThrow('There is no dataset "nope".');
  });
});

describe('an interrupted import', () => {
  const info = { id: 'user-big', name: 'Big', origin: 'user', version: 'v1', enabled: true } as const;

  function manyRelations(count: number): Relation[] {
    return Array.from({ length: count }, (_, i) => ({
      ...harborSuppliesOpenai,
      id: `fact-${String(i).padStart(5, '0')}`,
      parties: [{ companyId: 'meta', role: 'partner' }, { companyId: 'openai', role: 'partner' }],
      kind: 'partnership',
    }));
  }

  it('leaves the earlier data of that dataset intact, and the next import completes it', async () => {
    const db = await withBundled();
    const earlier = await importDataset(db, info, { companies: [harbor], relations: [harborSuppliesOpenai] });
    const before = await rowCounts(db);

    const realBulkPut = db.relationBlocks.bulkPut.bind(db.relationBlocks);
    let calls = 0;
    const spy = vi.spyOn(db.relationBlocks, 'bulkPut').mockImplementation(((...args: Parameters<typeof realBulkPut>) => {
      calls++;
      return calls === 2 ? Promise.reject(new Error('the browser closed')) : realBulkPut(...args);
    }) as typeof realBulkPut);
    const big = { companies: [], relations: manyRelations(4_500) };
    later();
    await expect(importDataset(db, { ...info, version: 'v2' }, big)).rejects.toThrow('the browser closed');
    expect(calls).toBe(2);
    spy.mockRestore();

    expect(await rowCounts(db)).toEqual(before);
    expect(await db.datasets.get('user-big')).toEqual(earlier);
    expect(await relationIdsIn(db, 'user-big')).toEqual([harborSuppliesOpenai.id]);
    expect(await companiesById(db, ['harbor-labs'])).toEqual([harbor]);

    const onProgress = vi.fn();
    const done = await importDataset(db, { ...info, version: 'v2' }, big, onProgress);
    // Relations are written 16 blocks of 256 at a time.
    expect(onProgress.mock.calls).toEqual([[0, 4_500], [4_096, 4_500], [4_500, 4_500]]);
    expect(done).toMatchObject({ version: 'v2', companies: 0, relations: 4_500 });
    expect(await relationIdsIn(db, 'user-big')).toHaveLength(4_500);
    expect(await db.companyRecords.where('datasetId').equals('user-big').count()).toBe(0);
    expect(await relationIdsIn(db, 'bundled')).toHaveLength(4);
  });
});

describe('a reader’s company with the id of a bundled one', () => {
  it('wins when imported later, and the bundled one returns when the reader’s is disabled', async () => {
    const db = await withBundled();
    const corrected: Company = { ...makeDataset().companies[2]!, name: 'OpenAI (corrected)', description: 'A reader’s own description.' };
    const { id } = accepted(await importUserDataset(db, userFile({ name: 'Fixes', companies: [corrected] }), 'fixes.json'));
    expect(await companiesById(db, ['openai'])).toEqual([corrected]);
    expect((await allCompanies(db)).filter((c) => c.id === 'openai')).toEqual([corrected]);

    await setDatasetEnabled(db, id, false);
    expect(await companiesById(db, ['openai'])).toEqual([makeDataset().companies[2]]);
  });

  it('still wins after the bundled dataset is updated (imported again, later)', async () => {
    const db = await withBundled();
    const corrected: Company = { ...makeDataset().companies[2]!, name: 'OpenAI (corrected)' };
    accepted(await importUserDataset(db, userFile({ name: 'Fixes', companies: [corrected] }), 'fixes.json'));
    later();
    await importDataset(db, { id: 'bundled', name: 'Backstory', origin: 'bundled', version: 'b2', enabled: true }, makeDataset());
    expect((await companiesById(db, ['openai']))[0]?.name).toBe('OpenAI (corrected)');
  });
});
