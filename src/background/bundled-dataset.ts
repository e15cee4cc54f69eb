// The dataset that ships with the extension: compiled and checked at build time into one JSON
// file named by its content hash. It is read only when that hash differs from what is stored.
import browser from 'webextension-polyfill';
import { path as bundledPath, version as bundledVersion } from 'virtual:bundled-dataset';
import { checkDatasetInSlices } from '../core/dataset/sliced-check';
import { BUNDLED_DATASET_ID, type BackstoryDb } from '../store/db';
import { importDataset } from '../store/import-dataset';

/** How the last import of the bundled data went, in this worker's life (read by benchmarks). */
export interface BundledImportTimings {
  readMs: number;
  checkMs: number;
  saveMs: number;
  totalMs: number;
  /** The longest stretch the worker's thread was held without a break. */
  longestSliceMs: number;
  relations: number;
}

const yieldNow = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Imports the bundled dataset when the stored one is another version; returns whether it did. */
export async function ensureBundledDataset(db: BackstoryDb): Promise<boolean> {
  const stored = await db.datasets.get(BUNDLED_DATASET_ID);
  if (stored?.version === bundledVersion) return false;
  const started = performance.now();
  let longest = 0;
  const response = await fetch(browser.runtime.getURL(bundledPath));
  const text = await response.text();
  const parseStarted = performance.now();
  const json: unknown = JSON.parse(text);
  longest = performance.now() - parseStarted;
  const read = performance.now();
  // Checked at build time; checked again here so a damaged package can never reach the database.
  const parsed = await checkDatasetInSlices(json, { yieldNow, now: () => performance.now(), onSlice: (ms) => (longest = Math.max(longest, ms)) });
  if (!parsed.ok) throw new Error(`The bundled dataset is damaged: ${parsed.message}`);
  const checked = performance.now();
  await importDataset(
    db,
    { id: BUNDLED_DATASET_ID, name: 'Backstory', origin: 'bundled', version: bundledVersion, enabled: stored?.enabled ?? true },
    parsed.dataset,
  );
  const done = performance.now();
  const timings: BundledImportTimings = {
    readMs: read - started, checkMs: checked - read, saveMs: done - checked, totalMs: done - started,
    longestSliceMs: longest, relations: parsed.dataset.relations.length,
  };
  (globalThis as { backstoryBundledImport?: BundledImportTimings }).backstoryBundledImport = timings;
  return true;
}
