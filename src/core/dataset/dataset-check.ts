// Checks a dataset record by record (shape, with the shared schema) and then the links between
// records that no schema can see. Every problem says where: file and line, or the record's place.
import { z } from 'zod/mini';
import { editorialProblems, type EditorialRules } from './dataset-editorial';
import { CompanySchema, RelationSchema, type Company, type Dataset, type Relation } from './dataset-schema';

/** One record as read from a file, before it is checked. */
export interface RawRecord {
  value: unknown;
  file: string;
  /** 1-based line in the file, where the format has lines. */
  line?: number;
  /** Place in the file when there are no lines: "companies[3]". */
  place?: string;
}

export interface DatasetProblem {
  file: string;
  line?: number;
  place?: string;
  /** The record's id, when it has one. */
  record?: string;
  /** The field at fault, as a path: "sources[0].url"; empty for the record as a whole. */
  field: string;
  message: string;
}

export interface CheckOptions {
  /** Companies that exist outside this dataset (the bundled ones, for a reader's import). */
  knownCompanyIds?: ReadonlySet<string>;
  knownRelationIds?: ReadonlySet<string>;
  /** Source files must list records by id, so that diffs stay small and merges easy. */
  requireSortedIds?: boolean;
  /** Called now and then while records are checked: (records checked, records in all). */
  onProgress?: (done: number, total: number) => void;
  /** The project's own editorial rules (sources, duplicates, open deals, three relations each). */
  editorial?: EditorialRules;
}

export type DatasetCheck = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

export function formatProblem(problem: DatasetProblem): string {
  const where = problem.line !== undefined ? `${problem.file}:${problem.line}` : `${problem.file}${problem.place ? ` ${problem.place}` : ''}`;
  const record = problem.record !== undefined ? ` (${problem.record})` : '';
  const field = problem.field !== '' ? ` ${problem.field}` : '';
  return `${where}${record}${field}: ${problem.message}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'id')) return undefined;
  const id = (value as { id: unknown }).id;
  return typeof id === 'string' ? id.slice(0, 80) : undefined;
}

function locate(record: RawRecord): Pick<DatasetProblem, 'file' | 'line' | 'place'> {
  return {
    file: record.file,
    ...(record.line !== undefined ? { line: record.line } : {}),
    ...(record.place !== undefined ? { place: record.place } : {}),
  };
}

/** A problem found in a record, at the record's place. */
export type ProblemAt = (raw: RawRecord, record: string, field: string, message: string) => DatasetProblem;
const problemAt: ProblemAt = (raw, record, field, message) => ({ ...locate(raw), record, field, message });

export interface Parsed<T> {
  value: T;
  raw: RawRecord;
}

const PROGRESS_EVERY = 5_000;

function parseAll<T>(
  schema: z.ZodMiniType<T>,
  records: readonly RawRecord[],
  problems: DatasetProblem[],
  progress: (checked: number) => void,
): Parsed<T>[] {
  const parsed: Parsed<T>[] = [];
  for (const [index, raw] of records.entries()) {
    if (index % PROGRESS_EVERY === 0) progress(index);
    const result = schema.safeParse(raw.value);
    if (result.success) {
      parsed.push({ value: result.data, raw });
      continue;
    }
    const id = idOf(raw.value);
    for (const issue of result.error.issues) {
      problems.push({ ...locate(raw), ...(id !== undefined ? { record: id } : {}), field: fieldPath(issue.path), message: issue.message });
    }
  }
  return parsed;
}

export function checkRecords(
  input: { companies: readonly RawRecord[]; relations: readonly RawRecord[] },
  options: CheckOptions = {},
): DatasetCheck {
  const problems: DatasetProblem[] = [];
  const total = input.companies.length + input.relations.length;
  const report = (done: number) => options.onProgress?.(done, total);
  const companies = parseAll<Company>(CompanySchema, input.companies, problems, report);
  const relations = parseAll<Relation>(RelationSchema, input.relations, problems, (n) => report(input.companies.length + n));
  report(total);
  problems.push(...linkProblems(companies, relations, options));
  if (options.editorial) problems.push(...editorialProblems(companies, relations, options.editorial, problemAt));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: { companies: companies.map((c) => c.value), relations: relations.map((r) => r.value) } };
}

/** A whole dataset object, as the import format holds it: `{ companies: [...], relations: [...] }`. */
export function checkDataset(input: unknown, file = 'dataset', options: CheckOptions = {}): DatasetCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ file, field: '', message: 'must be an object with "companies" and "relations" arrays' }] };
  }
  const problems: DatasetProblem[] = [];
  const lists: Record<'companies' | 'relations', RawRecord[]> = { companies: [], relations: [] };
  for (const key of ['companies', 'relations'] as const) {
    const list: unknown = Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : [];
    if (!Array.isArray(list)) {
      problems.push({ file, field: key, message: 'must be an array' });
      continue;
    }
    lists[key] = list.map((value, index) => ({ value, file, place: `${key}[${index}]` }));
  }
  if (problems.length > 0) return { ok: false, problems };
  return checkRecords(lists, options);
}

/**
 * Whether a change among these relations names a cause that is not one of them: only then must
 * the relations stored elsewhere be known (as knownRelationIds) to check it.
 */
export function hasOutsideCauses(relations: readonly RawRecord[]): boolean {
  const field = (value: unknown, name: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined);
  const own = new Set(relations.map((record) => field(record.value, 'id')));
  return relations.some((record) => {
    const changes = field(record.value, 'changes');
    return Array.isArray(changes) && changes.some((change) => {
      const causeId = field(change, 'causeId');
      return causeId !== undefined && !own.has(causeId);
    });
  });
}

function linkProblems(companies: Parsed<Company>[], relations: Parsed<Relation>[], options: CheckOptions): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (raw: RawRecord, record: string, field: string, message: string) => problems.push(problemAt(raw, record, field, message));

  const companyIds = new Set(options.knownCompanyIds);
  const ownCompanyIds = new Set<string>();
  for (const { value, raw } of companies) {
    if (ownCompanyIds.has(value.id)) report(raw, value.id, 'id', 'is used by another company');
    ownCompanyIds.add(value.id);
    companyIds.add(value.id);
  }
  const relationIds = new Set(options.knownRelationIds);
  const ownRelationIds = new Set<string>();
  for (const { value, raw } of relations) {
    if (ownRelationIds.has(value.id)) report(raw, value.id, 'id', 'is used by another relation');
    ownRelationIds.add(value.id);
    relationIds.add(value.id);
  }
  if (options.requireSortedIds) {
    for (const list of [companies, relations] as Parsed<Company | Relation>[][]) {
      for (let i = 1; i < list.length; i++) {
        const { value, raw } = list[i]!;
        const previous = list[i - 1]!.value.id;
        if (value.id < previous) report(raw, value.id, 'id', `records must be sorted by id, but this comes after "${previous}"`);
      }
    }
  }

  // Names are matched on pages: two companies may share one only if both mark it ambiguous.
  const nameOwner = new Map<string, { id: string; ambiguous: boolean }>();
  for (const { value, raw } of companies) {
    const names = [
      ...value.aliases.map((alias, i) => ({ text: alias.text, ambiguous: alias.ambiguous, field: `aliases[${i}].text` })),
      ...(value.formerNames ?? []).map((former, i) => ({ text: former.name, ambiguous: false, field: `formerNames[${i}].name` })),
    ];
    for (const name of names) {
      const key = name.text.trim().toLowerCase();
      const owner = nameOwner.get(key);
      if (owner !== undefined && owner.id !== value.id && !(owner.ambiguous && name.ambiguous)) {
        report(raw, value.id, name.field, `"${name.text}" is also a name of ${owner.id}; mark it ambiguous in both to share it`);
      }
      if (!owner) nameOwner.set(key, { id: value.id, ambiguous: name.ambiguous });
    }
    value.aliases.forEach((alias, i) => {
      if (alias.ambiguous && !alias.evidence) report(raw, value.id, `aliases[${i}].evidence`, 'an ambiguous alias needs the evidence that makes it count');
      if (!alias.ambiguous && alias.evidence) report(raw, value.id, `aliases[${i}].evidence`, 'only an ambiguous alias takes evidence');
    });
    if (value.parentId !== undefined && !companyIds.has(value.parentId)) {
      report(raw, value.id, 'parentId', `"${value.parentId}" is not a company`);
    }
    if (value.parentId === value.id) report(raw, value.id, 'parentId', 'a company cannot be its own parent');
  }

  for (const { value, raw } of relations) {
    const seen = new Set<string>();
    value.parties.forEach((party, i) => {
      if (!companyIds.has(party.companyId)) report(raw, value.id, `parties[${i}].companyId`, `"${party.companyId}" is not a company`);
      if (seen.has(party.companyId)) report(raw, value.id, `parties[${i}].companyId`, `"${party.companyId}" is already a party`);
      seen.add(party.companyId);
    });
    for (const key of ['closed', 'ended'] as const) {
      const date = value[key];
      if (date !== undefined && date.slice(0, value.announced.length) < value.announced.slice(0, date.length)) {
        report(raw, value.id, key, `is before the announcement (${value.announced})`);
      }
    }
    if (value.changes && value.kind !== 'vendor') report(raw, value.id, 'changes', 'only vendor relationships have changes');
    value.changes?.forEach((change, i) => {
      if (change.causeId !== undefined && !relationIds.has(change.causeId)) {
        report(raw, value.id, `changes[${i}].causeId`, `"${change.causeId}" is not a relation`);
      }
      if (change.causeId === value.id) report(raw, value.id, `changes[${i}].causeId`, 'a change cannot be caused by its own relation');
    });
    value.related?.forEach((id, i) => {
      if (!relationIds.has(id)) report(raw, value.id, `related[${i}]`, `"${id}" is not a relation`);
      if (id === value.id) report(raw, value.id, `related[${i}]`, 'a relation cannot name itself');
    });
  }
  return problems;
}
