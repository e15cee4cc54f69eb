// `npm run eval`: precision and recall of the recognition engine on the project's labelled pages
// (with their own small dictionary, and with the bundled dataset), then coverage on the real pages
// of ../shared/corpus/news (when present; never copied here): of the companies each article's body
// names, the share Backstory marks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { aliasEntries } from '../src/core/recognition/alias-entries';
import { loadProjectDataset } from './dataset-source';
import { mentionsInDocument, parsePage } from './engine-on-page';
import { readCoverageLabels, scoreCoverage, type Coverage } from './eval/coverage';
import { scorePages } from './eval/eval-engine';

const json = process.argv.includes('--json');
const dataset = loadProjectDataset();
const bundledAliases = aliasEntries(dataset.companies);
const labelled = scorePages();
const labelledBundled = scorePages(bundledAliases);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus/news');
const corpus: { page: string; marks: number; companies: string[] }[] = [];
let coverage: Coverage | undefined;
if (existsSync(CORPUS)) {
  for (const name of readdirSync(CORPUS).sort()) {
    const file = path.join(CORPUS, name, 'source.html');
    if (!existsSync(file)) continue;
    const found = mentionsInDocument(parsePage(readFileSync(file, 'utf8')), bundledAliases);
    corpus.push({ page: name, marks: found.length, companies: [...new Set(found.map((m) => m.companyId))].sort() });
  }
  const marked = new Map(corpus.map((page) => [page.page, new Set(page.companies)]));
  coverage = scoreCoverage(readCoverageLabels(), (page) => marked.get(page), new Set(dataset.companies.map((c) => c.id)));
}

if (json) {
  console.log(JSON.stringify({
    labelled: { ...labelled.total, pages: labelled.pages },
    labelledWithBundledData: labelledBundled.total,
    corpus: coverage ? { coverage, pages: corpus } : 'skipped: ../shared/corpus/news is absent',
  }, null, 2));
} else {
  console.log('Labelled pages (tests/fixtures/eval), their own dictionary');
  for (const page of labelled.pages) {
    console.log(`  ${page.page.padEnd(24)} labels ${String(page.labels).padStart(3)}  precision ${percent(page.precision).padStart(6)}  recall ${percent(page.recall).padStart(6)}`);
    for (const span of page.falsePositives) console.log(`      false positive: "${span.companyId}" at ${span.start}-${span.end}`);
    for (const span of page.falseNegatives) console.log(`      missed: "${span.companyId}" at ${span.start}-${span.end}`);
  }
  console.log(`  all: ${labelled.total.labels} labels, precision ${percent(labelled.total.precision)}, recall ${percent(labelled.total.recall)}`);
  const b = labelledBundled.total;
  console.log(`\nThe same pages with the bundled dataset (${dataset.companies.length} companies): precision ${percent(b.precision)}, recall ${percent(b.recall)}`);
  for (const page of labelledBundled.pages) {
    for (const span of page.falsePositives) console.log(`      ${page.page}: false positive "${span.companyId}" at ${span.start}-${span.end}`);
  }
  if (!coverage) {
    console.log('\nReal pages: skipped, ../shared/corpus/news is absent.');
  } else {
    console.log('\nCoverage on the real pages (../shared/corpus/news): companies the article body names, marked');
    for (const page of coverage.pages) {
      const misses = page.misses.map((m) => `${m.name}${m.inDataset ? '' : ' (not in the dataset)'}`).join(', ');
      console.log(`  ${page.page.padEnd(44)} ${String(page.marked).padStart(3)} of ${String(page.named).padEnd(3)}${misses ? `  missed: ${misses}` : ''}`);
    }
    console.log(`  all: ${coverage.marked} of ${coverage.named} companies marked, coverage ${percent(coverage.share)}`);
  }
}
