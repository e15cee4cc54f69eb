// `npm run scan -- FILE.html|FILE.txt|- [--json] [--data DIR]`: what the recognition engine marks in
// an article, with the bundled dataset (or another dataset folder): company, name, text, offsets.
// HTML goes through the same annotator as in the browser; plain text is read paragraph by paragraph.
import { readFileSync } from 'node:fs';
import { aliasEntries } from '../src/core/recognition/alias-entries';
import { formatProblem } from '../src/core/dataset/dataset-check';
import { compileMatcher } from '../src/core/recognition/matcher';
import { PageRecognizer } from '../src/core/recognition/recognizer';
import { checkDatasetAt } from './dataset-source';
import { mentionsInDocument, parsePage, type FoundMention } from './engine-on-page';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dataIndex = args.indexOf('--data');
const dataDir = dataIndex >= 0 ? args[dataIndex + 1] : undefined;
const input = args.find((arg, i) => !arg.startsWith('--') && (dataIndex < 0 || i !== dataIndex + 1));
if (!input) {
  console.error('Usage: npm run scan -- FILE.html|FILE.txt|- [--json] [--data DIR]');
  process.exit(2);
}

const check = checkDatasetAt(dataDir);
if (!check.ok) {
  for (const problem of check.problems.slice(0, 20)) console.error(formatProblem(problem));
  process.exit(1);
}
const names = new Map(check.dataset.companies.map((company) => [company.id, company.name]));
const aliases = aliasEntries(check.dataset.companies);
const source = readFileSync(input === '-' ? 0 : input, 'utf8');
const isHtml = input.endsWith('.html') || input.endsWith('.htm') || (input === '-' && /^\s*</.test(source));

function scanText(text: string): FoundMention[] {
  // Paragraphs are blocks, as in a page; names waiting for page-wide evidence are settled at the end.
  const recognizer = new PageRecognizer(compileMatcher(aliases));
  const found: FoundMention[] = [];
  const waiting: { offset: number; mention: ReturnType<PageRecognizer['scan']>['pending'][number] }[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of text.matchAll(paragraph)) {
    const { marks, pending } = recognizer.scan(match[0]);
    for (const mention of marks) found.push({ start: match.index + mention.start, end: match.index + mention.end, companyId: mention.companyId, text: text.slice(match.index + mention.start, match.index + mention.end) });
    for (const mention of pending) waiting.push({ offset: match.index, mention });
  }
  for (const { offset, mention } of waiting) {
    if (recognizer.resolves(mention)) found.push({ start: offset + mention.start, end: offset + mention.end, companyId: mention.companyId, text: text.slice(offset + mention.start, offset + mention.end) });
  }
  return found.sort((a, b) => a.start - b.start);
}

const found = isHtml ? mentionsInDocument(parsePage(source), aliases) : scanText(source);
if (json) {
  console.log(JSON.stringify(found.map((mention) => ({ ...mention, name: names.get(mention.companyId) })), null, 2));
} else {
  for (const mention of found) {
    console.log(`${String(mention.start).padStart(7)}-${String(mention.end).padEnd(7)} ${mention.companyId.padEnd(20)} ${(names.get(mention.companyId) ?? '').padEnd(22)} ${JSON.stringify(mention.text)}`);
  }
  const companies = new Set(found.map((mention) => mention.companyId));
  console.log(`${found.length} mention${found.length === 1 ? '' : 's'} of ${companies.size} compan${companies.size === 1 ? 'y' : 'ies'}${isHtml ? ' (offsets in the body text)' : ''}.`);
}
