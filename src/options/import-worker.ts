// Reads, checks and imports a reader's dataset off the options page's main thread, so a large file
// freezes nothing. Posts its progress, and the problems (the first few) when the file is rejected.
import { BackstoryDb } from '../store/db';
import { importUserDataset } from '../store/user-datasets';
import { describeImportFailure, SHOWN_PROBLEMS, type ImportEvent, type ImportRequest } from './import-protocol';

const post = (event: ImportEvent) => self.postMessage(event);

self.onmessage = async (message: MessageEvent<ImportRequest>) => {
  const { file } = message.data;
  const db = new BackstoryDb();
  try {
    const started = performance.now();
    post({ type: 'progress', stage: 'reading', done: 0, total: file.size });
    const text = await file.text();
    post({ type: 'progress', stage: 'reading', done: file.size, total: file.size });
    const read = performance.now();
    let saving: number | undefined;
    const result = await importUserDataset(db, text, file.name, {
      checking: (done, total) => post({ type: 'progress', stage: 'checking', done, total }),
      saving: (done, total) => {
        saving ??= performance.now();
        post({ type: 'progress', stage: 'saving', done, total });
      },
    });
    const ended = performance.now();
    const checked = saving ?? ended;
    post(result.ok
      ? { type: 'imported', dataset: result.dataset, timings: { readMs: read - started, checkMs: checked - read, saveMs: ended - checked } }
      : { type: 'rejected', problems: result.problems.slice(0, SHOWN_PROBLEMS), total: result.problems.length });
  } catch (error) {
    post({ type: 'failed', message: describeImportFailure(error) });
  } finally {
    db.close();
  }
};
