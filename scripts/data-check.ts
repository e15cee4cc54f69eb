// `npm run data:check [PATH]`: validates the project's data/ or any dataset file or folder in the
// import format. Prints each problem as file:line (record) field: what is wrong; exits 1 on any.
import { formatProblem } from '../src/core/dataset/dataset-check';
import { checkDatasetAt, DATA_DIR } from './dataset-source';

const target = process.argv[2] ?? DATA_DIR;
const check = checkDatasetAt(target);
if (check.ok) {
  console.log(`${target === DATA_DIR ? 'data/' : target}: ${check.dataset.companies.length} companies and ${check.dataset.relations.length} relations, no problems.`);
} else {
  for (const problem of check.problems) console.error(formatProblem(problem));
  console.error(`\n${check.problems.length} problem${check.problems.length === 1 ? '' : 's'}; nothing was changed.`);
  process.exitCode = 1;
}
