// `npm run data:format [DIR]`: rewrites a dataset folder's JSON Lines in the canonical form: one
// record per line, sorted by id, fields in the documented order. Run it after editing by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readJsonLines } from '../src/core/dataset/dataset-files';
import { DATA_DIR, SOURCE_FILES } from './dataset-source';

const ORDER = {
  companies: ['id', 'name', 'legalName', 'aliases', 'formerNames', 'tickers', 'website', 'kind', 'parentId', 'sector', 'headquarters', 'country', 'founded', 'description', 'wikidata'],
  relations: ['id', 'kind', 'parties', 'status', 'announced', 'closed', 'ended', 'value', 'stakePercent', 'summary', 'pending', 'related', 'sources', 'changes'],
} as const;

function canonical(record: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const known = order.filter((key) => Object.hasOwn(record, key));
  const rest = Object.keys(record).filter((key) => !order.includes(key)).sort();
  return Object.fromEntries([...known, ...rest].map((key) => [key, record[key]]));
}

/** JSON on one line with a space after each comma and colon, as the files are written. */
function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([key, inner]) => `${JSON.stringify(key)}: ${oneLine(inner)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

const dir = path.resolve(process.argv[2] ?? DATA_DIR);
for (const key of ['companies', 'relations'] as const) {
  const file = path.join(dir, SOURCE_FILES[key]);
  const { records, problems } = readJsonLines(readFileSync(file, 'utf8'), file);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`${problem.file}:${problem.line}: ${problem.message}`);
    console.error('Not rewritten: fix the lines above first.');
    process.exit(1);
  }
  const values = records.map((record) => canonical(record.value as Record<string, unknown>, ORDER[key]));
  // Code-unit order, the order data:check expects.
  values.sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));
  writeFileSync(file, values.map(oneLine).join('\n') + '\n');
  console.log(`${path.relative(process.cwd(), file)}: ${values.length} records`);
}
