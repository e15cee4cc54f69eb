import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, readImportJson, readJsonLines, readRelationsCsv } from '../../src/core/dataset/dataset-files';
import { checkRecords } from '../../src/core/dataset/dataset-check';

describe('readJsonLines', () => {
  it('numbers records by their line, blank lines and CRLF included', () => {
    const text = '{"id":"a"}\n\n   \n{"id":"b"}\r\n\n{"id":"c"}\n';
    expect(readJsonLines(text, 'data/companies.jsonl')).toEqual({
      records: [
        { value: { id: 'a' }, file: 'data/companies.jsonl', line: 1 },
        { value: { id: 'b' }, file: 'data/companies.jsonl', line: 4 },
        { value: { id: 'c' }, file: 'data/companies.jsonl', line: 6 },
      ],
      problems: [],
    });
  });

  it('reports an invalid JSON line with its line and keeps every other record', () => {
    const text = '{"id":"a"}\n{"id": "b",}\n\n{"id":"c"}';
    const { records, problems } = readJsonLines(text, 'data/relations.jsonl');
    expect(records).toEqual([
      { value: { id: 'a' }, file: 'data/relations.jsonl', line: 1 },
      { value: { id: 'c' }, file: 'data/relations.jsonl', line: 4 },
    ]);
    expect(problems).toEqual([
      { file: 'data/relations.jsonl', line: 2, field: '', message: expect.stringMatching(/^not valid JSON \(.+\)$/) },
    ]);
  });

  it('reads an empty file as no records', () => {
    expect(readJsonLines('', 'empty.jsonl')).toEqual({ records: [], problems: [] });
    expect(readJsonLines('\n\n', 'empty.jsonl')).toEqual({ records: [], problems: [] });
  });

  it('refuses a line longer than a million characters without parsing it', () => {
    const long = JSON.stringify({ id: 'a', summary: 'x'.repeat(1_000_000) });
    const { records, problems } = readJsonLines(`{"id":"first"}\n${long}\n{"id":"last"}`, 'big.jsonl');
    expect(records.map((r) => r.line)).toEqual([1, 3]);
    expect(problems).toEqual([{ file: 'big.jsonl', line: 2, field: '', message: 'line is longer than 1000000 characters' }]);
  });

  it('keeps a __proto__ key as data, not as a prototype', () => {
    const { records } = readJsonLines('{"id":"a","__proto__":{"polluted":true}}', 'x.jsonl');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(records[0]!.value as object)).toEqual(['id', '__proto__']);
  });
});

describe('readImportJson', () => {
  it('reads name, companies and relations with their places', () => {
    const text = JSON.stringify({ format: 'backstory-dataset', version: 1, name: '  My deals  ', companies: [{ id: 'a' }, { id: 'b' }], relations: [{ id: 'r' }] });
    expect(readImportJson(text, 'my-deals.json')).toEqual({
      name: 'My deals',
      companies: [
        { value: { id: 'a' }, file: 'my-deals.json', place: 'companies[0]' },
        { value: { id: 'b' }, file: 'my-deals.json', place: 'companies[1]' },
      ],
      relations: [{ value: { id: 'r' }, file: 'my-deals.json', place: 'relations[0]' }],
      problems: [],
    });
  });

  it('reports text that is not JSON', () => {
    const result = readImportJson('{"companies": [', 'broken.json');
    expect(result.companies).toEqual([]);
    expect(result.relations).toEqual([]);
    expect(result.problems).toEqual([{ file: 'broken.json', field: '', message: expect.stringMatching(/^not valid JSON \(.+\)$/) }]);
  });

  it('reports JSON that is not an object', () => {
    for (const text of ['[]', '"companies"', '42', 'null']) {
      expect(readImportJson(text, 'x.json'), text).toEqual({
        companies: [],
        relations: [],
        problems: [{ file: 'x.json', field: '', message: 'must be an object with "companies" and/or "relations" arrays' }],
      });
    }
  });

  it('reports a name that is not a non-empty string', () => {
    for (const name of ['', '   ', 7, null]) {
      const result = readImportJson(JSON.stringify({ name, companies: [] }), 'x.json');
      expect(result.name, String(name)).toBeUndefined();
      expect(result.problems, String(name)).toEqual([{ file: 'x.json', field: 'name', message: 'must be a non-empty string' }]);
    }
  });

  it('cuts a long name to 100 characters', () => {
    expect(readImportJson(JSON.stringify({ name: 'n'.repeat(300) }), 'x.json').name).toBe('n'.repeat(100));
  });

  it('reports an unknown top-level key and lists that are not arrays', () => {
    const result = readImportJson(JSON.stringify({ companies: { id: 'a' }, relations: 'none', extra: 1, notes: 'x' }), 'x.json');
    expect(result).toEqual({
      companies: [],
      relations: [],
      problems: [
        { file: 'x.json', field: 'companies', message: 'must be an array' },
        { file: 'x.json', field: 'relations', message: 'must be an array' },
        { file: 'x.json', field: 'extra', message: 'is not a field of the import format' },
        { file: 'x.json', field: 'notes', message: 'is not a field of the import format' },
      ],
    });
  });

  it('accepts an object with only relations', () => {
    const result = readImportJson('{"relations": []}', 'x.json');
    expect(result).toEqual({ companies: [], relations: [], problems: [] });
  });
});

const HEADER = CSV_COLUMNS.join(',');

/** One CSV row in CSV_COLUMNS order; `summary` is written as given (quote it yourself). */
function row(id: string, summary = 'Invented summary', overrides: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {}): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    id, kind: 'investment', status: 'completed', party_a: 'meta', role_a: 'investor', party_b: 'scale-ai', role_b: 'investee',
    announced: '2025-06', closed: '2025-06-12', ended: '', value: '14300000000', currency: 'USD', stake_percent: '49',
    summary, source_url: 'https://news.example.com/a', source_publisher: 'Example News', source_title: 'An invented title',
    source_date: '2025-06-12', ...overrides,
  };
  return CSV_COLUMNS.map((column) => cells[column]).join(',');
}

describe('readRelationsCsv', () => {
  it('turns a row into a relation, with numbers for value and stake', () => {
    expect(readRelationsCsv(`${HEADER}\n${row('meta-scale-ai')}\n`, 'deals.csv')).toEqual({
      companies: [],
      relations: [{
        file: 'deals.csv',
        line: 2,
        value: {
          id: 'meta-scale-ai',
          kind: 'investment',
          status: 'completed',
          parties: [{ companyId: 'meta', role: 'investor' }, { companyId: 'scale-ai', role: 'investee' }],
          announced: '2025-06',
          closed: '2025-06-12',
          value: { amount: 14_300_000_000, currency: 'USD' },
          stakePercent: 49,
          summary: 'Invented summary',
          sources: [{ url: 'https://news.example.com/a', publisher: 'Example News', title: 'An invented title', date: '2025-06-12' }],
        },
      }],
      problems: [],
    });
  });

  it('leaves out empty optional cells and trims the others', () => {
    const text = `${HEADER}\n${row(' openai-scale-ai ', 'Invented', { kind: 'vendor', closed: '', value: '', currency: '', stake_percent: ' ' })}\n`;
    const value = readRelationsCsv(text, 'deals.csv').relations[0]!.value as Record<string, unknown>;
    expect(value.id).toBe('openai-scale-ai');
    expect(Object.keys(value).sort()).toEqual(['announced', 'id', 'kind', 'parties', 'sources', 'status', 'summary']);
  });

  it('reads columns in any order', () => {
    const columns = [...CSV_COLUMNS].reverse();
    const cells = row('meta-scale-ai').split(',').reverse();
    const { relations, problems } = readRelationsCsv(`${columns.join(',')}\n${cells.join(',')}`, 'deals.csv');
    expect(problems).toEqual([]);
    expect(relations[0]!.value).toMatchObject({ id: 'meta-scale-ai', stakePercent: 49, parties: [{ companyId: 'meta' }, { companyId: 'scale-ai' }] });
  });

  it('keeps quoted commas and doubled quotes', () => {
    const { relations } = readRelationsCsv(`${HEADER}\n${row('a', '"Meta, the buyer, says ""hello"""')}`, 'deals.csv');
    expect((relations[0]!.value as { summary: string }).summary).toBe('Meta, the buyer, says "hello"');
  });

  it('counts the lines a quoted multi-line summary spans for the rows after it', () => {
    const text = `${HEADER}\n${row('a', '"First line\nsecond line\nthird line"')}\n${row('b')}\r\n${row('c', '"one\r\ntwo"')}\r\n${row('d')}\n`;
    const { relations, problems } = readRelationsCsv(text, 'deals.csv');
    expect(problems).toEqual([]);
    expect(relations.map((r) => [(r.value as { id: string }).id, r.line])).toEqual([['a', 2], ['b', 5], ['c', 6], ['d', 8]]);
    expect((relations[0]!.value as { summary: string }).summary).toBe('First line\nsecond line\nthird line');
  });

  // BUG (src/core/dataset-files.ts, readRelationsCsv): Papa's skipEmptyLines drops the blank line,
  // but the line counter does not count it, so every row after a blank line is reported one line
  // too early (here "b" is on line 4 and comes back as line 3). Remove `.fails` once fixed.
  it('numbers a row after a blank line by its real line', () => {
    const { relations } = readRelationsCsv(`${HEADER}\n${row('a')}\n\n${row('b')}\n`, 'deals.csv');
    expect(relations.map((r) => r.line)).toEqual([2, 4]);
  });

  // BUG (same function): a Papa parse error is placed at `error.row + 2`, which ignores the extra
  // lines of a quoted multi-line cell above it: the extra field on "b" (line 5) is reported on line 3.
  it('places a CSV error on the line of its row after a multi-line cell', () => {
    const text = `${HEADER}\n${row('a', '"one\ntwo\nthree"')}\n${row('b')},extra\n`;
    const { relations, problems } = readRelationsCsv(text, 'deals.csv');
    expect(relations.map((r) => r.line)).toEqual([2, 5]);
    expect(problems).toEqual([{ file: 'deals.csv', line: 5, field: '', message: 'CSV: Too many fields: expected 18 fields but parsed 19' }]);
  });

  it('reports a row with too many fields on its line', () => {
    const { problems } = readRelationsCsv(`${HEADER}\n${row('a')}\n${row('b')},extra\n`, 'deals.csv');
    expect(problems).toEqual([{ file: 'deals.csv', line: 3, field: '', message: 'CSV: Too many fields: expected 18 fields but parsed 19' }]);
  });

  it('reports a missing required column once, on line 1, and reads no rows', () => {
    const header = CSV_COLUMNS.filter((column) => column !== 'summary').join(',');
    expect(readRelationsCsv(`${header}\n${row('a')}\n`, 'deals.csv')).toEqual({
      companies: [],
      relations: [],
      problems: [{ file: 'deals.csv', line: 1, field: '', message: 'the header lacks the column summary' }],
    });
    const fewer = CSV_COLUMNS.filter((column) => column !== 'summary' && column !== 'role_b').join(',');
    expect(readRelationsCsv(`${fewer}\n`, 'deals.csv').problems).toEqual([
      { file: 'deals.csv', line: 1, field: '', message: 'the header lacks the columns role_b, summary' },
    ]);
  });

  it('does not require the optional columns', () => {
    const optional = ['closed', 'ended', 'value', 'currency', 'stake_percent'];
    const columns = CSV_COLUMNS.filter((column) => !optional.includes(column));
    const cells = ['a', 'partnership', 'announced', 'nestle', 'partner', 'scale-ai', 'partner', '2024-03', 'Invented', 'https://news.example.com/n', 'Example News', 'T', '2024-03'];
    const { relations, problems } = readRelationsCsv(`${columns.join(',')}\n${cells.join(',')}`, 'deals.csv');
    expect(problems).toEqual([]);
    expect(relations[0]!.value).not.toHaveProperty('value');
    expect(relations[0]!.value).not.toHaveProperty('stakePercent');
  });

  it('reports unknown columns on line 1 but still reads the rows', () => {
    const { relations, problems } = readRelationsCsv(`${HEADER},notes,tags\n${row('a')},x,y\n`, 'deals.csv');
    expect(problems).toEqual([{ file: 'deals.csv', line: 1, field: '', message: 'unknown columns: notes, tags' }]);
    expect(relations).toHaveLength(1);
  });

  it('ignores a byte-order mark at the start', () => {
    const { relations, problems } = readRelationsCsv(`\uFEFF${HEADER}\n${row('meta-scale-ai')}\n`, 'deals.csv');
    expect(problems).toEqual([]);
    expect(relations.map((r) => [(r.value as { id: string }).id, r.line])).toEqual([['meta-scale-ai', 2]]);
  });

  it('passes a value that is not a number through as text, so the schema reports value.amount', () => {
    const text = `${HEADER}\n${row('meta-scale-ai', 'Invented', { value: '14.3 billion', stake_percent: 'half' })}\n`;
    const read = readRelationsCsv(text, 'deals.csv');
    expect(read.relations[0]!.value).toMatchObject({ value: { amount: '14.3 billion', currency: 'USD' }, stakePercent: 'half' });
    const check = checkRecords(read, { knownCompanyIds: new Set(['meta', 'scale-ai']) });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems).toEqual([
      { file: 'deals.csv', line: 2, record: 'meta-scale-ai', field: 'value.amount', message: 'Invalid input: expected number, received string' },
      { file: 'deals.csv', line: 2, record: 'meta-scale-ai', field: 'stakePercent', message: 'Invalid input: expected number, received string' },
    ]);
  });

  it('gives the schema a relation it accepts for a good row', () => {
    const read = readRelationsCsv(`${HEADER}\n${row('meta-scale-ai')}\n`, 'deals.csv');
    const check = checkRecords(read, { knownCompanyIds: new Set(['meta', 'scale-ai']) });
    expect(check.ok && check.dataset.relations.map((r) => r.id)).toEqual(['meta-scale-ai']);
  });

  it('leaves out an empty party so the schema reports it', () => {
    const read = readRelationsCsv(`${HEADER}\n${row('a', 'Invented', { party_b: '' })}\n`, 'deals.csv');
    expect((read.relations[0]!.value as { parties: unknown[] }).parties).toEqual([{ companyId: 'meta', role: 'investor' }, { role: 'investee' }]);
    const check = checkRecords(read, { knownCompanyIds: new Set(['meta']) });
    expect(!check.ok && check.problems.map((p) => [p.line, p.field])).toEqual([[2, 'parties[1].companyId']]);
  });

  it('reads a header-only file as no relations', () => {
    expect(readRelationsCsv(`${HEADER}\n`, 'deals.csv')).toEqual({ companies: [], relations: [], problems: [] });
  });
});
