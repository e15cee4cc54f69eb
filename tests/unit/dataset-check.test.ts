import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  hasOutsideCauses,
  checkDataset,
  checkRecords,
  formatProblem,
  type CheckOptions,
  type DatasetProblem,
  type RawRecord,
} from '../../src/core/dataset/dataset-check';
import type { Alias, Dataset } from '../../src/core/dataset/dataset-schema';
import { company, makeDataset, relation } from './fixture-dataset';

function problemsOf(input: unknown, options: CheckOptions = {}): DatasetProblem[] {
  const result = checkDataset(input, 'dataset', options);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems;
}

/** A problem located at `place` in the default file "dataset". */
function at(place: string, record: string | undefined, field: string, message: string): DatasetProblem {
  return { file: 'dataset', place, ...(record !== undefined ? { record } : {}), field, message };
}

/** The fixture as JSON Lines records: line n of each file holds record n - 1. */
function asLines(dataset: Dataset): { companies: RawRecord[]; relations: RawRecord[] } {
  return {
    companies: dataset.companies.map((value, i) => ({ value, file: 'data/companies.jsonl', line: i + 1 })),
    relations: dataset.relations.map((value, i) => ({ value, file: 'data/relations.jsonl', line: i + 1 })),
  };
}

const alias = (text: string, extra: Partial<Alias> = {}): Alias => ({ text, caseSensitive: true, ambiguous: false, ...extra });

beforeEach(() => {
  // The schema refuses dates after "now": pin the clock so the fixture's 2025 dates stay past.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-07-01T00:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('checkDataset: shapes', () => {
  it('accepts the valid fixture and returns it unchanged', () => {
    expect(checkDataset(makeDataset())).toEqual({ ok: true, dataset: makeDataset() });
  });

  it('fills in caseSensitive: true and ambiguous: false when an alias leaves them out', () => {
    const input = makeDataset();
    company(input, 'openai').aliases = [{ text: 'OpenAI' } as Alias];
    const result = checkDataset(input);
    expect(result.ok && result.dataset.companies.find((c) => c.id === 'openai')?.aliases).toEqual([
      { text: 'OpenAI', caseSensitive: true, ambiguous: false },
    ]);
  });

  it('rejects input that is not a dataset object, in the file it names', () => {
    for (const input of [null, undefined, 42, 'companies', []]) {
      expect(checkDataset(input, 'upload.json')).toEqual({
        ok: false,
        problems: [{ file: 'upload.json', field: '', message: 'must be an object with "companies" and "relations" arrays' }],
      });
    }
    expect(problemsOf({ companies: 'many', relations: {} })).toEqual([
      { file: 'dataset', field: 'companies', message: 'must be an array' },
      { file: 'dataset', field: 'relations', message: 'must be an array' },
    ]);
  });

  it('treats a missing list as empty', () => {
    expect(checkDataset({ companies: [] })).toEqual({ ok: true, dataset: { companies: [], relations: [] } });
  });

  it('rejects an id that is not a lowercase slug, and then cannot link to it', () => {
    const input = makeDataset();
    input.companies[2]!.id = 'Open AI';
    expect(problemsOf(input)).toEqual([
      at('companies[2]', 'Open AI', 'id', 'must be a lowercase slug such as "scale-ai"'),
      at('relations[2]', 'openai-scale-ai', 'parties[0].companyId', '"openai" is not a company'),
    ]);
  });

  it('accepts only http(s) source URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.com/a', 'news.example.com/a', '']) {
      const input = makeDataset();
      relation(input, 'nestle-scale-ai').sources[0]!.url = url;
      expect(problemsOf(input), url).toEqual([at('relations[3]', 'nestle-scale-ai', 'sources[0].url', 'must be an http(s) URL')]);
    }
  });

  it('checks the sources of a change too', () => {
    const input = makeDataset();
    relation(input, 'google-scale-ai').changes![0]!.sources[0]!.url = 'javascript:alert(1)';
    expect(problemsOf(input)).toEqual([
      at('relations[1]', 'google-scale-ai', 'changes[0].sources[0].url', 'must be an http(s) URL'),
    ]);
  });

  it('rejects a date in the future or one that does not exist', () => {
    const future = makeDataset();
    relation(future, 'meta-scale-ai').announced = '2025-07-02';
    expect(problemsOf(future)).toEqual([
      at('relations[0]', 'meta-scale-ai', 'announced', 'must be a real date, not in the future'),
      // The relation failed, so the change it caused points at nothing.
      at('relations[1]', 'google-scale-ai', 'changes[0].causeId', '"meta-scale-ai" is not a relation'),
      at('relations[2]', 'openai-scale-ai', 'changes[1].causeId', '"meta-scale-ai" is not a relation'),
    ]);

    const impossible = makeDataset();
    relation(impossible, 'nestle-scale-ai').ended = '2025-02-29';
    expect(problemsOf(impossible)).toEqual([
      at('relations[3]', 'nestle-scale-ai', 'ended', 'must be a real date, not in the future'),
    ]);

    const malformed = makeDataset();
    relation(malformed, 'nestle-scale-ai').announced = '3/1/2024';
    expect(problemsOf(malformed)).toEqual([
      at('relations[3]', 'nestle-scale-ai', 'announced', 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
      at('relations[3]', 'nestle-scale-ai', 'announced', 'must be a real date, not in the future'),
    ]);
  });

  it('requires at least one source for a relation and for a change', () => {
    const input = makeDataset();
    relation(input, 'nestle-scale-ai').sources = [];
    relation(input, 'google-scale-ai').changes![0]!.sources = [];
    expect(problemsOf(input)).toEqual([
      at('relations[1]', 'google-scale-ai', 'changes[0].sources', 'needs at least one source'),
      at('relations[3]', 'nestle-scale-ai', 'sources', 'needs at least one source'),
    ]);
  });

  it('requires two parties and a known relation kind', () => {
    const input = makeDataset();
    relation(input, 'nestle-scale-ai').parties.pop();
    (relation(input, 'nestle-scale-ai') as { kind: string }).kind = 'friendship';
    const problems = problemsOf(input);
    expect(problems.map((p) => [p.place, p.record, p.field])).toEqual([
      ['relations[3]', 'nestle-scale-ai', 'kind'],
      ['relations[3]', 'nestle-scale-ai', 'parties'],
    ]);
    expect(problems[0]!.message).toMatch(/^Invalid option: expected one of "acquisition"\|/);
    expect(problems[1]!.message).toBe('needs at least two parties');
  });

  it('checks tickers, sector and wikidata', () => {
    const input = makeDataset();
    company(input, 'meta').tickers = [{ symbol: 'meta', exchange: 'NASDAQ' }];
    company(input, 'alphabet').wikidata = 'Q0';
    (company(input, 'openai') as { sector: string }).sector = 'bakery';
    const problems = problemsOf(input);
    expect(problems.slice(0, 2)).toEqual([
      at('companies[0]', 'meta', 'tickers[0].symbol', 'must be an upper-case ticker symbol such as "META"'),
      at('companies[2]', 'openai', 'sector', expect.stringMatching(/^Invalid option: expected one of "ai"\|"cloud"/)),
    ]);
    expect(problems.slice(2, 3)).toEqual([at('companies[3]', 'alphabet', 'wikidata', 'must be a Wikidata item id such as "Q380"')]);
  });

  it('accepts a company with several tickers, a sector and a wikidata id', () => {
    const input = makeDataset();
    company(input, 'alphabet').tickers = [{ symbol: 'GOOGL', exchange: 'NASDAQ' }, { symbol: 'GOOG', exchange: 'NASDAQ' }];
    company(input, 'alphabet').sector = 'internet';
    company(input, 'alphabet').wikidata = 'Q20800404';
    const result = checkDataset(input);
    expect(result.ok && result.dataset.companies[3]).toMatchObject({
      tickers: [{ symbol: 'GOOGL', exchange: 'NASDAQ' }, { symbol: 'GOOG', exchange: 'NASDAQ' }],
      sector: 'internet',
      wikidata: 'Q20800404',
    });
  });

  it('rejects an unknown key, naming it (the old single "ticker" too)', () => {
    const input = makeDataset();
    (company(input, 'openai') as Record<string, unknown>).ceo = 'x';
    (company(input, 'alphabet') as Record<string, unknown>).ticker = { symbol: 'GOOGL', exchange: 'NASDAQ' };
    (relation(input, 'nestle-scale-ai').sources[0] as Record<string, unknown>).author = 'Someone';
    expect(problemsOf(input)).toEqual([
      at('companies[2]', 'openai', '', 'Unrecognized key: "ceo"'),
      at('companies[3]', 'alphabet', '', 'Unrecognized key: "ticker"'),
      at('relations[3]', 'nestle-scale-ai', 'sources[0]', 'Unrecognized key: "author"'),
      // The companies that failed their check are unknown to the records linking to them.
      at('companies[4]', 'google', 'parentId', '"alphabet" is not a company'),
      at('relations[2]', 'openai-scale-ai', 'parties[0].companyId', '"openai" is not a company'),
    ]);
  });

  it('rejects control characters in a name', () => {
    for (const name of ['Open\u0007AI', 'Open\nAI', 'Open\u007fAI', '\u0000']) {
      const input = makeDataset();
      company(input, 'nestle').name = name;
      expect(problemsOf(input), JSON.stringify(name)).toEqual([
        at('companies[5]', 'nestle', 'name', 'must not contain control characters'),
        at('relations[3]', 'nestle-scale-ai', 'parties[0].companyId', '"nestle" is not a company'),
      ]);
    }
  });

  it('rejects a 1 MB summary (at most 400 characters)', () => {
    const input = makeDataset();
    relation(input, 'nestle-scale-ai').summary = 'x'.repeat(1_000_000);
    expect(problemsOf(input)).toEqual([
      at('relations[3]', 'nestle-scale-ai', 'summary', 'Too big: expected string to have <=400 characters'),
    ]);
    relation(input, 'nestle-scale-ai').summary = 'x'.repeat(400);
    expect(checkDataset(input).ok).toBe(true);
  });

  it('does not let a __proto__ key pollute Object.prototype, and reports it as an unknown key', () => {
    const raw = JSON.stringify(makeDataset()).replace(
      '"id":"nestle",',
      '"id":"nestle","__proto__":{"polluted":"yes","kind":"nonprofit"},',
    );
    const input: unknown = JSON.parse(raw);
    const problems = problemsOf(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(problems).toEqual([
      at('companies[5]', 'nestle', '', 'Unrecognized key: "__proto__"'),
      at('relations[3]', 'nestle-scale-ai', 'parties[0].companyId', '"nestle" is not a company'),
    ]);
  });

  it('reports a record that is not an object without a record id', () => {
    const input = { companies: [42], relations: [] };
    expect(problemsOf(input)).toEqual([at('companies[0]', undefined, '', 'Invalid input: expected object, received number')]);
  });
});

describe('checkDataset: links between records', () => {
  it('reports a company id used twice, at the second record', () => {
    const input = makeDataset();
    input.companies.push({ ...company(input, 'openai'), name: 'OpenAI again', aliases: [alias('OpenAI again')] });
    expect(problemsOf(input)).toEqual([at('companies[6]', 'openai', 'id', 'is used by another company')]);
  });

  it('reports a relation id used twice, once', () => {
    const input = makeDataset();
    relation(input, 'nestle-scale-ai').id = 'meta-scale-ai';
    expect(problemsOf(input)).toEqual([at('relations[3]', 'meta-scale-ai', 'id', 'is used by another relation')]);
  });

  it('reports a party that is not a company', () => {
    const input = makeDataset();
    relation(input, 'meta-scale-ai').parties[1]!.companyId = 'scale';
    expect(problemsOf(input)).toEqual([at('relations[0]', 'meta-scale-ai', 'parties[1].companyId', '"scale" is not a company')]);
  });

  it('accepts a party known from outside the dataset (knownCompanyIds)', () => {
    const input = makeDataset();
    relation(input, 'meta-scale-ai').parties[1]!.companyId = 'harbor-labs';
    expect(checkDataset(input, 'dataset', { knownCompanyIds: new Set(['harbor-labs']) }).ok).toBe(true);
    expect(problemsOf(input, { knownCompanyIds: new Set(['harbor']) })).toEqual([
      at('relations[0]', 'meta-scale-ai', 'parties[1].companyId', '"harbor-labs" is not a company'),
    ]);
  });

  it('reports a company listed twice as a party', () => {
    const input = makeDataset();
    relation(input, 'nestle-scale-ai').parties.push({ companyId: 'nestle', role: 'partner' });
    expect(problemsOf(input)).toEqual([at('relations[3]', 'nestle-scale-ai', 'parties[2].companyId', '"nestle" is already a party')]);
  });

  it('reports a parentId that is not a company, and accepts a parent listed later or known', () => {
    const input = makeDataset();
    company(input, 'google').parentId = 'alphabet-inc';
    expect(problemsOf(input)).toEqual([at('companies[4]', 'google', 'parentId', '"alphabet-inc" is not a company')]);

    const later = makeDataset();
    later.companies.reverse();
    expect(checkDataset(later).ok).toBe(true);

    expect(checkDataset(input, 'dataset', { knownCompanyIds: new Set(['alphabet-inc']) }).ok).toBe(true);
  });

  it('reports a company that is its own parent', () => {
    const input = makeDataset();
    company(input, 'google').parentId = 'google';
    expect(problemsOf(input)).toEqual([at('companies[4]', 'google', 'parentId', 'a company cannot be its own parent')]);
  });

  it('reports a change cause that is not a relation, and accepts a known one', () => {
    const input = makeDataset();
    relation(input, 'google-scale-ai').changes![0]!.causeId = 'meta-scale';
    expect(problemsOf(input)).toEqual([at('relations[1]', 'google-scale-ai', 'changes[0].causeId', '"meta-scale" is not a relation')]);
    expect(checkDataset(input, 'dataset', { knownRelationIds: new Set(['meta-scale']) }).ok).toBe(true);
  });

  it('reports a change caused by its own relation', () => {
    const input = makeDataset();
    relation(input, 'openai-scale-ai').changes![1]!.causeId = 'openai-scale-ai';
    expect(problemsOf(input)).toEqual([
      at('relations[2]', 'openai-scale-ai', 'changes[1].causeId', 'a change cannot be caused by its own relation'),
    ]);
  });

  it('reports an alias that is another company’s name, whatever its case', () => {
    const input = makeDataset();
    company(input, 'nestle').aliases.push(alias('openai', { caseSensitive: false }));
    expect(problemsOf(input)).toEqual([
      at('companies[5]', 'nestle', 'aliases[1].text', '"openai" is also a name of openai; mark it ambiguous in both to share it'),
    ]);
  });

  it('reports a former name that is another company’s alias', () => {
    const input = makeDataset();
    company(input, 'nestle').formerNames = [{ name: 'OpenAI' }];
    expect(problemsOf(input)).toEqual([
      at('companies[5]', 'nestle', 'formerNames[0].name', '"OpenAI" is also a name of openai; mark it ambiguous in both to share it'),
    ]);
  });

  it('lets two companies share a name only when both mark it ambiguous', () => {
    const shared = (first: boolean, second: boolean) => {
      const input = makeDataset();
      company(input, 'alphabet').aliases.push(alias('Orbit', first ? { ambiguous: true, evidence: ['other-name-on-page'] } : {}));
      company(input, 'nestle').aliases.push(alias('Orbit', second ? { ambiguous: true, evidence: ['company-words-nearby'] } : {}));
      return checkDataset(input);
    };
    expect(shared(true, true).ok).toBe(true);
    const problem = at('companies[5]', 'nestle', 'aliases[1].text', '"Orbit" is also a name of alphabet; mark it ambiguous in both to share it');
    expect(shared(true, false)).toEqual({ ok: false, problems: [problem] });
    expect(shared(false, true)).toEqual({ ok: false, problems: [problem] });
    expect(shared(false, false)).toEqual({ ok: false, problems: [problem] });
  });

  it('lets one company repeat its own name as an alias and a former name', () => {
    const input = makeDataset();
    company(input, 'meta').formerNames!.push({ name: 'meta platforms' });
    expect(checkDataset(input).ok).toBe(true);
  });

  it('requires evidence for an ambiguous alias and refuses it otherwise', () => {
    const input = makeDataset();
    company(input, 'alphabet').aliases.push(alias('Alpha', { ambiguous: true }));
    company(input, 'nestle').aliases[0]!.evidence = ['ticker-on-page'];
    expect(problemsOf(input)).toEqual([
      at('companies[3]', 'alphabet', 'aliases[1].evidence', 'an ambiguous alias needs the evidence that makes it count'),
      at('companies[5]', 'nestle', 'aliases[0].evidence', 'only an ambiguous alias takes evidence'),
    ]);
  });

  it('rejects an empty evidence list and an unknown evidence kind', () => {
    const input = makeDataset();
    company(input, 'alphabet').aliases.push(alias('Alpha', { ambiguous: true, evidence: [] }));
    const problems = problemsOf(input);
    expect(problems).toEqual([
      at('companies[3]', 'alphabet', 'aliases[1].evidence', 'Too small: expected array to have >=1 items'),
      at('companies[4]', 'google', 'parentId', '"alphabet" is not a company'),
    ]);

    const unknownKind = makeDataset();
    company(unknownKind, 'alphabet').aliases.push({ ...alias('Alpha', { ambiguous: true }), evidence: ['gut-feeling'] } as unknown as Alias);
    expect(problemsOf(unknownKind).map((p) => p.field)).toEqual(['aliases[1].evidence[0]', 'parentId']);
  });

  it('reports closed or ended before the announcement, comparing at the coarser precision', () => {
    const input = makeDataset();
    relation(input, 'meta-scale-ai').closed = '2025-05-30';
    relation(input, 'nestle-scale-ai').ended = '2023';
    expect(problemsOf(input)).toEqual([
      at('relations[0]', 'meta-scale-ai', 'closed', 'is before the announcement (2025-06)'),
      at('relations[3]', 'nestle-scale-ai', 'ended', 'is before the announcement (2024-03)'),
    ]);

    // Same year or same month as the announcement: not before it.
    for (const [announced, closed] of [['2025-06', '2025'], ['2025-06', '2025-06-01'], ['2025', '2025-01-01'], ['2025-06-12', '2025-06']]) {
      const ok = makeDataset();
      relation(ok, 'meta-scale-ai').announced = announced!;
      relation(ok, 'meta-scale-ai').closed = closed!;
      relation(ok, 'meta-scale-ai').ended = closed!;
      expect(checkDataset(ok).ok, `${announced} / ${closed}`).toBe(true);
    }
  });

  it('allows changes only on vendor relations', () => {
    const input = makeDataset();
    relation(input, 'nestle-scale-ai').changes = structuredClone(relation(input, 'openai-scale-ai').changes);
    expect(problemsOf(input)).toEqual([at('relations[3]', 'nestle-scale-ai', 'changes', 'only vendor relationships have changes')]);
  });

  it('requires records sorted by id when asked to, naming the record out of place', () => {
    const input = makeDataset();
    input.companies.sort((a, b) => a.id.localeCompare(b.id));
    input.relations.sort((a, b) => a.id.localeCompare(b.id));
    expect(checkDataset(input, 'dataset', { requireSortedIds: true }).ok).toBe(true);

    [input.relations[0], input.relations[1]] = [input.relations[1]!, input.relations[0]!];
    expect(problemsOf(input, { requireSortedIds: true })).toEqual([
      at('relations[1]', 'google-scale-ai', 'id', 'records must be sorted by id, but this comes after "meta-scale-ai"'),
    ]);
    // Without the option, order does not matter.
    expect(checkDataset(input).ok).toBe(true);
  });
});

describe('checkRecords', () => {
  it('locates problems by file and line', () => {
    const dataset = makeDataset();
    company(dataset, 'google').parentId = 'google';
    relation(dataset, 'nestle-scale-ai').sources[0]!.date = 'March';
    const result = checkRecords(asLines(dataset));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: 'data/relations.jsonl', line: 4, record: 'nestle-scale-ai', field: 'sources[0].date',
          message: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
        },
        {
          file: 'data/relations.jsonl', line: 4, record: 'nestle-scale-ai', field: 'sources[0].date',
          message: 'must be a real date, not in the future',
        },
        { file: 'data/companies.jsonl', line: 5, record: 'google', field: 'parentId', message: 'a company cannot be its own parent' },
      ],
    });
  });

  it('returns the checked dataset in file order', () => {
    expect(checkRecords(asLines(makeDataset()))).toEqual({ ok: true, dataset: makeDataset() });
  });

  it('calls onProgress, ending with (total, total)', () => {
    const onProgress = vi.fn();
    checkRecords(asLines(makeDataset()), { onProgress });
    expect(onProgress.mock.calls).toEqual([[0, 10], [6, 10], [10, 10]]);
  });

  it('calls onProgress now and then for a large input, counting up to the total', () => {
    const onProgress = vi.fn();
    const companies: RawRecord[] = Array.from({ length: 12_000 }, (_, i) => ({
      value: { id: `company-${i}`, name: `Company ${i}`, aliases: [{ text: `Company ${i}` }], kind: 'private', description: 'Invented.' },
      file: 'big.jsonl',
      line: i + 1,
    }));
    const result = checkRecords({ companies, relations: [] }, { onProgress });
    expect(result.ok).toBe(true);
    expect(onProgress.mock.calls).toEqual([[0, 12_000], [5_000, 12_000], [10_000, 12_000], [12_000, 12_000]]);
  });

  it('calls onProgress once with (0, 0) for no records', () => {
    const onProgress = vi.fn();
    expect(checkRecords({ companies: [], relations: [] }, { onProgress })).toEqual({ ok: true, dataset: { companies: [], relations: [] } });
    expect(onProgress.mock.calls).toEqual([[0, 0]]);
  });
});

describe('hasOutsideCauses', () => {
  const raw = (value: unknown) => ({ value, file: 'mine.json' });
  it('is true only when a change names a cause the records do not define', () => {
    const own = raw({ id: 'a', changes: [{ causeId: 'b' }] });
    const other = raw({ id: 'b', changes: [] });
    expect(hasOutsideCauses([own, other])).toBe(false);
    expect(hasOutsideCauses([own])).toBe(true);
    expect(hasOutsideCauses([raw({ id: 'c', changes: [{ date: '2025' }] })])).toBe(false);
  });

  it('reads malformed records without throwing', () => {
    expect(hasOutsideCauses([raw(null), raw('x'), raw({ changes: 'none' }), raw({ changes: [null, 3] })])).toBe(false);
  });
});

describe('formatProblem', () => {
  it('prints a line-located problem as file:line (record) field: message', () => {
    expect(
      formatProblem({ file: 'data/relations.jsonl', line: 12, record: 'meta-scale-ai', field: 'closed', message: 'is before the announcement (2025-06)' }),
    ).toBe('data/relations.jsonl:12 (meta-scale-ai) closed: is before the announcement (2025-06)');
  });

  it('prints a place-located problem with the place after the file', () => {
    expect(
      formatProblem({ file: 'my-deals.json', place: 'companies[3]', record: 'harbor-labs', field: 'aliases[0].text', message: 'must not contain control characters' }),
    ).toBe('my-deals.json companies[3] (harbor-labs) aliases[0].text: must not contain control characters');
  });

  it('leaves out what a problem does not have', () => {
    expect(formatProblem({ file: 'upload.json', field: '', message: 'not valid JSON' })).toBe('upload.json: not valid JSON');
    expect(formatProblem({ file: 'deals.csv', line: 1, field: '', message: 'unknown column: notes' })).toBe('deals.csv:1: unknown column: notes');
    expect(formatProblem({ file: 'upload.json', field: 'companies', message: 'must be an array' })).toBe('upload.json companies: must be an array');
  });
});
