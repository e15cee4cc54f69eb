import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/background/bundled-dataset';

describe('the bundled dataset', () => {
  const { dataset, version } = loadBundledDataset();

  it('passes every check and has a stable version', () => {
    expect(version).toMatch(/^[0-9a-f]{8}[0-9a-f]+$/);
    expect(loadBundledDataset().version).toBe(version);
  });

  it('tells the seed story: Meta’s 49% stake for $14.3 billion, OpenAI and Google leaving Scale AI', () => {
    const stake = dataset.relations.find((r) => r.kind === 'investment' && r.parties.some((p) => p.companyId === 'scale-ai'));
    expect(stake).toMatchObject({ stakePercent: 49, value: { amount: 14_300_000_000, currency: 'USD' }, announced: '2025-06-12' });
    expect(stake!.parties).toEqual([{ companyId: 'meta', role: 'investor' }, { companyId: 'scale-ai', role: 'investee' }]);
    for (const customer of ['openai', 'google']) {
      const vendor = dataset.relations.find((r) => r.kind === 'vendor' && r.parties.some((p) => p.companyId === customer));
      expect(vendor?.changes?.[0]).toMatchObject({ kind: 'winding-down', causeId: stake!.id });
      expect(vendor!.changes![0]!.date.startsWith('2025-06')).toBe(true);
    }
  });

  it('dates every relation and cites an https source for it', () => {
    for (const relation of dataset.relations) {
      expect(relation.announced, relation.id).toMatch(/^\d{4}/);
      expect(relation.sources.length, relation.id).toBeGreaterThan(0);
      for (const source of [...relation.sources, ...(relation.changes ?? []).flatMap((c) => c.sources)]) {
        expect(source.url, relation.id).toMatch(/^https:\/\//);
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
