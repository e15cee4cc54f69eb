// The reader's datasets: import a file (checked in a worker, with progress), switch a dataset off
// or on, remove or export it. Changes reach open tabs at once.
import { useEffect, useState } from 'preact/hooks';
import { formatProblem, type DatasetProblem } from '../core/dataset/dataset-check';
import { countLabel } from '../core/display/format';
import { announceDataChange, onDataChange } from '../shared/data-change';
import { BackstoryDb, type DatasetInfo } from '../store/db';
import { removeDataset, setDatasetEnabled } from '../store/import-dataset';
import { exportDataset } from '../store/user-datasets';
import type { ImportEvent, ImportStage } from './import-protocol';
import { download } from './download';

const db = new BackstoryDb();

const STAGE_LABELS: Record<ImportStage, string> = { reading: 'Reading', checking: 'Checking', saving: 'Saving' };

type ImportState =
  | { kind: 'idle' }
  | { kind: 'running'; stage: ImportStage; done: number; total: number }
  | { kind: 'rejected'; fileName: string; problems: DatasetProblem[]; total: number }
  | { kind: 'imported'; dataset: DatasetInfo }
  | { kind: 'failed'; message: string };

export function DatasetsSection() {
  const [datasets, setDatasets] = useState<DatasetInfo[]>([]);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  async function refresh(): Promise<void> {
    setDatasets(await db.datasets.toArray());
  }
  useEffect(() => void refresh(), []);
  // The bundled data arrives in the background on first install, maybe after this page opened.
  useEffect(() => onDataChange(() => void refresh()), []);

  async function changed(): Promise<void> {
    await refresh();
    await announceDataChange();
  }

  function importFile(file: File): void {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    setState({ kind: 'running', stage: 'reading', done: 0, total: file.size });
    worker.onmessage = (message: MessageEvent<ImportEvent>) => {
      const event = message.data;
      if (event.type === 'progress') {
        setState({ kind: 'running', stage: event.stage, done: event.done, total: event.total });
        return;
      }
      worker.terminate();
      if (event.type === 'rejected') setState({ kind: 'rejected', fileName: file.name, problems: event.problems, total: event.total });
      else if (event.type === 'failed') setState({ kind: 'failed', message: event.message });
      else {
        setState({ kind: 'imported', dataset: event.dataset });
        // For the import benchmark: how long reading, checking and saving took.
        performance.mark('backstory:import', { detail: event.timings });
        void changed();
      }
    };
    worker.onerror = (error) => {
      worker.terminate();
      setState({ kind: 'failed', message: `The import stopped: ${error.message}. Nothing was changed.` });
    };
    worker.postMessage({ file });
  }

  return (
    <section aria-labelledby="datasets">
      <h2 id="datasets">Datasets</h2>
      <p class="hint">
        Backstory's own data ships with it. Add your own facts as a JSON dataset or a CSV file of relations
        (the format is described in the project's data/README.md).
      </p>
      <ul class="datasets" aria-label="Datasets">
        {datasets.map((info) => (
          <li key={info.id}>
            <label class="dataset-toggle">
              <input
                type="checkbox"
                checked={info.enabled}
                onChange={async (event) => {
                  await setDatasetEnabled(db, info.id, event.currentTarget.checked);
                  await changed();
                }}
              />
              <span class="dataset-name">{info.origin === 'bundled' ? 'Backstory (built in)' : info.name}</span>
            </label>
            <span class="dataset-counts">
              {countLabel(info.companies, 'company', 'companies')} · {countLabel(info.relations, 'relation', 'relations')}
            </span>
            {info.origin === 'user' && (
              <span class="dataset-actions">
                <button type="button" onClick={async () => download(`${info.name}.json`, JSON.stringify(await exportDataset(db, info.id), null, 1))}>
                  Export
                </button>
                <button
                  type="button"
                  aria-label={`Remove ${info.name}`}
                  onClick={async () => {
                    await removeDataset(db, info.id);
                    await changed();
                  }}
                >
                  Remove
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <label class="file-label">
        Import a dataset
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          disabled={state.kind === 'running'}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) importFile(file);
            event.currentTarget.value = '';
          }}
        />
      </label>
      {state.kind === 'running' && (
        <div class="import-progress">
          <span>{STAGE_LABELS[state.stage]}…</span>
          <progress max={Math.max(state.total, 1)} value={state.done} aria-label={`${STAGE_LABELS[state.stage]} the dataset`} />
        </div>
      )}
      {state.kind === 'imported' && (
        <p class="done" role="status">
          Imported “{state.dataset.name}”: {countLabel(state.dataset.companies, 'company', 'companies')} and{' '}
          {countLabel(state.dataset.relations, 'relation', 'relations')}.
        </p>
      )}
      {state.kind === 'failed' && <p class="problem" role="alert">{state.message}</p>}
      {state.kind === 'rejected' && (
        <div class="problem" role="alert">
          <p>
            {state.fileName} was not imported: {countLabel(state.total, 'problem', 'problems')}
            {state.total > state.problems.length ? ` (the first ${state.problems.length} are listed)` : ''}. Nothing was changed.
          </p>
          <ul class="problems">{state.problems.map((problem, i) => <li key={i}>{formatProblem(problem)}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
