import { describe, expect, it } from 'vitest';
import { datasetStats } from '../../src/core/dataset-stats';
import { company, makeDataset, relation, source } from './fixture-dataset';

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
      vendorChanges: 3,
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
      companies: 0, relations: 0, relationsWithSource: 0, relationsWithDate: 0, byKind: {}, byYear: {}, vendorChanges: 0,
      companiesWithoutRelations: [], ambiguousAliases: [],
    });
  });
});
