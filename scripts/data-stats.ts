// `npm run data:stats [-- --json]`: how big, how complete and how well sourced the dataset is.
import { formatProblem } from '../src/core/dataset/dataset-check';
import { datasetStats } from '../src/core/dataset/dataset-stats';
import { checkDatasetAt, readEditorialRules } from './dataset-source';

const args = process.argv.slice(2);
const json = args.includes('--json');
const target = args.find((arg) => !arg.startsWith('--'));
const check = checkDatasetAt(target);
if (!check.ok) {
  for (const problem of check.problems) console.error(formatProblem(problem));
  console.error('The dataset has problems (see above); run npm run data:check.');
  process.exit(1);
}
// A reader's dataset is measured against the project's own source policy too.
const { rules } = readEditorialRules();
const stats = datasetStats(check.dataset, rules?.policy);
if (json) {
  console.log(JSON.stringify(stats, null, 2));
} else {
  const share = (n: number, of: number) => `${n} (${of === 0 ? 0 : ((n / of) * 100).toFixed(1)}%)`;
  const table = (counts: Record<string, number>, limit = Infinity) =>
    Object.entries(counts).slice(0, limit).map(([key, n]) => `  ${key.padEnd(30)} ${n}`).join('\n');
  console.log(`companies                   ${stats.companies}`);
  console.log(`relations                   ${stats.relations}`);
  console.log(`  with a source             ${stats.relationsWithSource}`);
  console.log(`  dated                     ${stats.relationsWithDate} (day ${stats.datePrecision.day}, month ${stats.datePrecision.month}, year ${stats.datePrecision.year})`);
  console.log(`vendor changes              ${stats.vendorChanges}`);
  if (stats.sources) {
    const s = stats.sources;
    console.log(`sources                     ${s.total}, refused or unknown ${s.refused}`);
    console.log(`  relations sourced only from publishers' own pages  ${share(s.relationsAllOwnPages, stats.relations)}`);
    console.log(`  relations with a trusted outlet or the company     ${share(s.relationsWithTrustedSource, stats.relations)}`);
    console.log(`sources by type\n${table(s.byType)}`);
    console.log(`sources by publisher (top 40 of ${Object.keys(s.byPublisher).length})\n${table(s.byPublisher, 40)}`);
  }
  console.log(`relations by kind\n${table(stats.byKind)}`);
  console.log(`relations by year\n${table(stats.byYear)}`);
  console.log(`companies by sector\n${table(stats.bySector)}`);
  console.log(`companies by region\n${table(stats.byRegion)}`);
  console.log(`companies without relations ${stats.companiesWithoutRelations.length}${stats.companiesWithoutRelations.length ? `: ${stats.companiesWithoutRelations.join(', ')}` : ''}`);
  console.log(`ambiguous aliases           ${stats.ambiguousAliases.length}`);
}
