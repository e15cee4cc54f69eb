// What the size of the bundled dataset costs, against the extension as it was with 311 companies
// (the data of commit 07e41c1, built into its own copy in the same run):
// - installing: reading, checking and saving the bundled data in a fresh profile's service worker,
//   and the longest stretch it holds the worker's thread;
// - every page's start-up: asking for the page config (with the alias list) and building the
//   dictionary, on a small generated page loaded 15 times once the data is in.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { BundledImportTimings } from '../src/background/bundled-dataset';
import type { PageState } from '../src/shared/messages';
import { findBrowser } from '../scripts/find-browser.mjs';
import { CHROME_BUILD, launchChromium } from '../tests/e2e/support/chromium';
import { percentile } from './percentile';
import { messageTab } from './tab-message';

/** The last commit before dataset v2: 311 companies, 1,012 relations. */
export const BASELINE_COMMIT = '07e41c193e67a42355ced273255e1bbed00c6990';
const ROOT = path.resolve(import.meta.dirname, '..');
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Start-up</title></head><body><article>${
  Array.from({ length: 40 }, (_, i) => `<p>Report ${i}: Nvidia and Microsoft said on Tuesday that OpenAI and Scale AI would work with Meta; shares of Boeing and Airbus rose.</p>`).join('')
}</article></body></html>`;

export interface BuildCost {
  companies: number;
  relations: number;
  install: BundledImportTimings;
  /** Per page: config round trip plus dictionary build, over 15 loads. */
  startupP50Ms: number;
  startupMedianConfigMs: number;
  startupMedianSetupMs: number;
}

export interface BundledDataBench {
  baseline: BuildCost;
  current: BuildCost;
  /** current / baseline start-up (p50). */
  startupRatio: number;
}

function buildBaseline(): string {
  const work = mkdtempSync(path.join(os.tmpdir(), 'backstory-baseline-'));
  const data = path.join(work, 'data');
  mkdirSync(data);
  for (const file of ['companies.jsonl', 'relations.jsonl', 'logos.json']) {
    writeFileSync(path.join(data, file), execFileSync('git', ['show', `${BASELINE_COMMIT}:data/${file}`], { cwd: ROOT, maxBuffer: 64 << 20 }));
  }
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, BACKSTORY_DATA_DIR: data, BACKSTORY_OUT_DIR: path.join(work, 'dist') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return path.join(work, 'dist', 'chrome');
}

async function measure(executablePath: string, build: string, origin: string): Promise<BuildCost> {
  const browser = await launchChromium(executablePath, build);
  try {
    let install: BundledImportTimings | undefined;
    for (let i = 0; i < 600 && !install; i++) {
      install = await browser.worker.evaluate(() => (globalThis as { backstoryBundledImport?: BundledImportTimings }).backstoryBundledImport);
      if (!install) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!install) throw new Error('the bundled data was never imported');
    const counts = await browser.worker.evaluate(async () => {
      const open = indexedDB.open('backstory');
      const db = await new Promise<IDBDatabase>((resolve, reject) => { open.onsuccess = () => resolve(open.result); open.onerror = () => reject(open.error); });
      const row = await new Promise<{ companies: number; relations: number }>((resolve) => {
        const request = db.transaction('datasets').objectStore('datasets').get('bundled');
        request.onsuccess = () => resolve(request.result as { companies: number; relations: number });
      });
      db.close();
      return row;
    });
    const config: number[] = [];
    const setup: number[] = [];
    const total: number[] = [];
    const page = await browser.context.newPage();
    for (let i = 0; i < 16; i++) {
      await page.goto(`${origin}/?load=${i}`, { waitUntil: 'load' });
      let stats: PageState['stats'];
      for (let attempt = 0; attempt < 100 && stats?.doneAt === undefined; attempt++) {
        stats = (await messageTab<{ data: PageState }>(browser, page, { type: 'getPageState' })).data.stats;
        if (stats?.doneAt === undefined) await page.waitForTimeout(50);
      }
      if (i === 0) continue; // the first load also warms the worker's alias cache
      config.push(stats!.configMs ?? NaN);
      setup.push(stats!.setupMs ?? NaN);
      total.push((stats!.configMs ?? NaN) + (stats!.setupMs ?? NaN));
    }
    return {
      companies: counts.companies,
      relations: counts.relations,
      install,
      startupP50Ms: percentile(total, 50),
      startupMedianConfigMs: percentile(config, 50),
      startupMedianSetupMs: percentile(setup, 50),
    };
  } finally {
    await browser.close();
  }
}

export async function runBundledDataBench(): Promise<BundledDataBench | { skipped: string }> {
  const executablePath = findBrowser('chromium');
  if (!executablePath) return { skipped: 'no Chromium found (set BACKSTORY_CHROMIUM)' };
  let baselineBuild: string;
  try {
    baselineBuild = buildBaseline();
  } catch (error) {
    return { skipped: `the baseline (commit ${BASELINE_COMMIT.slice(0, 7)}) could not be built: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const baseline = await measure(executablePath, baselineBuild, origin);
    const current = await measure(executablePath, CHROME_BUILD, origin);
    return { baseline, current, startupRatio: current.startupP50Ms / baseline.startupP50Ms };
  } finally {
    server.close();
    rmSync(path.dirname(path.dirname(baselineBuild)), { recursive: true, force: true });
  }
}
