// Hostile and broken dataset files: every one is refused with a message that says what is wrong
// and where, nothing in the database changes, and nothing in them is ever run or merged into
// objects. A full disk stops an import with a clear message and loses nothing.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackstoryDb } from '../../src/store/db';
import { importDataset, removeDataset } from '../../src/store/import-dataset';
import { importUserDataset } from '../../src/store/user-datasets';
import { describeImportFailure } from '../../src/options/import-protocol';
import { makeDataset } from './fixture-dataset';

const opened: BackstoryDb[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

async function withBundled(): Promise<BackstoryDb> {
  const db = new BackstoryDb(`fuzz-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  await importDataset(db, { id: 'bundled', name: 'Backstory', origin: 'bundled', version: 'b1', enabled: true }, makeDataset());
  return db;
}

async function contents(db: BackstoryDb): Promise<string> {
  return JSON.stringify([await db.companyRecords.toArray(), await db.relationBlocks.toArray(), await db.relationPostings.toArray(), await db.datasets.toArray()]);
}

const GOOD = {
  name: 'Mine',
  companies: [{ id: 'harbor-labs', name: 'Harbor Labs', aliases: [{ text: 'Harbor Labs' }], kind: 'private', description: 'Invented.' }],
  relations: [{
    id: 'harbor-labs-supplies-openai', kind: 'vendor',
    parties: [{ companyId: 'harbor-labs', role: 'supplier' }, { companyId: 'openai', role: 'customer' }],
    status: 'reported', announced: '2025-07', summary: 'An invented fact.',
    sources: [{ url: 'https://news.example.com/a', publisher: 'Example', title: 'A story', date: '2025-07-02' }],
  }],
};

const HOSTILE_VALUES = [
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', 'data:text/html,<b>x</b>',
  'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'vbscript:x', 'x'.repeat(100_000), 'a\u0000b', 'line\nbreak', '\u202Eevil',
  '', -1, 1e308, null, true, [], {}, { __proto__: { polluted: true } },
];

/** Paths into the good file where a hostile value can go. */
const PLACES: ((file: typeof GOOD, value: unknown) => void)[] = [
  (f, v) => ((f.companies[0] as Record<string, unknown>).name = v),
  (f, v) => ((f.companies[0] as Record<string, unknown>).id = v),
  (f, v) => ((f.companies[0] as Record<string, unknown>).description = v),
  (f, v) => ((f.companies[0]!.aliases[0] as Record<string, unknown>).text = v),
  (f, v) => ((f.relations[0]!.sources[0] as Record<string, unknown>).url = v),
  (f, v) => ((f.relations[0]!.sources[0] as Record<string, unknown>).publisher = v),
  (f, v) => ((f.relations[0] as Record<string, unknown>).summary = v),
  (f, v) => ((f.relations[0] as Record<string, unknown>).announced = v),
  (f, v) => ((f.relations[0] as Record<string, unknown>).parties = v),
  (f, v) => ((f as Record<string, unknown>).relations = v),
];

function expectRefused(result: Awaited<ReturnType<typeof importUserDataset>>, label: string): void {
  expect(result.ok, label).toBe(false);
  if (result.ok) return;
  expect(result.problems.length, label).toBeGreaterThan(0);
  for (const problem of result.problems) expect(`${problem.field} ${problem.message}`.trim().length, label).toBeGreaterThan(0);
}

describe('importing hostile and broken files', () => {
  it('takes hostile text only as text, refuses everything else, and pollutes nothing', async () => {
    const db = await withBundled();
    const before = await contents(db);
    for (const [p, place] of PLACES.entries()) {
      for (const value of HOSTILE_VALUES) {
        const label = `place ${p}: ${JSON.stringify(value)?.slice(0, 40)}`;
        const file = structuredClone(GOOD);
        place(file, value);
        const result = await importUserDataset(db, JSON.stringify(file), 'hostile.json');
        if (!result.ok) {
          expectRefused(result, label);
          continue;
        }
        // Accepted only as plain text in a text field (markup in a summary is words, shown as text),
        // never as a link, an id or a date; or an empty list of relations (a file of companies).
        const emptyRelations = p === 9 && Array.isArray(value) && value.length === 0;
        if (!emptyRelations) {
          expect(typeof value, label).toBe('string');
          expect([0, 2, 3, 5, 6], label).toContain(p);
        }
        await removeDataset(db, result.dataset.id);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await contents(db)).toBe(before);
  });

  it('refuses sources that are not http(s) links, whatever their spelling', async () => {
    const db = await withBundled();
    const before = await contents(db);
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://example.com/x', '//example.com/x', 'https://', 'http://localhost']) {
      const file = structuredClone(GOOD);
      file.relations[0]!.sources[0]!.url = url;
      const result = await importUserDataset(db, JSON.stringify(file), 'links.json');
      expectRefused(result, url);
      if (!result.ok) expect(result.problems.map((p) => p.field).join(' ')).toContain('sources[0].url');
    }
    expect(await contents(db)).toBe(before);
  });

  it('refuses every truncation of a good file, changing nothing', async () => {
    const db = await withBundled();
    const before = await contents(db);
    const text = JSON.stringify(GOOD);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), async (cut) => {
        expectRefused(await importUserDataset(db, text.slice(0, cut), 'cut.json'), `cut at ${cut}`);
      }),
      { numRuns: 60 },
    );
    expect(await contents(db)).toBe(before);
  });

  it('refuses random JSON of any shape, with __proto__ and constructor keys, changing nothing', async () => {
    const db = await withBundled();
    const before = await contents(db);
    const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'companies', 'relations', 'name', 'id');
    const value = fc.jsonValue();
    const record = fc.dictionary(hostileKeys, value);
    const file = fc.oneof(fc.jsonValue(), fc.record({ name: fc.string(), companies: fc.array(record, { maxLength: 3 }), relations: fc.array(record, { maxLength: 3 }) }));
    await fc.assert(
      fc.asyncProperty(file, async (candidate) => {
        const result = await importUserDataset(db, JSON.stringify(candidate), 'random.json');
        expectRefused(result, JSON.stringify(candidate).slice(0, 80));
      }),
      { numRuns: 120 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('id');
    expect(await contents(db)).toBe(before);
  });

  it('stops on a full disk with a clear message, keeping every earlier record', async () => {
    const db = await withBundled();
    const before = await contents(db);
    vi.spyOn(db.relationBlocks, 'bulkPut').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const failure = await importUserDataset(db, JSON.stringify(GOOD), 'mine.json').catch((error: unknown) => error);
    expect(describeImportFailure(failure)).toBe('The browser has no room left for this dataset. Nothing was changed; free some space or import a smaller file.');
    expect(await contents(db)).toBe(before);
    expect(describeImportFailure(new Error('disk on fire'))).toBe('The import stopped: disk on fire. Nothing was changed.');
  });
});
