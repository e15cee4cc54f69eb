// Importing a reader's dataset of 100,000 relations through the options page of the built
// extension in real Chromium: the time of each stage (reading, checking, saving to IndexedDB) as
// the import worker reports it, and every long task (> 50 ms) on the options page meanwhile.
/// <reference types="chrome" />
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from '../scripts/find-browser.mjs';
import { launchChromium } from '../tests/e2e/support/chromium';

export interface ImportBench {
  relations: number;
  fileMB: number;
  readMs: number;
  checkMs: number;
  saveMs: number;
  totalMs: number;
  optionsLongTasksMs: number[];
}

function generate(dir: string, relationCount: number): string {
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

export async function runImportBench(relationCount = 100_000): Promise<ImportBench | { skipped: string }> {
  const executablePath = findBrowser('chromium');
  if (!executablePath) return { skipped: 'no Chromium found (set BACKSTORY_CHROMIUM)' };
  const work = mkdtempSync(path.join(os.tmpdir(), 'backstory-import-bench-'));
  const file = generate(work, relationCount);
  const browser = await launchChromium(executablePath);
  try {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByText('Backstory (built in)').waitFor();
    await options.evaluate(() => {
      const tasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await options.locator('.file-label input[type="file"]').setInputFiles(file);
    await options.getByRole('status').filter({ hasText: 'Imported' }).waitFor({ timeout: 600_000 });
    const totalMs = Date.now() - started;
    const timings = await options.evaluate(() => (performance.getEntriesByName('backstory:import')[0] as PerformanceMark).detail as { readMs: number; checkMs: number; saveMs: number });
    return {
      relations: relationCount,
      fileMB: Math.round(statSync(file).size / 1e5) / 10,
      ...timings,
      totalMs,
      optionsLongTasksMs: await options.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks),
    };
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[process.argv.indexOf('--relations') + 1]) || 100_000;
  runImportBench(count).then((result) => console.log(process.argv.includes('--json') ? JSON.stringify(result) : result));
}
