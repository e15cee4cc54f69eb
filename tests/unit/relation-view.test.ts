import { describe, expect, it } from 'vitest';
import { companyFactsLine, relationLine, relationLines } from '../../src/core/display/relation-view';
import { FIXTURE_NAMES, makeDataset, profileOf, relation } from './fixture-dataset';

const NAMES = FIXTURE_NAMES;

describe('relationLines', () => {
  it('puts the cause first, then newest first, when nothing is on the page', () => {
    const lines = relationLines(profileOf('scale-ai'), new Set(), 'en-US');
    // meta-scale-ai (2025-06-12) caused the two vendor changes, so it leads despite being older.
    expect(lines.map((l) => l.relationId)).toEqual(['meta-scale-ai', 'openai-scale-ai', 'google-scale-ai', 'nestle-scale-ai']);
    expect(lines.map((l) => l.date)).toEqual(['2025-06-12', '2025-06-18', '2025-06-14', '2024-03']);
  });

  it('puts relations with companies on the page first', () => {
    const lines = relationLines(profileOf('scale-ai'), new Set(['nestle', 'google']), 'en-US');
    expect(lines.map((l) => [l.relationId, l.onPage])).toEqual([
      ['google-scale-ai', true],
      ['nestle-scale-ai', true],
      ['meta-scale-ai', false],
      ['openai-scale-ai', false],
    ]);
  });

  it('does not count the company itself as on the page', () => {
    const lines = relationLines(profileOf('scale-ai'), new Set(['scale-ai']), 'en-US');
    expect(lines.every((l) => !l.onPage)).toBe(true);
  });

  it('names the counterpart from either side', () => {
    expect(relationLines(profileOf('meta'), new Set(), 'en-US').map((l) => [l.counterpartId, l.counterpartName])).toEqual([
      ['scale-ai', 'Scale AI'],
    ]);
    expect(relationLines(profileOf('scale-ai'), new Set(), 'en-US').map((l) => l.counterpartName)).toEqual([
      'Meta', 'OpenAI', 'Google', 'Nestlé',
    ]);
  });

  it('falls back to the id when a counterpart has no name', () => {
    const profile = { ...profileOf('meta'), names: {} };
    expect(relationLines(profile, new Set(), 'en-US')[0]?.counterpartName).toBe('scale-ai');
  });

  it('returns no lines for a company without relations', () => {
    expect(relationLines({ ...profileOf('alphabet') }, new Set(['meta']), 'en-US')).toEqual([]);
  });
});

describe('relationLine', () => {
  it('describes a deal: headline, date, value, stake, status and source', () => {
    const dataset = makeDataset();
    const line = relationLine(relation(dataset, 'meta-scale-ai'), 'scale-ai', NAMES, new Set(['meta']), 'en-US');
    expect(line).toEqual({
      relationId: 'meta-scale-ai',
      counterpartId: 'meta',
      counterpartName: 'Meta',
      headline: 'Test summary: Meta invests in Scale AI.',
      date: '2025-06-12',
      dateLabel: 'Jun 12, 2025',
      valueLabel: '$14.3B',
      stakeLabel: '49%',
      statusLabel: 'completed',
      source: relation(dataset, 'meta-scale-ai').sources[0],
      onPage: true,
      weight: 2,
    });
  });

  it('uses the announcement date when a deal has not closed', () => {
    const line = relationLine(relation(makeDataset(), 'nestle-scale-ai'), 'nestle', NAMES, new Set(), 'en-US');
    expect([line?.date, line?.dateLabel, line?.statusLabel]).toEqual(['2024-03', 'Mar 2024', 'announced']);
    expect(line).not.toHaveProperty('valueLabel');
    expect(line).not.toHaveProperty('stakeLabel');
    expect(line).not.toHaveProperty('background');
  });

  it('headlines a vendor relation with its latest change, marked reported when unconfirmed', () => {
    const dataset = makeDataset();
    const line = relationLine(relation(dataset, 'google-scale-ai'), 'scale-ai', NAMES, new Set(), 'en-US');
    expect(line?.headline).toBe('Test change: Google winds down work with Scale AI.');
    expect(line?.background).toBe('Test summary: Google buys data labelling from Scale AI.');
    expect(line?.statusLabel).toBe('winding down (reported)');
    expect(line?.dateLabel).toBe('Jun 14, 2025');
    expect(line?.source.url).toBe('https://news.example.com/google-winds-down');
  });

  it('picks the latest change whatever its position, without "(reported)" when confirmed', () => {
    const dataset = makeDataset();
    const vendor = relation(dataset, 'openai-scale-ai');
    vendor.changes = [...vendor.changes!].reverse();
    const line = relationLine(vendor, 'scale-ai', NAMES, new Set(), 'en-US');
    expect(line?.headline).toBe('Test change: OpenAI ends work with Scale AI.');
    expect(line?.statusLabel).toBe('ended');
  });

  it('says which reader’s dataset a fact came from, but not for the bundled data', () => {
    const dataset = makeDataset();
    const fact = { ...relation(dataset, 'nestle-scale-ai'), datasetId: 'user-abc' };
    const names = { 'user-abc': 'My notes', bundled: 'Backstory' };
    expect(relationLine(fact, 'nestle', NAMES, new Set(), 'en-US', names)?.fromDataset).toBe('My notes');
    expect(relationLine(fact, 'nestle', NAMES, new Set(), 'en-US')?.fromDataset).toBe('user-abc');
    expect(relationLine({ ...fact, datasetId: 'bundled' }, 'nestle', NAMES, new Set(), 'en-US', names)).not.toHaveProperty('fromDataset');
    expect(relationLine(relation(dataset, 'nestle-scale-ai'), 'nestle', NAMES, new Set(), 'en-US', names)).not.toHaveProperty('fromDataset');
    const lines = relationLines({ ...profileOf('nestle'), relations: [fact], datasetNames: names }, new Set(), 'en-US');
    expect(lines.map((l) => l.fromDataset)).toEqual(['My notes']);
  });

  it('gives no line when every party is the company itself', () => {
    const dataset = makeDataset();
    const self = relation(dataset, 'meta-scale-ai');
    self.parties = [{ companyId: 'meta', role: 'investor' }, { companyId: 'meta', role: 'investee' }];
    expect(relationLine(self, 'meta', NAMES, new Set(), 'en-US')).toBeUndefined();
  });
});

describe('companyFactsLine', () => {
  it('shows kind, ticker and headquarters for a public company', () => {
    expect(companyFactsLine(profileOf('meta'))).toBe('Public · NASDAQ: META · Menlo Park, California');
  });

  it('shows the first of several tickers', () => {
    const profile = profileOf('alphabet');
    profile.company.tickers = [{ symbol: 'GOOGL', exchange: 'NASDAQ' }, { symbol: 'GOOG', exchange: 'NASDAQ' }];
    expect(companyFactsLine(profile)).toBe('Public · NASDAQ: GOOGL');
    delete profile.company.tickers;
    expect(companyFactsLine(profile)).toBe('Public');
  });

  it('shows the parent of a subsidiary', () => {
    expect(companyFactsLine(profileOf('google'))).toBe('Part of Alphabet');
  });

  it('falls back to the parent id, and to the kind without a parent', () => {
    expect(companyFactsLine({ ...profileOf('google'), names: {} })).toBe('Part of alphabet');
    const orphan = profileOf('google');
    delete orphan.company.parentId;
    expect(companyFactsLine(orphan)).toBe('Subsidiary');
  });

  it('spells out multi-word kinds', () => {
    const profile = profileOf('openai');
    profile.company.kind = 'state-owned';
    expect(companyFactsLine(profile)).toBe('State owned');
    expect(companyFactsLine(profileOf('scale-ai'))).toBe('Private · San Francisco');
  });
});
