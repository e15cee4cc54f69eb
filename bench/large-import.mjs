// Imports a generated 50 MB dataset (200,000 relations) through the options page of the built
// extension in real Chromium, and reports how long each stage took and every long task (> 50 ms)
// seen meanwhile on the options page and on an open article. Figures, not a pass/fail test.
// Usage: node bench/large-import.mjs [--relations N] [--json]
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../scripts/find-browser.mjs';
import { startPageServer } from '../scripts/page-server.mjs';

const args = process.argv.slice(2);
const relationCount = Number(args[args.indexOf('--relations') + 1]) || 200_000;
const asJson = args.includes('--json');
const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD = path.join(ROOT, 'dist/chrome');

function generate(dir) {
  const companies = Array.from({ length: 2_000 }, (_, i) => ({
    id: `bench-co-${i}`,
    name: `Benchco ${i}`,
    aliases: [{ text: `Benchco ${i}` }],
    kind: 'private',
    description: `Generated company number ${i} for the import benchmark.`,
  }));
  const relations = Array.from({ length: relationCount }, (_, i) => ({
    id: `bench-rel-${String(i).padStart(6, '0')}`,
    kind: 'vendor',
    parties: [
      { companyId: `bench-co-${i % 2_000}`, role: 'supplier' },
      { companyId: i % 7 === 0 ? 'openai' : `bench-co-${(i * 7 + 1) % 2_000}`, role: 'customer' },
    ],
    status: 'announced',
    announced: `20${10 + (i % 15)}-0${1 + (i % 9)}`,
    value: { amount: 1_000_000 + i, currency: 'USD' },
    summary: `Generated supply agreement number ${i}, long enough to look like a real one-line summary.`,
    sources: [{ url: `https://example.com/bench/${i}`, publisher: 'Example Wire', title: `Generated report ${i}`, date: '2025-01-15' }],
  }));
  const file = path.join(dir, 'bench-dataset.json');
  writeFileSync(file, JSON.stringify({ name: 'Benchmark', companies, relations }));
  return file;
}

const browserPath = findBrowser('chromium');
if (!browserPath) {
  console.log('SKIPPED: no Chromium found (apt-get install chromium, or set BACKSTORY_CHROMIUM).');
  process.exit(0);
}
const work = mkdtempSync(path.join(os.tmpdir(), 'backstory-bench-'));
const file = generate(work);
const server = await startPageServer();
const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
  executablePath: browserPath,
  headless: true,
  args: [`--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
// Runs in the page.
/* global PerformanceObserver */
const watchLongTasks = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask' });
};
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const article = await context.newPage();
  await article.goto(server.url('/demo/article.html'));
  await article.waitForSelector('backstory-mark');
  await article.evaluate(watchLongTasks);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByText('Backstory (built in)').waitFor();
  await options.evaluate(watchLongTasks);
  const started = Date.now();
  await options.locator('.file-label input[type="file"]').setInputFiles(file);
  await options.getByRole('status').filter({ hasText: 'Imported' }).waitFor({ timeout: 600_000 });
  const importMs = Date.now() - started;
  // Let the article re-mark with the new data before reading its long tasks.
  await article.waitForFunction(() => document.querySelectorAll('backstory-mark').length > 0);
  const result = {
    fileMB: Math.round(statSync(file).size / 1e5) / 10,
    relations: relationCount,
    importMs,
    optionsLongTasksMs: await options.evaluate(() => window.__longTasks),
    articleLongTasksMs: await article.evaluate(() => window.__longTasks),
  };
  console.log(asJson ? JSON.stringify(result) : result);
} finally {
  await context.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
