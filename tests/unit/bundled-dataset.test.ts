// The project's own dataset (data/*.jsonl), read and checked the way the build compiles it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDatasetAt, compileProjectDataset, DATA_DIR, loadProjectDataset } from '../../scripts/dataset-source';
import { fingerprintText } from '../../src/core/dataset/fingerprint';

describe('the bundled dataset', () => {
  const compiled = compileProjectDataset();
  const { dataset } = compiled;

  it('passes every check, sorted ids included', () => {
    const check = checkDatasetAt(DATA_DIR);
    expect(check.ok ? [] : check.problems).toEqual([]);
    expect(loadProjectDataset()).toEqual(dataset);
  });

  it('compiles to the same version twice, and that version is the fingerprint of its JSON', () => {
    expect(compiled.version).toMatch(/^[0-9a-f]{8}[0-9a-f]+$/);
    expect(compileProjectDataset().version).toBe(compiled.version);
    expect(compiled.version).toBe(fingerprintText(compiled.json));
    expect(JSON.parse(compiled.json)).toEqual(dataset);
  });

  it('gets another version when the dataset changes', () => {
    const changed = structuredClone(dataset);
    changed.relations[0]!.summary += ' Edited.';
    expect(fingerprintText(JSON.stringify(changed))).not.toBe(compiled.version);
    const reordered = { ...dataset, companies: [...dataset.companies].reverse() };
    expect(fingerprintText(JSON.stringify(reordered))).not.toBe(compiled.version);
  });

  it('tells the seed story: Meta’s completed 49% stake, OpenAI and Google leaving Scale AI, and no cause OpenAI denied', () => {
    const stake = dataset.relations.find((r) => r.id === 'meta-invests-in-scale-ai-2025');
    expect(stake).toMatchObject({ status: 'completed', stakePercent: 49, value: { amount: 14_300_000_000, currency: 'USD' }, announced: '2025-06-12' });
    expect(stake!.parties).toEqual([{ companyId: 'meta', role: 'investor' }, { companyId: 'scale-ai', role: 'investee' }]);
    const windDown = (customer: string) => {
      const vendor = dataset.relations.find(
        (r) => r.kind === 'vendor' && r.parties.some((p) => p.companyId === customer) && r.parties.some((p) => p.companyId === 'scale-ai'),
      );
      expect(vendor?.parties.map((p) => [p.companyId, p.role]).sort(), customer).toEqual([[customer, 'customer'], ['scale-ai', 'supplier']].sort());
      const change = vendor?.changes?.find((c) => c.kind === 'winding-down');
      expect(change?.date.startsWith('2025-06'), customer).toBe(true);
      return change!;
    };
    // OpenAI said its wind-down began months before Meta's stake and was not caused by it: timing, no cause.
    expect(windDown('openai')).toMatchObject({ confirmed: true });
    expect(windDown('openai').causeId).toBeUndefined();
    // Google's plan is reported, and the report links it to the stake.
    expect(windDown('google')).toMatchObject({ confirmed: false, causeId: stake!.id });
  });

  it('dates every relation and cites an http(s) source for it and for every change', () => {
    for (const relation of dataset.relations) {
      expect(relation.announced, relation.id).toMatch(/^\d{4}/);
      expect(relation.sources.length, relation.id).toBeGreaterThan(0);
      for (const change of relation.changes ?? []) expect(change.sources.length, relation.id).toBeGreaterThan(0);
      for (const source of [...relation.sources, ...(relation.changes ?? []).flatMap((c) => c.sources)]) {
        expect(source.url, relation.id).toMatch(/^https?:\/\//);
      }
    }
  });

  it('has the companies the seed story names, with Meta’s former name', () => {
    const ids = dataset.companies.map((c) => c.id);
    for (const id of ['openai', 'scale-ai', 'meta', 'google', 'alphabet', 'microsoft', 'bloomberg', 'reuters', 'thomson-reuters']) {
      expect(ids).toContain(id);
    }
    expect(dataset.companies.find((c) => c.id === 'meta')?.formerNames?.map((f) => f.name)).toEqual(['Facebook']);
  });
});

describe('checkDatasetAt', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'backstory-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const relation = (id: string, parties: [string, string]) => ({
    id,
    kind: 'partnership',
    parties: [{ companyId: parties[0], role: 'partner' }, { companyId: parties[1], role: 'partner' }],
    status: 'announced',
    announced: '2024-05',
    summary: 'An invented partnership for a test.',
    sources: [{ url: 'https://news.example.com/p', publisher: 'Example News', title: 'Invented', date: '2024-05' }],
  });

  it('checks a reader’s file against the bundled companies', () => {
    const good = write('good.json', JSON.stringify({ name: 'Mine', relations: [relation('openai-meta-test', ['openai', 'meta'])] }));
    const check = checkDatasetAt(good);
    expect(check.ok && check.dataset.relations.map((r) => r.id)).toEqual(['openai-meta-test']);
  });

  it('reports a file with an unknown party and a bad line, with its lines', () => {
    const file = write('relations-mine.jsonl', `${JSON.stringify(relation('a-test', ['openai', 'nobody-inc']))}\n\n{oops\n`);
    const check = checkDatasetAt(file);
    expect(check.ok).toBe(false);
    const name = path.relative(process.cwd(), file);
    expect(!check.ok && check.problems).toEqual([
      { file: name, line: 3, field: '', message: expect.stringMatching(/^not valid JSON/) },
      { file: name, line: 1, record: 'a-test', field: 'parties[1].companyId', message: '"nobody-inc" is not a company' },
    ]);
  });

  it('holds a standalone folder (a benchmark\'s older data/) to its own companies', () => {
    const folder = path.join(dir, 'standalone');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'companies.jsonl'), '');
    writeFileSync(path.join(folder, 'relations.jsonl'), `${JSON.stringify(relation('openai-meta-test', ['openai', 'meta']))}\n`);
    expect(checkDatasetAt(folder).ok).toBe(true);
    const standalone = checkDatasetAt(folder, { standalone: true });
    expect(!standalone.ok && standalone.problems.map((p) => p.message)).toEqual(['"openai" is not a company', '"meta" is not a company']);
  });

  it('refuses a path that does not exist or is not a dataset file', () => {
    expect(checkDatasetAt(path.join(dir, 'missing'))).toEqual({
      ok: false,
      problems: [{ file: path.join(dir, 'missing'), field: '', message: 'does not exist' }],
    });
    const other = write('notes.txt', 'hello');
    expect(checkDatasetAt(other)).toEqual({
      ok: false,
      problems: [{ file: path.relative(process.cwd(), other), field: '', message: 'is not a dataset file (.jsonl, .json or .csv) or folder' }],
    });
  });

  it('reports the missing files of a dataset folder', () => {
    const folder = mkdtempSync(path.join(dir, 'folder-'));
    const check = checkDatasetAt(folder);
    expect(!check.ok && check.problems.map((p) => [path.basename(p.file), p.message])).toEqual([
      ['companies.jsonl', 'is missing'],
      ['relations.jsonl', 'is missing'],
    ]);
  });
});
