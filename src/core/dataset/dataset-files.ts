// Reads dataset files into records with their places (file and line), without judging them:
// the check comes after. Three forms: JSON Lines (the project's source), one JSON object (the
// import format) and CSV (relations only, one source each).
import Papa from 'papaparse';
import type { DatasetProblem, RawRecord } from './dataset-check';

export interface ReadResult {
  name?: string;
  companies: RawRecord[];
  relations: RawRecord[];
  problems: DatasetProblem[];
}

const MAX_LINE = 1_000_000;

/** One JSON record per line; blank lines are allowed. */
export function readJsonLines(text: string, file: string): { records: RawRecord[]; problems: DatasetProblem[] } {
  const records: RawRecord[] = [];
  const problems: DatasetProblem[] = [];
  const lines = text.split('\n');
  lines.forEach((content, index) => {
    const line = index + 1;
    const trimmed = content.trim();
    if (trimmed === '') return;
    if (trimmed.length > MAX_LINE) {
      problems.push({ file, line, field: '', message: `line is longer than ${MAX_LINE} characters` });
      return;
    }
    try {
      records.push({ value: JSON.parse(trimmed), file, line });
    } catch (error) {
      problems.push({ file, line, field: '', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` });
    }
  });
  return { records, problems };
}

/** The import format: `{ "name": "...", "companies": [...], "relations": [...] }`. */
export function readImportJson(text: string, file: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { companies: [], relations: [], problems: [{ file, field: '', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { companies: [], relations: [], problems: [{ file, field: '', message: 'must be an object with "companies" and/or "relations" arrays' }] };
  }
  const problems: DatasetProblem[] = [];
  const result: ReadResult = { companies: [], relations: [], problems };
  const object = parsed as Record<string, unknown>;
  if (Object.hasOwn(object, 'name')) {
    if (typeof object.name === 'string' && object.name.trim() !== '') result.name = object.name.trim().slice(0, 100);
    else problems.push({ file, field: 'name', message: 'must be a non-empty string' });
  }
  for (const key of ['companies', 'relations'] as const) {
    if (!Object.hasOwn(object, key)) continue;
    const list = object[key];
    if (!Array.isArray(list)) {
      problems.push({ file, field: key, message: 'must be an array' });
      continue;
    }
    result[key] = list.map((value, index) => ({ value, file, place: `${key}[${index}]` }));
  }
  const unknown = Object.keys(object).filter((key) => !['name', 'companies', 'relations', 'format', 'version'].includes(key));
  for (const key of unknown) problems.push({ file, field: key, message: 'is not a field of the import format' });
  return result;
}

/** The columns of the CSV form, in order. Party columns beyond b are optional. */
export const CSV_COLUMNS = [
  'id', 'kind', 'status', 'party_a', 'role_a', 'party_b', 'role_b', 'announced', 'closed', 'ended',
  'value', 'currency', 'stake_percent', 'summary', 'source_url', 'source_publisher', 'source_title', 'source_date',
] as const;

type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

function optionalNumber(value: string | undefined): number | string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  // Plain decimals only ("0x10" and "1e3" are not amounts a person writes in a sheet); anything
  // else goes through as text, so the schema reports it in its field.
  return /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
}

function relationFromRow(row: CsvRow): Record<string, unknown> {
  const present = (value: string | undefined) => (value !== undefined && value.trim() !== '' ? value.trim() : undefined);
  const amount = optionalNumber(row.value);
  const stake = optionalNumber(row.stake_percent);
  const relation: Record<string, unknown> = {
    id: present(row.id),
    kind: present(row.kind),
    status: present(row.status),
    parties: [
      { companyId: present(row.party_a), role: present(row.role_a) },
      { companyId: present(row.party_b), role: present(row.role_b) },
    ],
    announced: present(row.announced),
    summary: present(row.summary),
    sources: [{ url: present(row.source_url), publisher: present(row.source_publisher), title: present(row.source_title), date: present(row.source_date) }],
  };
  if (present(row.closed)) relation.closed = present(row.closed);
  if (present(row.ended)) relation.ended = present(row.ended);
  if (amount !== undefined) relation.value = { amount, currency: present(row.currency) };
  if (stake !== undefined) relation.stakePercent = stake;
  return JSON.parse(JSON.stringify(relation)) as Record<string, unknown>;
}

/** 1-based line of each character offset, by binary search over line starts. */
function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** Relations as CSV with a header row naming CSV_COLUMNS (any order). */
export function readRelationsCsv(text: string, file: string): ReadResult {
  const content = text.replace(/^\uFEFF/, '');
  const lineAt = lineLocator(content);
  const problems: DatasetProblem[] = [];
  const relations: RawRecord[] = [];
  let header: string[] = [];
  // Each row's line comes from where its text starts, so blank lines and quoted line breaks
  // above it cannot shift it.
  let rowStart = 0;
  Papa.parse<CsvRow>(content, {
    header: true,
    skipEmptyLines: 'greedy',
    step: (results) => {
      if (header.length === 0) header = results.meta.fields ?? [];
      if (rowStart === 0) rowStart = content.search(/\r?\n/) + 1;
      while (rowStart < content.length && /[\r\n]/.test(content[rowStart]!)) rowStart++;
      const line = lineAt(rowStart);
      for (const error of results.errors) problems.push({ file, line, field: '', message: `CSV: ${error.message}` });
      relations.push({ value: relationFromRow(results.data), file, line });
      rowStart = results.meta.cursor;
    },
  });
  if (header.length === 0) header = (Papa.parse<string[]>(content.split(/\r?\n/)[0] ?? '').data[0] ?? []).map(String);
  const missing = CSV_COLUMNS.filter((column) => !['closed', 'ended', 'value', 'currency', 'stake_percent'].includes(column) && !header.includes(column));
  if (missing.length > 0) {
    return { companies: [], relations: [], problems: [{ file, line: 1, field: '', message: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` }] };
  }
  const unknown = header.filter((column) => !(CSV_COLUMNS as readonly string[]).includes(column));
  if (unknown.length > 0) problems.unshift({ file, line: 1, field: '', message: `unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}` });
  return { companies: [], relations, problems };
}
