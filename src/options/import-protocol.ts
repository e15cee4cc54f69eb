// Messages between the options page and its import worker.
import type { DatasetProblem } from '../core/dataset-check';
import type { DatasetInfo } from '../store/db';

export type ImportStage = 'reading' | 'checking' | 'saving';

export type ImportRequest = { file: File };

export type ImportEvent =
  | { type: 'progress'; stage: ImportStage; done: number; total: number }
  | { type: 'rejected'; problems: DatasetProblem[]; total: number }
  | { type: 'imported'; dataset: DatasetInfo }
  | { type: 'failed'; message: string };

/** How many problems a rejected import lists. */
export const SHOWN_PROBLEMS = 20;
