// The dataset that ships with the extension: compiled and checked at build time into one JSON
// file named by its content hash. It is read only when that hash differs from what is stored.
import browser from 'webextension-polyfill';
import { path as bundledPath, version as bundledVersion } from 'virtual:bundled-dataset';
import { DatasetSchema } from '../core/dataset-schema';
import { BUNDLED_DATASET_ID, type BackstoryDb } from '../store/db';
import { importDataset } from '../store/import-dataset';

/** Imports the bundled dataset when the stored one is another version; returns whether it did. */
export async function ensureBundledDataset(db: BackstoryDb): Promise<boolean> {
  const stored = await db.datasets.get(BUNDLED_DATASET_ID);
  if (stored?.version === bundledVersion) return false;
  const response = await fetch(browser.runtime.getURL(bundledPath));
  // Checked at build time; checked again here so a damaged package can never reach the database.
  const parsed = DatasetSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error(`The bundled dataset is damaged: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  await importDataset(
    db,
    { id: BUNDLED_DATASET_ID, name: 'Backstory', origin: 'bundled', version: bundledVersion, enabled: stored?.enabled ?? true },
    parsed.data,
  );
  return true;
}
