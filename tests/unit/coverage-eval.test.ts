import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCoverageLabels, scoreCoverage, type CoverageLabels } from '../../scripts/eval/coverage';

const LABELS: CoverageLabels = [
  { page: 'a', companies: [{ id: 'boeing', name: 'Boeing' }, { id: 'airbus', name: 'Airbus' }, { id: 'ryanair', name: 'Ryanair' }] },
  { page: 'b', companies: [{ id: 'coty', name: 'Coty' }] },
  { page: 'c', companies: [] },
  { page: 'not-in-this-copy', companies: [{ id: 'x', name: 'X' }] },
];

describe('scoreCoverage', () => {
  it('counts, per page and in all, the labelled companies marked, and names each miss', () => {
    const marked: Record<string, Set<string>> = { a: new Set(['boeing', 'airbus', 'google']), b: new Set(), c: new Set(['meta']) };
    const coverage = scoreCoverage(LABELS, (page) => marked[page], new Set(['boeing', 'airbus', 'coty']));
    expect(coverage.pages).toEqual([
      { page: 'a', named: 3, marked: 2, misses: [{ id: 'ryanair', name: 'Ryanair', inDataset: false }] },
      { page: 'b', named: 1, marked: 0, misses: [{ id: 'coty', name: 'Coty', inDataset: true }] },
      { page: 'c', named: 0, marked: 0, misses: [] },
    ]);
    // Marks of companies nobody labelled (google, meta) neither help nor hurt coverage.
    expect(coverage).toMatchObject({ named: 4, marked: 2, share: 0.5 });
  });

  it('is 1 when no page names a company', () => {
    expect(scoreCoverage([{ page: 'c', companies: [] }], () => new Set(), new Set()).share).toBe(1);
  });
});

describe('readCoverageLabels', () => {
  const write = (value: unknown) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'coverage-')), 'labels.json');
    writeFileSync(file, JSON.stringify(value));
    return file;
  };

  it('reads the project’s labels: every corpus page once, ids as slugs', () => {
    const labels = readCoverageLabels();
    expect(labels.length).toBe(40);
    expect(new Set(labels.map((l) => l.page)).size).toBe(40);
  });

  it('refuses a label file with a bad id, naming where', () => {
    expect(() => readCoverageLabels(write([{ page: 'a', companies: [{ id: 'Not A Slug', name: 'X' }] }]))).toThrow(/0\.companies\.0\.id/);
    expect(() => readCoverageLabels(write({ page: 'a' }))).toThrow();
  });
});
