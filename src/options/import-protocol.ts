// Messages between the options page and its import worker.
import type { DatasetProblem } from '../core/dataset/dataset-check';
import type { DatasetInfo } from '../store/db';

export type ImportStage = 'reading' | 'checking' | 'saving';

export type ImportRequest = { file: File };

/** How long each stage took, in ms (shown to nobody; read by the import benchmark). */
export interface ImportTimings {
  readMs: number;
  checkMs: number;
  saveMs: number;
}

export type ImportEvent =
  | { type: 'progress'; stage: ImportStage; done: number; total: number }
  | { type: 'rejected'; problems: DatasetProblem[]; total: number }
  | { type: 'imported'; dataset: DatasetInfo; timings: ImportTimings }
  | { type: 'failed'; message: string };

/** How many problems a rejected import lists. */
export const SHOWN_PROBLEMS = 20;

/** What the reader is told when an import stops part-way; the data is always as it was. */
export function describeImportFailure(error: unknown): string {
  const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
  return quota
    ? 'The browser has no room left for this dataset. Nothing was changed; free some space or import a smaller file.'
    : `The import stopped: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
}
