// A reader's own datasets: read a file, check it against everything already stored, and import it
// (replacing an earlier import of the same name). Nothing is written unless every record is valid.
import { checkRecords, hasOutsideCauses, type DatasetProblem } from '../core/dataset/dataset-check';
import { readImportJson, readRelationsCsv, type ReadResult } from '../core/dataset/dataset-files';
import type { Dataset } from '../core/dataset/dataset-schema';
import { fingerprintText } from '../core/dataset/fingerprint';
import type { BackstoryDb, DatasetInfo } from './db';
import { importDataset, type ImportProgress } from './import-dataset';
import { datasetRelations, relationIdsOutside } from './relation-store';

export type UserImport =
  | { ok: true; dataset: DatasetInfo }
  | { ok: false; problems: DatasetProblem[] };

export function readDatasetFile(text: string, fileName: string): ReadResult {
  if (/\.csv$/i.test(fileName)) return readRelationsCsv(text, fileName);
  if (/\.json$/i.test(fileName)) return readImportJson(text, fileName);
  return { companies: [], relations: [], problems: [{ file: fileName, field: '', message: 'choose a .json dataset or a .csv file of relations' }] };
}

function datasetName(read: ReadResult, fileName: string): string {
  return read.name ?? fileName.replace(/\.[^.]+$/, '');
}

export async function importUserDataset(
  db: BackstoryDb,
  text: string,
  fileName: string,
  progress: { checking?: ImportProgress; saving?: ImportProgress } = {},
): Promise<UserImport> {
  const read = readDatasetFile(text, fileName);
  if (read.companies.length + read.relations.length === 0 && read.problems.length === 0) {
    return { ok: false, problems: [{ file: fileName, field: '', message: 'holds no companies and no relations' }] };
  }
  const name = datasetName(read, fileName);
  const previous = (await db.datasets.toArray()).find((info) => info.origin === 'user' && info.name === name);
  // What the file may point at: every stored record except those of the version it replaces.
  const others = (records: { id: string; datasetId: string }[]) =>
    new Set(records.filter((record) => record.datasetId !== previous?.id).map((record) => record.id));
  const companies = await db.companyRecords.toArray();
  // Other datasets' relations are read (all of them) only when a change names a cause elsewhere.
  const knownRelationIds = hasOutsideCauses(read.relations) ? await relationIdsOutside(db, previous?.id) : new Set<string>();
  const check = checkRecords(read, {
    knownCompanyIds: others(companies),
    knownRelationIds,
    ...(progress.checking ? { onProgress: progress.checking } : {}),
  });
  const problems = [...read.problems, ...(check.ok ? [] : check.problems)];
  if (!check.ok || problems.length > 0) return { ok: false, problems };
  const id = previous?.id ?? `user-${crypto.randomUUID()}`;
  const dataset = await importDataset(
    db,
    { id, name, origin: 'user', version: fingerprintText(text), enabled: previous?.enabled ?? true, fileName },
    check.dataset,
    progress.saving,
  );
  return { ok: true, dataset };
}

/** A stored dataset in the import format, as a reader can keep, share or import again. */
export async function exportDataset(db: BackstoryDb, id: string): Promise<{ name: string; companies: Dataset['companies']; relations: Dataset['relations'] }> {
  const info = await db.datasets.get(id);
  if (!info) throw new Error(`There is no dataset "${id}".`);
  const companies = (await db.companyRecords.where('datasetId').equals(id).toArray()).map(({ datasetId: _d, ...company }) => company);
  const relations = await datasetRelations(db, id);
  return { name: info.name, companies, relations };
}
