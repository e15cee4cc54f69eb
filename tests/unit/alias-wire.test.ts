import { describe, expect, it } from 'vitest';
import { aliasEntries } from '../../src/core/recognition/alias-entries';
import { NO_ALIASES, packAliases, unpackAliases } from '../../src/core/recognition/alias-wire';
import { makeDataset } from './fixture-dataset';

describe('the dictionary packed for a page', () => {
  it('unpacks to exactly the entries it was given: flags, evidence, tickers and former names', () => {
    const entries = [
      ...aliasEntries(makeDataset().companies),
      { text: 'Shell', companyId: 'shell', caseSensitive: true, ambiguous: true, evidence: ['company-words-nearby', 'ticker-on-page'] as const },
      { text: 'SHEL', companyId: 'shell', caseSensitive: true, role: 'ticker' as const },
    ];
    expect(entries.some((e) => e.ambiguous && e.evidence?.length)).toBe(true);
    expect(entries.some((e) => e.role === 'ticker')).toBe(true);
    const packed = packAliases(entries);
    expect(packed.companies).toEqual([...new Set(entries.map((e) => e.companyId))]);
    expect(unpackAliases(JSON.parse(JSON.stringify(packed)))).toEqual(entries);
  });

  it('keeps an ambiguous name with no evidence listed as ambiguous with none', () => {
    const entries = [{ text: 'Orange', companyId: 'orange', caseSensitive: true, ambiguous: true, evidence: [] }];
    expect(unpackAliases(packAliases(entries))).toEqual(entries);
  });

  it('is empty for no aliases, and refuses arrays that do not agree', () => {
    expect(unpackAliases(NO_ALIASES)).toEqual([]);
    const packed = packAliases([{ text: 'Meta', companyId: 'meta', caseSensitive: true }]);
    expect(unpackAliases({ ...packed, rows: [] })).toBeUndefined();
    expect(unpackAliases({ ...packed, rows: [8 * 5] })).toBeUndefined();
  });
});
