import { describe, expect, it } from 'vitest';
import { datasetStats } from '../../src/core/dataset/dataset-stats';
import { company, makeDataset, relation, source } from './fixture-dataset';
import { POLICY } from './fixture-policy';

describe('datasetStats', () => {
  it('counts the fixture exactly', () => {
    const dataset = makeDataset();
    company(dataset, 'meta').aliases[0] = { text: 'Meta', caseSensitive: true, ambiguous: true, evidence: ['other-name-on-page'] };
    company(dataset, 'nestle').aliases.push({ text: 'Vevey', caseSensitive: true, ambiguous: true, evidence: ['company-words-nearby', 'ticker-on-page'] });
    expect(datasetStats(dataset)).toEqual({
      companies: 6,
      relations: 4,
      relationsWithSource: 4,
      relationsWithDate: 4,
      byKind: { investment: 1, partnership: 1, vendor: 2 },
      byYear: { 2020: 1, 2021: 1, 2024: 1, 2025: 1 },
      datePrecision: { year: 2, month: 2, day: 0 },
      vendorChanges: 3,
      bySector: { internet: 1, unknown: 5 },
      byRegion: { unknown: 6 },
      companiesWithoutRelations: ['alphabet'],
      ambiguousAliases: [
        { companyId: 'meta', alias: 'Meta' },
        { companyId: 'nestle', alias: 'Vevey' },
      ],
    });
  });

  it('lists byKind and byYear in key order, counting repeats', () => {
    const dataset = makeDataset();
    dataset.relations.push({
      ...relation(dataset, 'nestle-scale-ai'),
      id: 'nestle-alphabet',
      kind: 'acquisition',
      parties: [{ companyId: 'nestle', role: 'acquirer' }, { companyId: 'alphabet', role: 'target' }],
      announced: '2019-02-03',
      sources: [source('nestle-alphabet', '2019-02-03')],
    });
    relation(dataset, 'openai-scale-ai').announced = '2025-01';
    const stats = datasetStats(dataset);
    expect(Object.entries(stats.byKind)).toEqual([['acquisition', 1], ['investment', 1], ['partnership', 1], ['vendor', 2]]);
    expect(Object.entries(stats.byYear)).toEqual([['2019', 1], ['2020', 1], ['2024', 1], ['2025', 2]]);
    expect(stats.companiesWithoutRelations).toEqual([]);
    expect(stats.ambiguousAliases).toEqual([]);
  });

  it('counts an empty dataset as zeros', () => {
    expect(datasetStats({ companies: [], relations: [] })).toEqual({
      companies: 0, relations: 0, relationsWithSource: 0, relationsWithDate: 0, byKind: {}, byYear: {},
      datePrecision: { year: 0, month: 0, day: 0 }, vendorChanges: 0, bySector: {}, byRegion: {},
      companiesWithoutRelations: [], ambiguousAliases: [],
    });
  });

  it('counts companies by sector and by the region of their country', () => {
    const dataset = makeDataset();
    company(dataset, 'meta').country = 'US';
    company(dataset, 'nestle').country = 'CH';
    company(dataset, 'openai').country = 'US';
    company(dataset, 'google').country = 'ZZ';
    expect(datasetStats(dataset).byRegion).toEqual({ Europe: 1, 'North America': 2, unknown: 3 });
  });

  it('with a source policy, counts sources by type and publisher and the share from own pages and trusted outlets', () => {
    const dataset = makeDataset();
    relation(dataset, 'meta-scale-ai').sources.push({ url: 'https://www.reuters.com/x', publisher: 'Reuters', title: 'T', date: '2025-06-12' });
    relation(dataset, 'nestle-scale-ai').sources = [{ url: 'https://finance.yahoo.com/x', publisher: 'Yahoo Finance', title: 'T', date: '2024-03' }];
    relation(dataset, 'openai-scale-ai').sources.push({ url: 'https://en.wikipedia.org/wiki/X', publisher: 'Wikipedia', title: 'X', date: '2025' });
    expect(datasetStats(dataset, POLICY).sources).toEqual({
      total: 9,
      byType: { encyclopedia: 1, news: 7 },
      byPublisher: { 'Example News': 6, Reuters: 1, Wikipedia: 1 },
      refused: 1,
      // nestle-scale-ai cites a repost; openai-scale-ai leans on an encyclopedia too.
      relationsAllOwnPages: 2,
      relationsWithTrustedSource: 1,
    });
    expect(datasetStats(dataset).sources).toBeUndefined();
  });
});
