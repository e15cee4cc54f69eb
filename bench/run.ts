// `npm run bench [-- --json] [-- --check]`: every benchmark in one run, as ratios against baselines
// measured in the same run. --check exits 1 when a budget is missed.
import { runMatcherBench } from './matcher';
import { runSearchBench } from './search';
import { runCardBench } from './card';

const args = process.argv.slice(2);
const json = args.includes('--json');
const check = args.includes('--check');

const matcher = runMatcherBench(undefined, args.includes('--full'));
const at100k = matcher.sizes.find((size) => size.aliases === 100_000);
const search = runSearchBench();
const search100k = search.find((size) => size.companies === 100_000)!;
const card = await runCardBench();
const budgets = [
  { name: 'matcher ≥ 10× the one-regex baseline at 10,000 aliases', ok: matcher.speedupVsRegex >= 10, value: matcher.speedupVsRegex.toFixed(1) },
  { name: 'matcher ≥ 0.3 of the floor at 10,000 aliases', ok: matcher.fractionOfFloor >= 0.3, value: matcher.fractionOfFloor.toFixed(2) },
  { name: 'matcher at 100,000 aliases within 1.5× of its time at 1,000', ok: matcher.scaling100kVs1k <= 1.5, value: matcher.scaling100kVs1k.toFixed(2) },
  { name: 'dictionary compile ≤ 50 ms at 100,000 aliases', ok: (at100k?.compileMs ?? Infinity) <= 50, value: at100k?.compileMs.toFixed(1) ?? 'n/a' },
  { name: 'popup search ≤ 10 ms per keystroke (p95) at 100,000 companies', ok: search100k.p95Ms <= 10, value: `${search100k.p95Ms.toFixed(2)} ms` },
  'skipped' in card
    ? { name: 'card rendered and placed ≤ 16 ms after the intent delay (p95)', ok: true, value: `skipped: ${card.skipped}` }
    : { name: 'card rendered and placed ≤ 16 ms after the intent delay (p95)', ok: card.readyP95Ms <= 16, value: `${card.readyP95Ms.toFixed(1)} ms (painted: ${card.p95Ms.toFixed(1)} ms)` },
  { name: 'dictionary heap ≤ 10 MB at 100,000 aliases', ok: at100k?.heapMB === null || (at100k?.heapMB ?? Infinity) <= 10, value: at100k?.heapMB?.toFixed(1) ?? 'not measured (run with --expose-gc)' },
];

if (json) {
  console.log(JSON.stringify({ matcher, search: { sizes: search }, card, budgets }, null, 2));
} else {
  console.log(`Matcher on ${matcher.text}, ${matcher.textMB.toFixed(1)} MB of text`);
  console.log('  aliases   MB/s   regex MB/s  floor MB/s  ×regex  of floor  compile ms  heap MB  mentions');
  for (const size of matcher.sizes) {
    console.log(`  ${String(size.aliases).padStart(7)} ${size.mbPerSec.toFixed(0).padStart(6)} ${(size.regexMbPerSec?.toFixed(1) ?? 'not run').padStart(12)} ${size.floorMbPerSec.toFixed(0).padStart(11)} ${(size.speedupVsRegex?.toFixed(1) ?? '-').padStart(7)} ${size.fractionOfFloor.toFixed(2).padStart(9)} ${size.compileMs.toFixed(1).padStart(11)} ${(size.heapMB?.toFixed(1) ?? 'n/a').padStart(8)} ${String(size.mentions).padStart(9)}`);
  }
  console.log('\nPopup search per keystroke (typing real names letter by letter, some with a typo)');
  console.log('  companies  build ms  p50 ms  p95 ms  bare-loop p95 ms  ×bare loop');
  for (const size of search) {
    console.log(`  ${String(size.companies).padStart(9)} ${size.buildMs.toFixed(0).padStart(9)} ${size.p50Ms.toFixed(2).padStart(7)} ${size.p95Ms.toFixed(2).padStart(7)} ${size.baselineP95Ms.toFixed(2).padStart(17)} ${size.vsBaseline.toFixed(2).padStart(11)}`);
  }
  if ('skipped' in card) console.log(`\nCard open: skipped (${card.skipped})`);
  else console.log(`\nCard open, ${card.opens} cards in Chromium: rendered and placed p50 ${card.readyP50Ms.toFixed(1)} ms, p95 ${card.readyP95Ms.toFixed(1)} ms; painted p50 ${card.p50Ms.toFixed(1)} ms, p95 ${card.p95Ms.toFixed(1)} ms; next-frame baseline p95 ${card.frameP95Ms.toFixed(1)} ms (×${card.vsNextFrame.toFixed(2)})`);
  console.log('\nBudgets');
  for (const budget of budgets) console.log(`  ${budget.ok ? 'ok    ' : 'MISSED'} ${budget.name}: ${budget.value}`);
}
if (check && budgets.some((budget) => !budget.ok)) process.exitCode = 1;
