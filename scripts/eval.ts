// `npm run eval`: precision and recall of the recognition engine on the project's labelled pages,
// then what it marks on the real pages in ../shared/corpus/news (when present; never copied here).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { aliasEntries } from '../src/core/alias-entries';
import { loadProjectDataset } from './dataset-source';
import { mentionsInDocument, parsePage } from './engine-on-page';
import { scorePages } from './eval/eval-engine';

const json = process.argv.includes('--json');
const { pages, total } = scorePages();
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus/news');
const corpus: { page: string; marks: number; companies: string[] }[] = [];
if (existsSync(CORPUS)) {
  const aliases = aliasEntries(loadProjectDataset().companies);
  for (const name of readdirSync(CORPUS).sort()) {
    const file = path.join(CORPUS, name, 'source.html');
    if (!existsSync(file)) continue;
    const found = mentionsInDocument(parsePage(readFileSync(file, 'utf8')), aliases);
    corpus.push({ page: name, marks: found.length, companies: [...new Set(found.map((m) => m.companyId))].sort() });
  }
}

if (json) {
  console.log(JSON.stringify({ labelled: { ...total, pages }, corpus: existsSync(CORPUS) ? corpus : 'skipped: ../shared/corpus/news is absent' }, null, 2));
} else {
  console.log('Labelled pages (tests/fixtures/eval)');
  for (const page of pages) {
    console.log(`  ${page.page.padEnd(24)} labels ${String(page.labels).padStart(3)}  precision ${percent(page.precision).padStart(6)}  recall ${percent(page.recall).padStart(6)}`);
    for (const span of page.falsePositives) console.log(`      false positive: "${span.companyId}" at ${span.start}-${span.end}`);
    for (const span of page.falseNegatives) console.log(`      missed: "${span.companyId}" at ${span.start}-${span.end}`);
  }
  console.log(`  all: ${total.labels} labels, precision ${percent(total.precision)}, recall ${percent(total.recall)}`);
  if (corpus.length === 0) {
    console.log('\nReal pages: skipped, ../shared/corpus/news is absent.');
  } else {
    console.log('\nReal pages (../shared/corpus/news), with the bundled dataset');
    for (const page of corpus) console.log(`  ${page.page.padEnd(44)} ${String(page.marks).padStart(4)} marks  ${page.companies.join(', ')}`);
  }
}
