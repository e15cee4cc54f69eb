import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/core/dataset/dataset-schema';
import { checkDatasetInSlices } from '../../src/core/dataset/sliced-check';
import { makeDataset } from './fixture-dataset';

/** A clock that moves one millisecond each time it is read, and a yield that counts. */
function controlled() {
  let t = 0;
  const slices: number[] = [];
  let yields = 0;
  return {
    options: { now: () => t++, yieldNow: async () => void yields++, sliceMs: 3, onSlice: (ms: number) => slices.push(ms) },
    yields: () => yields,
    slices,
  };
}

describe('checkDatasetInSlices', () => {
  it('returns what the whole-dataset schema returns (defaults filled in), yielding between slices', async () => {
    const dataset = makeDataset();
    delete (dataset.companies[0]!.aliases[0] as { ambiguous?: boolean }).ambiguous;
    const clock = controlled();
    const result = await checkDatasetInSlices(structuredClone(dataset), clock.options);
    expect(result).toEqual({ ok: true, dataset: DatasetSchema.parse(structuredClone(dataset)) });
    // 10 records, one clock read each after the first: a yield every 3 ms of work.
    expect(clock.yields()).toBe(3);
    expect(Math.max(...clock.slices)).toBeLessThanOrEqual(3);
  });

  it('refuses the first bad record, naming its list and place', async () => {
    const dataset = makeDataset() as unknown as { relations: Record<string, unknown>[] };
    dataset.relations[2]!.kind = 'friendship';
    expect(await checkDatasetInSlices(dataset, controlled().options)).toEqual({ ok: false, message: expect.stringMatching(/^relations\[2\]: /) });
  });

  it('refuses what is not a dataset', async () => {
    expect(await checkDatasetInSlices(null, controlled().options)).toEqual({ ok: false, message: 'is not a dataset object' });
    expect(await checkDatasetInSlices({ companies: [] }, controlled().options)).toEqual({ ok: false, message: 'needs "companies" and "relations" arrays' });
  });
});
