// The dataset that ships with the extension. Checked at start: a broken bundle is reported, not imported.
import companies from '../../data/companies.json';
import relations from '../../data/relations.json';
import { checkDataset } from '../core/dataset-check';
import type { Dataset } from '../core/dataset-schema';
import { fingerprint } from '../core/fingerprint';

export interface BundledDataset {
  dataset: Dataset;
  version: string;
}

export function loadBundledDataset(): BundledDataset {
  const raw = { companies, relations };
  const check = checkDataset(raw);
  if (!check.ok) {
    const lines = check.problems.map((problem) => `${problem.where}: ${problem.message}`);
    throw new Error(`The bundled dataset is invalid:\n${lines.join('\n')}`);
  }
  return { dataset: check.dataset, version: fingerprint(raw) };
}
