import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDataset, type DatasetProblem } from '../../src/core/dataset-check';
import { company, makeDataset, relation } from './fixture-dataset';

function problemsOf(input: unknown): DatasetProblem[] {
  const result = checkDataset(input);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems;
}

beforeEach(() => {
  // The schema refuses dates after "now": pin the clock so the fixture's 2025 dates stay past.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-07-01T00:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('checkDataset', () => {
  it('accepts the valid fixture and returns it unchanged', () => {
    const input = makeDataset();
    const result = checkDataset(input);
    expect(result).toEqual({ ok: true, dataset: makeDataset() });
  });

  it('fills in caseSensitive: true when an alias leaves it out', () => {
    const input = makeDataset();
    company(input, 'openai').aliases = [{ text: 'OpenAI' } as { text: string; caseSensitive: boolean }];
    const result = checkDataset(input);
    expect(result.ok && result.dataset.companies.find((c) => c.id === 'openai')?.aliases).toEqual([
      { text: 'OpenAI', caseSensitive: true },
    ]);
  });

  it('rejects input that is not a dataset object', () => {
    for (const input of [null, undefined, 42, 'companies', []]) {
      const problems = problemsOf(input);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.where).toBe('(top level)');
      expect(problems[0]?.message).toMatch(/expected object/);
    }
    expect(problemsOf({ companies: [] }).map((p) => p.where)).toEqual(['relations']);
  });

  it('rejects an id that is not a lowercase slug, naming the field', () => {
    const input = makeDataset();
    input.companies[2]!.id = 'Open AI';
    expect(problemsOf(input)).toContainEqual({
      where: 'companies[2].id',
      message: 'must be a lowercase slug such as "scale-ai"',
    });
  });

  it('reports a company id used twice', () => {
    const input = makeDataset();
    input.companies.push({ ...company(input, 'openai'), name: 'OpenAI again', aliases: [] });
    expect(problemsOf(input)).toEqual([{ where: 'company openai', message: 'id is used twice' }]);
  });

  it('reports a relation id used twice, once', () => {
    const input = makeDataset();
    relation(input, 'nestle-scale-ai').id = 'meta-scale-ai';
    expect(problemsOf(input)).toEqual([{ where: 'relation meta-scale-ai', message: 'id is used twice' }]);
  });

  it('reports a party that is not a company', () => {
    const input = makeDataset();
    relation(input, 'meta-scale-ai').parties[1]!.companyId = 'scale';
    expect(problemsOf(input)).toEqual([{ where: 'relation meta-scale-ai', message: 'party "scale" is not a company' }]);
  });

  it('reports a parentId that is not a company', () => {
    const input = makeDataset();
    company(input, 'google').parentId = 'alphabet-inc';
    expect(problemsOf(input)).toEqual([{ where: 'company google', message: 'parentId "alphabet-inc" is not a company' }]);
  });

  it('reports an alias claimed by two companies, whatever its case', () => {
    const input = makeDataset();
    company(input, 'nestle').aliases.push({ text: 'openai', caseSensitive: false });
    expect(problemsOf(input)).toEqual([{ where: 'company nestle', message: 'name "openai" is also claimed by openai' }]);
  });

  it('reports a former name that is another company\'s alias', () => {
    const input = makeDataset();
    company(input, 'nestle').formerNames = [{ name: 'OpenAI' }];
    expect(problemsOf(input)).toEqual([{ where: 'company nestle', message: 'name "OpenAI" is also claimed by openai' }]);
  });

  it('reports a change cause that is not a relation', () => {
    const input = makeDataset();
    relation(input, 'google-scale-ai').changes![0]!.causeId = 'meta-scale';
    expect(problemsOf(input)).toEqual([{ where: 'relation google-scale-ai', message: 'change cause "meta-scale" is not a relation' }]);
  });

  it('accepts only http(s) source URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.com/a', 'news.example.com/a', '']) {
      const input = makeDataset();
      relation(input, 'meta-scale-ai').sources[0]!.url = url;
      expect(problemsOf(input), url).toEqual([{ where: 'relations[0].sources[0].url', message: 'must be an http(s) URL' }]);
    }
  });

  it('checks the sources of a change too', () => {
    const input = makeDataset();
    relation(input, 'google-scale-ai').changes![0]!.sources[0]!.url = 'javascript:alert(1)';
    expect(problemsOf(input)).toEqual([
      { where: 'relations[1].changes[0].sources[0].url', message: 'must be an http(s) URL' },
    ]);
  });

  it('rejects a date in the future or one that does not exist', () => {
    const future = makeDataset();
    relation(future, 'meta-scale-ai').announced = '2025-07-02';
    expect(problemsOf(future)).toEqual([{ where: 'relations[0].announced', message: 'must be a real date, not in the future' }]);

    const impossible = makeDataset();
    relation(impossible, 'meta-scale-ai').closed = '2025-02-29';
    expect(problemsOf(impossible)).toEqual([{ where: 'relations[0].closed', message: 'must be a real date, not in the future' }]);

    const malformed = makeDataset();
    relation(malformed, 'meta-scale-ai').announced = '6/12/2025';
    expect(problemsOf(malformed).map((p) => p.where)).toEqual(['relations[0].announced', 'relations[0].announced']);
    expect(problemsOf(malformed)[0]?.message).toBe('must be YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('requires at least one source for a relation and for a change', () => {
    const input = makeDataset();
    relation(input, 'meta-scale-ai').sources = [];
    relation(input, 'google-scale-ai').changes![0]!.sources = [];
    expect(problemsOf(input)).toEqual([
      { where: 'relations[0].sources', message: 'needs at least one source' },
      { where: 'relations[1].changes[0].sources', message: 'needs at least one source' },
    ]);
  });

  it('requires two parties and a known relation kind', () => {
    const input = makeDataset();
    relation(input, 'meta-scale-ai').parties.pop();
    (relation(input, 'nestle-scale-ai') as { kind: string }).kind = 'friendship';
    const problems = problemsOf(input);
    expect(problems).toContainEqual({ where: 'relations[0].parties', message: 'needs two parties' });
    expect(problems.map((p) => p.where)).toContain('relations[3].kind');
  });

  it('does not let a __proto__ key pollute Object.prototype', () => {
    const raw = JSON.stringify(makeDataset()).replace(
      '"id":"openai",',
      '"id":"openai","__proto__":{"polluted":"yes","kind":"nonprofit"},',
    );
    const input: unknown = JSON.parse(raw);
    const result = checkDataset(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const openai = result.dataset.companies.find((c) => c.id === 'openai')!;
    expect(Object.getPrototypeOf(openai)).toBe(Object.prototype);
    expect((openai as Record<string, unknown>).polluted).toBeUndefined();
    expect(openai.kind).toBe('private');
  });
});
