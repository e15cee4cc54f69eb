import { describe, expect, it } from 'vitest';
import type { Company } from '../../src/core/dataset/dataset-schema';
import { foldForSearch, SearchIndex, searchCompanies } from '../../src/core/recognition/search';
import { makeDataset } from './fixture-dataset';

function named(id: string, name: string, extra: Partial<Company> = {}): Company {
  return { id, name, aliases: [{ text: name, caseSensitive: true, ambiguous: false }], kind: 'private', description: `About ${name}.`, ...extra };
}

const companies = makeDataset().companies;
const ids = (query: string, list: readonly Company[] = companies, limit?: number) =>
  searchCompanies(list, query, limit).map((result) => result.id);

describe('searchCompanies', () => {
  it('ranks an exact match before a prefix match before a substring match', () => {
    const list = [named('metaverse-ltd', 'Metaverse Ltd'), named('ometa', 'Ometa'), named('meta', 'Meta')];
    expect(ids('meta', list)).toEqual(['meta', 'metaverse-ltd', 'ometa']);
  });

  it('orders equal ranks by name', () => {
    const list = [named('zeta-ai', 'Zeta AI'), named('alpha-ai', 'Alpha AI'), named('beta-ai', 'Beta AI')];
    expect(ids('ai', list)).toEqual(['alpha-ai', 'beta-ai', 'zeta-ai']);
  });

  it('returns the display fields, without "matched" when the name matched', () => {
    expect(searchCompanies(companies, 'openai')).toEqual([
      { id: 'openai', name: 'OpenAI', description: 'Test description for OpenAI.' },
    ]);
  });

  it('finds a company by a former name and says which name matched', () => {
    expect(searchCompanies(companies, 'facebook')).toEqual([
      { id: 'meta', name: 'Meta', description: 'Test description for Meta.', matched: 'Facebook' },
    ]);
  });

  it('finds a company by alias, legal name and ticker', () => {
    expect(searchCompanies(companies, 'meta platforms')[0]).toMatchObject({ id: 'meta', matched: 'Meta Platforms' });
    expect(searchCompanies(companies, 'Meta Platforms, Inc.')[0]).toMatchObject({ id: 'meta', matched: 'Meta Platforms, Inc.' });
    expect(searchCompanies(companies, 'GOOGL')[0]).toMatchObject({ id: 'alphabet', matched: 'GOOGL' });
  });

  it('prefers the best term of a company: an exact ticker beats a name prefix elsewhere', () => {
    const list = [named('metal-works', 'Metal Works'), named('meta', 'Meta Platforms', { tickers: [{ symbol: 'META', exchange: 'NASDAQ' }] })];
    expect(ids('meta', list)).toEqual(['meta', 'metal-works']);
  });

  it('ignores case and accents on both sides', () => {
    expect(ids('nestle')).toEqual(['nestle']);
    expect(ids('NESTLÉ')).toEqual(['nestle']);
    expect(ids('Nestle\u0301')).toEqual(['nestle']);
    expect(ids('  scale ai  ')).toEqual(['scale-ai']);
  });

  it('returns nothing for an empty or blank query, or no match', () => {
    expect(searchCompanies(companies, '')).toEqual([]);
    expect(searchCompanies(companies, '   ')).toEqual([]);
    expect(searchCompanies(companies, 'zzz')).toEqual([]);
    expect(searchCompanies([], 'meta')).toEqual([]);
  });

  it('returns at most limit results, the best ones', () => {
    const list = Array.from({ length: 30 }, (_, i) => named(`co-${i}`, `Co ${String(i).padStart(2, '0')}`));
    expect(ids('co', list)).toHaveLength(20);
    expect(ids('co', list, 3)).toEqual(['co-0', 'co-1', 'co-2']);
    // Exact first; then the names one typo away.
    expect(ids('co 29', list, 3)[0]).toBe('co-29');
  });
});

describe('SearchIndex', () => {
  const list = [
    named('meta', 'Meta'),
    named('nvidia', 'Nvidia'),
    named('microsoft', 'Microsoft'),
    named('mistral-ai', 'Mistral AI'),
    named('scale-ai', 'Scale AI'),
    named('thomson-reuters', 'Thomson Reuters'),
  ];
  const index = new SearchIndex(list.map((company) => ({ company, popularity: company.id === 'mistral-ai' ? 5 : 1 })));
  const found = (query: string) => index.search(query).map((result) => result.id);

  it('forgives a typo: a doubled, missing, wrong or swapped letter', () => {
    expect(found('metta')).toEqual(['meta']);
    expect(found('nvdia')).toEqual(['nvidia']);
    expect(found('nvidai')).toEqual(['nvidia']);
    expect(found('microsfot')).toEqual(['microsoft']);
    expect(found('thompson reuters')).toEqual(['thomson-reuters']);
  });

  it('forgives a typo in a name still being typed', () => {
    expect(found('micrso')).toEqual(['microsoft']);
  });

  it('allows no typo in short queries, where one would be another word', () => {
    expect(found('mta')).toEqual([]);
    expect(found('xyzzy')).toEqual([]);
  });

  it('ranks the beginning of a word before a match inside one, and better-known companies first on ties', () => {
    const words = new SearchIndex([
      { company: named('a', 'Bigscale'), popularity: 9 },
      { company: named('b', 'Big Scale'), popularity: 0 },
      { company: named('c', 'Scale Two'), popularity: 1 },
      { company: named('d', 'Scale One'), popularity: 3 },
    ]);
    expect(words.search('scale').map((r) => r.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(found('ai')).toEqual(['mistral-ai', 'scale-ai']);
  });

  it('says which alias matched, as the data writes it', () => {
    const withTicker = new SearchIndex([{ company: named('meta', 'Meta', { tickers: [{ symbol: 'META', exchange: 'NASDAQ' }], formerNames: [{ name: 'Facebook', until: '2021-10' }] }), popularity: 0 }]);
    expect(withTicker.search('faceboo')).toEqual([{ id: 'meta', name: 'Meta', description: 'About Meta.', matched: 'Facebook' }]);
    expect(withTicker.search('fcebook')[0]?.matched).toBe('Facebook');
  });

  it('survives very long and odd queries', () => {
    expect(index.search('m'.repeat(5000))).toEqual([]);
    expect(index.search('\u0000<script>')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });
});

describe('foldForSearch', () => {
  it('lowercases, strips accents and trims', () => {
    expect(foldForSearch(' Nestlé ')).toBe('nestle');
    expect(foldForSearch('ÅNGSTRÖM')).toBe('angstrom');
  });
});
