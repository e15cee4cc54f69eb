// `npm run bench [-- --json] [-- --check] [-- --readme] [-- --full] [-- --only matcher,search,bundled,...]`:
// every benchmark in one run, in Node and in real Chromium, each figure a ratio against a baseline
// measured in the same run. --check exits 1 when a budget is missed; --readme rewrites the results
// table in README.md (between the bench markers).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBundledDataBench } from './bundled-data';
import { runCardBench } from './card';
import { runImportBench } from './import';
import { runMatcherBench } from './matcher';
import { runPageBench } from './page';
import { runSearchBench } from './search';
import { measureSizes } from './sizes';

const args = process.argv.slice(2);
const json = args.includes('--json');
const check = args.includes('--check');
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1]!.split(',')) : undefined;
const wanted = (part: string) => !only || only.has(part);
const skipped = { skipped: 'not asked for (--only)' } as const;

const matcher = wanted('matcher') ? runMatcherBench(undefined, args.includes('--full')) : undefined;
const search = wanted('search') ? { sizes: runSearchBench() } : skipped;
const sizes = wanted('sizes') ? measureSizes() : skipped;
const card = wanted('card') ? await runCardBench() : skipped;
const page = wanted('page') ? await runPageBench() : skipped;
const importResult = wanted('import') ? await runImportBench(100_000) : skipped;
const bundled = wanted('bundled') ? await runBundledDataBench() : skipped;

interface Budget {
  name: string;
  ok: boolean;
  value: string;
}

const budgets: Budget[] = [];
function budget(name: string, ok: boolean, value: string): void {
  budgets.push({ name, ok, value });
}
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

if (matcher) {
  const at100k = matcher.sizes.find((size) => size.aliases === 100_000);
  budget('matcher ≥ 10× the one-regex baseline at 10,000 aliases', matcher.speedupVsRegex >= 10, fixed(matcher.speedupVsRegex));
  budget('matcher ≥ 0.3 of the floor at 10,000 aliases', matcher.fractionOfFloor >= 0.3, fixed(matcher.fractionOfFloor, 2));
  budget('matcher at 100,000 aliases within 1.5× of its time at 1,000', matcher.scaling100kVs1k <= 1.5, fixed(matcher.scaling100kVs1k, 2));
  budget('dictionary compile ≤ 50 ms at 100,000 aliases', (at100k?.compileMs ?? Infinity) <= 50, fixed(at100k?.compileMs ?? NaN));
  budget('dictionary heap ≤ 10 MB at 100,000 aliases', at100k?.heapMB === null || (at100k?.heapMB ?? Infinity) <= 10, at100k?.heapMB?.toFixed(1) ?? 'not measured (run with --expose-gc)');
}
if ('sizes' in search) {
  const at100k = search.sizes.find((size) => size.companies === 100_000)!;
  budget('popup search ≤ 10 ms per keystroke (p95) at 100,000 companies', at100k.p95Ms <= 10, `${fixed(at100k.p95Ms, 2)} ms`);
}
if (!('skipped' in card)) {
  budget('card rendered and placed ≤ 16 ms after the intent delay (p95)', card.readyP95Ms <= 16, `${fixed(card.readyP95Ms)} ms (painted ${fixed(card.p95Ms)} ms)`);
}
if (!('skipped' in page)) {
  for (const cost of page.pages) {
    const allowed = 16 + 3 * cost.floorMs;
    if (cost.page.startsWith('generated-')) {
      budget(`${cost.page}: the page's own task time with Backstory ≤ 1.25× without`, cost.pageTaskRatio <= 1.25, `${fixed(cost.pageTaskMs)} → ${fixed(cost.pageTaskWithExtensionMs)} ms (${fixed(cost.pageTaskRatio, 2)}×)`);
    }
    budget(`${cost.page}: work ≤ 16 ms start-up + 3× the marking floor`, cost.setupMs <= 16 && cost.busyMs <= 3 * cost.floorMs, `start-up ${fixed(cost.setupMs)} ms, work ${fixed(cost.busyMs)} ms = ${fixed(cost.busyVsFloor)}× floor (allowed ${fixed(allowed)} ms)`);
    budget(`${cost.page}: no slice of work over 50 ms`, cost.longestSliceMs < 50, `${fixed(cost.longestSliceMs)} ms`);
  }
  const oneMB = page.pages.find((cost) => cost.page === 'generated-1MB');
  if (oneMB) budget('first mark ≤ 100 ms after DOMContentLoaded on a 1 MB page', oneMB.firstMarkAfterDclMs <= 100, `${fixed(oneMB.firstMarkAfterDclMs)} ms`);
  const { hitTest } = page;
  budget(`hit-testing ≤ 0.5 ms per pointer move (p95) on the ${hitTest.page} page`, hitTest.tests > 0 && hitTest.p95Ms <= 0.5, `${fixed(hitTest.p95Ms, 3)} ms (p50 ${fixed(hitTest.p50Ms, 3)} ms, ${hitTest.tests} tests)`);
  if (Array.isArray(page.corpus) && page.corpus.length > 0) {
    const cpu = page.corpus.map((row) => row.cpuMs).sort((a, b) => a - b);
    const median = cpu[Math.floor((cpu.length - 1) / 2)]!;
    const worst = cpu[cpu.length - 1]!;
    const worstPage = page.corpus.find((row) => row.cpuMs === worst)!.page;
    budget(`content-script CPU on ${cpu.length} real pages: median ≤ 20 ms`, median <= 20, `${fixed(median)} ms`);
    budget(`content-script CPU on ${cpu.length} real pages: worst ≤ 50 ms`, worst <= 50, `${fixed(worst)} ms (${worstPage})`);
    const longest = Math.max(...page.corpus.map((row) => row.longestSliceMs));
    budget(`${cpu.length} real pages: no slice of work over 50 ms`, longest < 50, `${fixed(longest)} ms`);
  }
  const { dynamic } = page;
  budget('dynamic page: all 10,000 paragraphs marked', dynamic.marked >= dynamic.paragraphs * 2, `${dynamic.marked} marks for ${dynamic.paragraphs} paragraphs`);
  budget('dynamic page: no slice of work over 50 ms', dynamic.longestSliceMs < 50, `${fixed(dynamic.longestSliceMs)} ms`);
  budget('dynamic page: heap back within 10% once the paragraphs are removed', dynamic.heapRatio <= 1.1, `${fixed(dynamic.heapBeforeMB, 2)} → ${fixed(dynamic.heapAfterRemovalMB, 2)} MB (${fixed(dynamic.heapColdMB, 2)} MB before a 1,000-paragraph warm-up)`);
}
if (!('skipped' in importResult)) {
  budget('importing 100,000 relations into IndexedDB ≤ 3 s', importResult.saveMs <= 3000, `${fixed(importResult.saveMs / 1000, 2)} s saving (${fixed(importResult.totalMs / 1000, 1)} s in all)`);
}
if (!('skipped' in bundled)) {
  const { baseline, current } = bundled;
  budget('bundled data imported on install ≤ 2 s', current.install.totalMs <= 2000, `${fixed(current.install.totalMs)} ms for ${current.relations} relations (read ${fixed(current.install.readMs)}, check ${fixed(current.install.checkMs)}, save ${fixed(current.install.saveMs)} ms; ${baseline.relations} relations took ${fixed(baseline.install.totalMs)} ms)`);
  budget('bundled data import: no stretch of the worker\'s thread over 50 ms', current.install.longestSliceMs < 50, `${fixed(current.install.longestSliceMs)} ms`);
  budget(`content script start-up within 1.2× of ${baseline.companies} companies'`, bundled.startupRatio <= 1.2, `${fixed(current.startupP50Ms, 2)} ms at ${current.companies} companies against ${fixed(baseline.startupP50Ms, 2)} ms (${fixed(bundled.startupRatio, 2)}×; config ${fixed(current.startupMedianConfigMs, 2)} vs ${fixed(baseline.startupMedianConfigMs, 2)} ms, dictionary ${fixed(current.startupMedianSetupMs, 2)} vs ${fixed(baseline.startupMedianSetupMs, 2)} ms)`);
}
if (!('skipped' in sizes)) {
  budget('bundled data ≤ 2.5 MB gzipped', sizes.datasetGzipKB <= 2500, `${sizes.datasetGzipKB} KB gzipped (${sizes.datasetKB} KB)`);
  budget('content script JavaScript ≤ 40 KB gzipped', sizes.contentScriptGzipKB <= 40, `${sizes.contentScriptGzipKB} KB on every page, + ${sizes.cardChunksGzipKB} KB for the card on the first hover`);
}

const result = { matcher: matcher ?? skipped, page, card, search, import: importResult, bundled, sizes, budgets };

function table(): string {
  const lines = [
    '| budget | result | |',
    '| --- | --- | --- |',
    ...budgets.map((b) => `| ${b.name} | ${b.value} | ${b.ok ? 'met' : '**missed**'} |`),
  ];
  if (!('skipped' in page)) {
    lines.push('', '| page | text | marks | marking floor | reading every character | start-up | work | × floor | longest slice | first mark after DCL | all marked after DCL | page tasks without / with |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const c of page.pages) {
      lines.push(`| ${c.page} | ${c.textKB} KB | ${c.marks} | ${fixed(c.floorMs)} ms | ${fixed(c.readingMs)} ms | ${fixed(c.setupMs)} ms | ${fixed(c.busyMs)} ms | ${fixed(c.busyVsFloor)} | ${fixed(c.longestSliceMs)} ms | ${fixed(c.firstMarkAfterDclMs)} ms | ${fixed(c.markedAfterDclMs)} ms | ${fixed(c.pageTaskMs)} / ${fixed(c.pageTaskWithExtensionMs)} ms (${fixed(c.pageTaskRatio, 2)}×) |`);
    }
    if (Array.isArray(page.corpus) && page.corpus.length > 0) {
      lines.push('', 'Content-script CPU on each real page (CPU profile of the renderer, samples in the extension\'s scripts):', '');
      lines.push('| real page | marks | CPU | longest slice |', '| --- | ---: | ---: | ---: |');
      for (const row of [...page.corpus].sort((a, b) => b.cpuMs - a.cpuMs)) lines.push(`| ${row.page} | ${row.marks} | ${fixed(row.cpuMs)} ms | ${fixed(row.longestSliceMs)} ms |`);
    } else if (!Array.isArray(page.corpus)) {
      lines.push('', `Real pages: skipped (${page.corpus.skipped}).`);
    }
  }
  return lines.join('\n');
}

if (args.includes('--readme')) {
  const readme = path.resolve(import.meta.dirname, '../README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!text.includes(start) || !text.includes(end)) throw new Error('README.md has no bench markers');
  const stamp = `Generated by \`npm run bench -- --readme\` on ${new Date().toISOString().slice(0, 10)}.`;
  writeFileSync(readme, `${text.slice(0, text.indexOf(start) + start.length)}\n${stamp}\n\n${table()}\n${text.slice(text.indexOf(end))}`);
}

if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  if (matcher) {
    console.log(`Matcher on ${matcher.text}, ${matcher.textMB.toFixed(1)} MB of text`);
    console.log('  aliases   MB/s   regex MB/s  floor MB/s  ×regex  of floor  compile ms  heap MB  mentions');
    for (const size of matcher.sizes) {
      console.log(`  ${String(size.aliases).padStart(7)} ${size.mbPerSec.toFixed(0).padStart(6)} ${(size.regexMbPerSec?.toFixed(1) ?? 'not run').padStart(12)} ${size.floorMbPerSec.toFixed(0).padStart(11)} ${(size.speedupVsRegex?.toFixed(1) ?? '-').padStart(7)} ${size.fractionOfFloor.toFixed(2).padStart(9)} ${size.compileMs.toFixed(1).padStart(11)} ${(size.heapMB?.toFixed(1) ?? 'n/a').padStart(8)} ${String(size.mentions).padStart(9)}`);
    }
  }
  if ('sizes' in search) {
    console.log('\nPopup search per keystroke (typing real names letter by letter, some with a typo)');
    console.log('  companies  build ms  p50 ms  p95 ms  bare-loop p95 ms  ×bare loop');
    for (const size of search.sizes) {
      console.log(`  ${String(size.companies).padStart(9)} ${size.buildMs.toFixed(0).padStart(9)} ${size.p50Ms.toFixed(2).padStart(7)} ${size.p95Ms.toFixed(2).padStart(7)} ${size.baselineP95Ms.toFixed(2).padStart(17)} ${size.vsBaseline.toFixed(2).padStart(11)}`);
    }
  }
  if (!('skipped' in card)) console.log(`\nCard open, ${card.opens} cards in Chromium: rendered and placed p50 ${fixed(card.readyP50Ms)} ms, p95 ${fixed(card.readyP95Ms)} ms; painted p50 ${fixed(card.p50Ms)} ms, p95 ${fixed(card.p95Ms)} ms; next-frame baseline p95 ${fixed(card.frameP95Ms)} ms (×${fixed(card.vsNextFrame, 2)})`);
  if (!('skipped' in importResult)) console.log(`\nImport of ${importResult.relations} relations (${importResult.fileMB} MB): read ${fixed(importResult.readMs)} ms, check ${fixed(importResult.checkMs)} ms, save ${fixed(importResult.saveMs)} ms; long tasks on the options page: ${importResult.optionsLongTasksMs.length}`);
  if (!('skipped' in sizes)) console.log(`\nSizes: content script ${sizes.contentScriptKB} KB (${sizes.contentScriptGzipKB} KB gzipped), card code loaded on the first hover ${sizes.cardChunksGzipKB} KB gzipped; dataset ${sizes.datasetKB} KB (${sizes.datasetGzipKB} KB gzipped); logos ${sizes.logosKB} KB`);
  console.log(`\n${table()}`);
}
if (check && budgets.some((b) => !b.ok)) process.exitCode = 1;
