// `npm run data:stats [-- --json]`: how big and how complete the dataset is.
import { formatProblem } from '../src/core/dataset-check';
import { datasetStats } from '../src/core/dataset-stats';
import { checkDatasetAt } from './dataset-source';

const args = process.argv.slice(2);
const json = args.includes('--json');
const target = args.find((arg) => !arg.startsWith('--'));
const check = checkDatasetAt(target);
if (!check.ok) {
  for (const problem of check.problems) console.error(formatProblem(problem));
  console.error('The dataset has problems (see above); run npm run data:check.');
  process.exit(1);
}
const stats = datasetStats(check.dataset);
if (json) {
  console.log(JSON.stringify(stats, null, 2));
} else {
  const table = (counts: Record<string, number>) => Object.entries(counts).map(([key, n]) => `  ${key.padEnd(14)} ${n}`).join('\n');
  console.log(`companies                   ${stats.companies}`);
  console.log(`relations                   ${stats.relations}`);
  console.log(`  with a source             ${stats.relationsWithSource}`);
  console.log(`  with a date               ${stats.relationsWithDate}`);
  console.log(`vendor changes              ${stats.vendorChanges}`);
  console.log(`relations by kind\n${table(stats.byKind)}`);
  console.log(`relations by year\n${table(stats.byYear)}`);
  console.log(`companies without relations ${stats.companiesWithoutRelations.length}${stats.companiesWithoutRelations.length ? `: ${stats.companiesWithoutRelations.join(', ')}` : ''}`);
  console.log(`ambiguous aliases           ${stats.ambiguousAliases.length}${stats.ambiguousAliases.length ? `: ${stats.ambiguousAliases.map((a) => `${a.alias} (${a.companyId})`).join(', ')}` : ''}`);
}
