import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDataset, type DatasetProblem } from '../../src/core/dataset/dataset-check';
import type { Dataset, Relation } from '../../src/core/dataset/dataset-schema';
import { makeDataset, relation, source } from './fixture-dataset';
import { POLICY } from './fixture-policy';

const RULES = { policy: POLICY, datasetDate: '2026-12-01' };

/** The fixture with one more relation per company, so each has three and only the test's change is at fault. */
function wellCovered(): Dataset {
  const dataset = makeDataset();
  const extra = (id: string, a: string, b: string, announced: string): Relation => ({
    id, kind: 'partnership', parties: [{ companyId: a, role: 'partner' }, { companyId: b, role: 'partner' }],
    status: 'announced', announced, summary: `Test summary ${id}.`, sources: [source(id, announced)],
  });
  dataset.relations.push(
    extra('meta-openai', 'meta', 'openai', '2019'), extra('meta-nestle', 'meta', 'nestle', '2018'),
    extra('openai-nestle', 'openai', 'nestle', '2017'), extra('google-alphabet', 'google', 'alphabet', '2016'),
    extra('google-nestle', 'google', 'nestle', '2015'), extra('alphabet-meta', 'alphabet', 'meta', '2014'),
    extra('alphabet-openai', 'alphabet', 'openai', '2013'),
  );
  return dataset;
}

function problems(dataset: Dataset): DatasetProblem[] {
  const result = checkDataset(dataset, 'dataset', { editorial: RULES });
  return result.ok ? [] : result.problems;
}
const messages = (dataset: Dataset) => problems(dataset).map((p) => `${p.record ?? ''} ${p.field}: ${p.message}`);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T00:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('editorial rules', () => {
  it('accept a dataset where every company has three relations, each from a known publisher', () => {
    expect(messages(wellCovered())).toEqual([]);
  });

  it('are not applied without being asked for (a reader’s import)', () => {
    const dataset = makeDataset();
    relation(dataset, 'meta-scale-ai').sources = [{ url: 'https://finance.yahoo.com/x', publisher: 'Yahoo', title: 'T', date: '2025-06-12' }];
    expect(checkDataset(dataset).ok).toBe(true);
  });

  it('refuse a company with fewer than three relations, saying how many it has', () => {
    expect(messages(makeDataset())).toEqual(expect.arrayContaining([
      'alphabet : has 0 relations; every company needs at least 3',
      'meta : has 1 relation; every company needs at least 3',
    ]));
  });

  it('refuse a repost, an unknown site and http://, on relations and on vendor changes, naming the source', () => {
    const dataset = wellCovered();
    relation(dataset, 'meta-scale-ai').sources.push({ url: 'https://ca.news.yahoo.com/x.html', publisher: 'Yahoo News', title: 'T', date: '2025-06-12' });
    relation(dataset, 'google-scale-ai').changes![0]!.sources = [{ url: 'http://www.reuters.com/article/x', publisher: 'Reuters', title: 'T', date: '2025-06-14' }];
    relation(dataset, 'nestle-scale-ai').sources = [{ url: 'https://contentfarm.example/x', publisher: 'Farm', title: 'T', date: '2024-03' }];
    expect(messages(dataset)).toEqual([
      'meta-scale-ai sources[1]: yahoo.com is not a source: reposts other outlets’ articles',
      'google-scale-ai changes[0].sources[0]: reuters.com serves https: cite the https:// address',
      'nestle-scale-ai sources[0]: contentfarm.example is not a known publisher: add it to data/sources.json (publishers, with its name and type) or to its refusals',
    ]);
  });

  it('refuse an encyclopedia as the only source, and accept it as a second one', () => {
    const dataset = wellCovered();
    const wiki = { url: 'https://en.wikipedia.org/wiki/Scale_AI', publisher: 'Wikipedia', title: 'Scale AI', date: '2025' };
    relation(dataset, 'meta-scale-ai').sources = [wiki];
    relation(dataset, 'nestle-scale-ai').sources.push(wiki);
    expect(messages(dataset)).toEqual(['meta-scale-ai sources: an encyclopedia may be a second source, never the only one']);
  });

  it('refuse the same parties and kind within 30 days as one fact twice, unless one names the other', () => {
    const dataset = wellCovered();
    const twin: Relation = { ...structuredClone(relation(dataset, 'meta-scale-ai')), id: 'meta-scale-ai-again', announced: '2025-07-10' };
    delete twin.closed;
    dataset.relations.push(twin);
    expect(messages(dataset)).toEqual(['meta-scale-ai-again id: looks like the same fact as meta-scale-ai (same parties and kind, announced within 30 days): merge them, or name the other in "related"']);
    twin.related = ['meta-scale-ai'];
    expect(messages(dataset)).toEqual([]);
    // Over 30 days apart is another fact; a year-precision date overlaps any day of its year.
    delete twin.related;
    twin.announced = '2025-07-31'; // the original is "2025-06": its last day is 31 days before
    expect(messages(dataset)).toEqual([]);
    twin.announced = '2025';
    expect(messages(dataset)).toHaveLength(1);
  });

  it('refuse a deal still announced or reported over a year on, unless it says what it awaits', () => {
    const dataset = wellCovered();
    const stake = relation(dataset, 'meta-scale-ai');
    stake.status = 'announced';
    delete stake.closed;
    stake.announced = '2025-11';
    expect(messages(dataset)).toEqual(['meta-scale-ai status: still "announced" more than a year after 2025-11: say how it ended (completed, cancelled) or what it awaits in "pending"']);
    stake.pending = 'awaiting a regulator as of 2026-11';
    expect(messages(dataset)).toEqual([]);
    // A year to the day is not over a year; partnerships stay "announced" while they run.
    delete stake.pending;
    stake.announced = '2025-12-01';
    relation(dataset, 'nestle-scale-ai').announced = '2019';
    expect(messages(dataset)).toEqual([]);
  });

  it('refuse a pending note on a deal that is no longer open', () => {
    const dataset = wellCovered();
    relation(dataset, 'meta-scale-ai').pending = 'awaiting approval';
    expect(messages(dataset)).toEqual(['meta-scale-ai pending: only an open deal (announced or reported) is pending; this one is completed']);
  });

  it('refuse a related id that is not a relation', () => {
    const dataset = wellCovered();
    relation(dataset, 'meta-scale-ai').related = ['no-such-relation'];
    expect(messages(dataset)).toEqual(['meta-scale-ai related[0]: "no-such-relation" is not a relation']);
  });
});
