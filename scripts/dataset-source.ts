// Reads and checks the project's dataset source (data/*.jsonl) or any dataset file or folder in the
// import format, in Node. Used by data:check, data:stats and the build.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkRecords, formatProblem, type CheckOptions, type DatasetCheck, type DatasetProblem, type RawRecord } from '../src/core/dataset/dataset-check';
import { readImportJson, readJsonLines, readRelationsCsv } from '../src/core/dataset/dataset-files';
import type { EditorialRules } from '../src/core/dataset/dataset-editorial';
import type { Dataset } from '../src/core/dataset/dataset-schema';
import { isRealPastDate } from '../src/core/dataset/dates';
import { fingerprintText } from '../src/core/dataset/fingerprint';
import { SourcePolicySchema } from '../src/core/dataset/source-policy';

export const DATA_DIR = path.resolve(import.meta.dirname, '../data');
export const SOURCE_FILES = { companies: 'companies.jsonl', relations: 'relations.jsonl' } as const;
/** Which pages count as sources (publishers, release wires, refusals). */
export const POLICY_FILE = 'sources.json';
/** The dataset's own facts about itself: the day its statuses are current as of. */
export const META_FILE = 'dataset.json';

/** The editorial rules for a dataset folder, or the problems that keep them from being read. */
export function readEditorialRules(dir: string = DATA_DIR): { rules?: EditorialRules; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  const readJson = (name: string): unknown => {
    const file = path.join(dir, name);
    if (!existsSync(file)) {
      problems.push({ file: relative(file), field: '', message: 'is missing' });
      return undefined;
    }
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({ file: relative(file), field: '', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` });
      return undefined;
    }
  };
  const policyFile = relative(path.join(dir, POLICY_FILE));
  const rawPolicy = readJson(POLICY_FILE);
  const meta = readJson(META_FILE);
  const policy = rawPolicy === undefined ? undefined : SourcePolicySchema.safeParse(rawPolicy);
  if (policy && !policy.success) {
    for (const issue of policy.error.issues) problems.push({ file: policyFile, field: issue.path.map(String).join('.'), message: issue.message });
  }
  if (policy?.success) {
    for (const domain of Object.keys(policy.data.publishers)) {
      if (Object.hasOwn(policy.data.refusedDomains, domain)) problems.push({ file: policyFile, field: `publishers.${domain}`, message: 'is also in refusedDomains' });
    }
  }
  const date = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>).date : undefined;
  if (meta !== undefined && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealPastDate(date))) {
    problems.push({ file: relative(path.join(dir, META_FILE)), field: 'date', message: 'must be the day (YYYY-MM-DD, not in the future) the dataset\'s statuses are current as of' });
  }
  if (problems.length > 0 || !policy?.success) return { problems };
  return { rules: { policy: policy.data, datasetDate: date as string }, problems };
}

interface Read {
  companies: RawRecord[];
  relations: RawRecord[];
  problems: DatasetProblem[];
  /** Source folders keep records sorted by id. */
  sorted: boolean;
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function readFolder(dir: string): Read {
  const read: Read = { companies: [], relations: [], problems: [], sorted: true };
  for (const key of ['companies', 'relations'] as const) {
    const file = path.join(dir, SOURCE_FILES[key]);
    if (!existsSync(file)) {
      read.problems.push({ file: relative(file), field: '', message: 'is missing' });
      continue;
    }
    const { records, problems } = readJsonLines(readFileSync(file, 'utf8'), relative(file));
    read[key] = records;
    read.problems.push(...problems);
  }
  return read;
}

function readFile(file: string): Read {
  const text = readFileSync(file, 'utf8');
  const name = relative(file);
  const base = path.basename(file);
  if (file.endsWith('.csv')) return { ...readRelationsCsv(text, name), sorted: false };
  if (file.endsWith('.json')) return { ...readImportJson(text, name), sorted: false };
  if (file.endsWith('.jsonl')) {
    const kind = base.startsWith('companies') ? 'companies' : base.startsWith('relations') ? 'relations' : undefined;
    if (!kind) {
      return { companies: [], relations: [], sorted: false, problems: [{ file: name, field: '', message: 'a .jsonl file must be named companies*.jsonl or relations*.jsonl' }] };
    }
    const { records, problems } = readJsonLines(text, name);
    return { companies: kind === 'companies' ? records : [], relations: kind === 'relations' ? records : [], problems, sorted: false };
  }
  return { companies: [], relations: [], sorted: false, problems: [{ file: name, field: '', message: 'is not a dataset file (.jsonl, .json or .csv) or folder' }] };
}

/**
 * Checks a dataset at `target` (the project's data/ when omitted). A reader's file may point at the
 * bundled companies; a `standalone` folder (a benchmark's copy of an older data/) must hold its own.
 */
export function checkDatasetAt(target: string = DATA_DIR, { standalone = false } = {}): DatasetCheck {
  const resolved = path.resolve(target);
  if (!existsSync(resolved)) return { ok: false, problems: [{ file: target, field: '', message: 'does not exist' }] };
  const isProjectData = resolved === DATA_DIR;
  const read = statSync(resolved).isDirectory() ? readFolder(resolved) : readFile(resolved);
  const options: CheckOptions = { requireSortedIds: read.sorted };
  if (isProjectData) {
    const { rules, problems } = readEditorialRules(resolved);
    read.problems.push(...problems);
    if (rules) options.editorial = rules;
  } else if (!standalone) {
    // A reader's dataset may point at the bundled companies and relations.
    const bundled = loadProjectDataset();
    options.knownCompanyIds = new Set(bundled.companies.map((company) => company.id));
    options.knownRelationIds = new Set(bundled.relations.map((relation) => relation.id));
  }
  const check = checkRecords(read, options);
  if (read.problems.length === 0) return check;
  return { ok: false, problems: [...read.problems, ...(check.ok ? [] : check.problems)] };
}

/** The project's dataset, checked; throws with every problem listed when it is not valid. */
export function loadProjectDataset(): Dataset {
  const check = checkDatasetAt(DATA_DIR);
  if (!check.ok) {
    throw new Error(`The dataset in data/ is not valid:\n${check.problems.map(formatProblem).join('\n')}`);
  }
  return check.dataset;
}

/**
 * What the extension ships: the checked dataset as compact JSON, named by its content hash. Another
 * folder than data/ (a benchmark's baseline) is held to the schema and links only.
 */
export function compileProjectDataset(dir: string = DATA_DIR): { version: string; json: string; dataset: Dataset } {
  let dataset: Dataset;
  if (path.resolve(dir) === DATA_DIR) {
    dataset = loadProjectDataset();
  } else {
    const check = checkDatasetAt(dir, { standalone: true });
    if (!check.ok) throw new Error(`The dataset in ${dir} is not valid:\n${check.problems.map(formatProblem).join('\n')}`);
    dataset = check.dataset;
  }
  const json = JSON.stringify(dataset);
  return { version: fingerprintText(json), json, dataset };
}
