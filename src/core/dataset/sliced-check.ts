// Checks a whole dataset against the schema in slices of a few milliseconds, yielding between them,
// so that a large bundled dataset never holds its thread (the service worker) in one long task.
import { CompanySchema, RelationSchema, type Dataset } from './dataset-schema';

export interface SliceOptions {
  /** Gives the thread back; resolves when work may go on. */
  yieldNow: () => Promise<void>;
  now: () => number;
  /** Work per slice before yielding. */
  sliceMs?: number;
  /** Longest slice so far, for benchmarks. */
  onSlice?: (ms: number) => void;
}

export type SlicedCheck = { ok: true; dataset: Dataset } | { ok: false; message: string };

export async function checkDatasetInSlices(input: unknown, options: SliceOptions): Promise<SlicedCheck> {
  if (typeof input !== 'object' || input === null) return { ok: false, message: 'is not a dataset object' };
  const { companies, relations } = input as { companies?: unknown; relations?: unknown };
  if (!Array.isArray(companies) || !Array.isArray(relations)) return { ok: false, message: 'needs "companies" and "relations" arrays' };
  const sliceMs = options.sliceMs ?? 8;
  const out: Dataset = { companies: [], relations: [] };
  let started = options.now();
  const lists = [
    { name: 'companies', records: companies, schema: CompanySchema, into: out.companies as unknown[] },
    { name: 'relations', records: relations, schema: RelationSchema, into: out.relations as unknown[] },
  ] as const;
  for (const { name, records, schema, into } of lists) {
    for (let i = 0; i < records.length; i++) {
      const result = schema.safeParse(records[i]);
      if (!result.success) return { ok: false, message: `${name}[${i}]: ${result.error.issues[0]?.message ?? 'invalid'}` };
      into.push(result.data);
      const spent = options.now() - started;
      if (spent >= sliceMs) {
        options.onSlice?.(spent);
        await options.yieldNow();
        started = options.now();
      }
    }
  }
  options.onSlice?.(options.now() - started);
  return { ok: true, dataset: out };
}
