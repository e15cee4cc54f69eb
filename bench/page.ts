// What the extension costs a page, in real Chromium, as ratios measured in the same run:
// - its own main-thread work (every slice of reading and marking, in the content script's measure)
//   against a bare TreeWalker pass over the same page's text (the floor), and the page's own
//   main-thread time without the extension (CDP TaskDuration in a browser without it);
// - its longest slice (a long task is over 50 ms), the time to the first mark after
//   DOMContentLoaded and until the whole page is marked;
// - a dynamic page that appends 10,000 paragraphs over 10 seconds: all marked, no long slice, and
//   the heap back where it was once they are removed (measured from after a 1,000-paragraph
//   warm-up, so that code compiled once for the work does not count as content kept).
// Pages: the largest real pages of ../shared/corpus/news when present, and generated pages of
// 100 KB, 1 MB and 5 MB of text.
/// <reference types="chrome" />
import { createServer, type Server } from 'node:http';
import { chromium, type Page } from 'playwright-core';
import type { MarkingStats, PageState } from '../src/shared/messages';
import { findBrowser } from '../scripts/find-browser.mjs';
import { launchChromium, type ExtensionBrowser } from '../tests/e2e/support/chromium';
import { corpusPages } from './corpus';
import { messageTab } from './tab-message';

export interface PageCost {
  page: string;
  textKB: number;
  marks: number;
  floorMs: number;
  setupMs: number;
  busyMs: number;
  /** Work beyond the start-up, against the floor. */
  busyVsFloor: number;
  /** The floor pass reading every character too (a reference, not a budget). */
  readingMs: number;
  longestSliceMs: number;
  firstMarkAfterDclMs: number;
  markedAfterDclMs: number;
  /** The page's own main-thread time without the extension, and with it (CDP TaskDuration). */
  pageTaskMs: number;
  pageTaskWithExtensionMs: number;
}

export interface DynamicCost {
  paragraphs: number;
  marked: number;
  longestSliceMs: number;
  /** Before anything was fed; then after a warm-up feed was removed (the baseline); then after the 10,000. */
  heapColdMB: number;
  heapBeforeMB: number;
  heapAfterRemovalMB: number;
  heapRatio: number;
}

export interface PageBench {
  pages: PageCost[];
  dynamic: DynamicCost;
}

const NAMES = ['Nvidia', 'Microsoft', 'OpenAI', 'Scale AI', 'Meta Platforms', 'Broadcom', 'Oracle Corp.', 'Samsung', 'Tesla', 'Walmart'];
const FILLER = 'the quarterly figures were discussed at length by analysts who follow the sector closely and';

/** Made-up news prose of about `bytes` of text, one company named in every sentence or two. */
function generatedPage(bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = `Report ${i}: ${NAMES[i % NAMES.length]} said on Tuesday that ${FILLER} ${NAMES[(i * 3) % NAMES.length]} shares rose. ${FILLER} more.`;
    paragraphs.push(`<p>${text}</p>`);
    size += text.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated ${bytes}</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`;
}

const DYNAMIC_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live blog</title></head><body>
<h1>Live: Nvidia and Microsoft</h1><div id="feed"></div>
<script>
  // 10,000 paragraphs over 10 seconds: 100 every 100 ms, once asked to start (fewer for a warm-up).
  window.startFeed = (total = 10000) => new Promise((done) => {
    const feed = document.getElementById('feed');
    let n = 0;
    const timer = setInterval(() => {
      for (let i = 0; i < 100; i++, n++) {
        const p = document.createElement('p');
        p.textContent = 'Update ' + n + ': Nvidia agreed to supply Microsoft with more chips, analysts said.';
        feed.appendChild(p);
      }
      if (n >= total) { clearInterval(timer); done(n); }
    }, 100);
  });
  window.clearFeed = () => document.getElementById('feed').replaceChildren();
</script></body></html>`;

function serve(pages: Map<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const body = pages.get(request.url ?? '');
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

async function pageState(browser: ExtensionBrowser, page: Page): Promise<PageState> {
  return (await messageTab<{ data: PageState }>(browser, page, { type: 'getPageState' })).data;
}

async function markingDone(browser: ExtensionBrowser, page: Page): Promise<MarkingStats> {
  for (let i = 0; i < 600; i++) {
    const stats = (await pageState(browser, page)).stats;
    if (stats?.doneAt !== undefined) return stats;
    await page.waitForTimeout(100);
  }
  throw new Error('the page was never fully marked');
}

/**
 * In the page: the fastest of three bare passes over every text node, reading its length (the
 * floor), or with `everyCharacter` also every character code, the least any search for names must
 * do (a reference, not a budget).
 */
function textPass(everyCharacter: boolean): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    let sum = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      if (!everyCharacter) sum += data.length;
      else for (let i = 0; i < data.length; i++) sum = (sum + data.charCodeAt(i)) | 0;
    }
    const took = performance.now() - started;
    if (sum !== 0.5) best = Math.min(best, took);
  }
  return best;
}

async function taskMs(page: Page, open: (page: Page) => Promise<unknown>): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  await open(page);
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

export async function runPageBench(): Promise<PageBench | { skipped: string }> {
  const executablePath = findBrowser('chromium');
  if (!executablePath) return { skipped: 'no Chromium found (set BACKSTORY_CHROMIUM)' };
  const pages = new Map<string, string>();
  for (const [label, bytes] of [['generated-100KB', 100_000], ['generated-1MB', 1_000_000], ['generated-5MB', 5_000_000]] as const) pages.set(`/${label}`, generatedPage(bytes));
  for (const { name, html } of corpusPages().slice(0, 3)) pages.set(`/corpus-${name}`, html);
  pages.set('/dynamic', DYNAMIC_PAGE);
  const { server, origin } = await serve(pages);
  const browser = await launchChromium(executablePath);
  const plain = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  // Only the bench server answers: real pages' external assets fail fast.
  for (const context of [browser.context, await plain.newContext()]) await context.route(/^https?:/, (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  try {
    const costs: PageCost[] = [];
    for (const path of pages.keys()) {
      if (path === '/dynamic') continue;
      const page = await browser.context.newPage();
      let stats: MarkingStats | undefined;
      const withTask = await taskMs(page, async (p) => {
        await p.goto(origin + path, { waitUntil: 'load', timeout: 120_000 });
        stats = await markingDone(browser, p);
      });
      // From when DOMContentLoaded fires: the extension's first slice may run in that very event.
      const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);
      const floorMs = await page.evaluate(textPass, false);
      const readingMs = await page.evaluate(textPass, true);
      const textKB = await page.evaluate(() => (document.body.textContent ?? '').length / 1000);
      const marks = await page.locator('backstory-mark').count();
      await page.close();
      const reference = await plain.contexts()[0]!.newPage();
      const withoutTask = await taskMs(reference, (p) => p.goto(origin + path, { waitUntil: 'load', timeout: 120_000 }));
      await reference.close();
      costs.push({
        page: path.slice(1),
        textKB: Math.round(textKB),
        marks,
        floorMs,
        setupMs: stats!.setupMs ?? 0,
        busyMs: stats!.busyMs,
        busyVsFloor: stats!.busyMs / Math.max(floorMs, 0.1),
        readingMs,
        longestSliceMs: stats!.longestSliceMs,
        firstMarkAfterDclMs: (stats!.firstMarkAt ?? NaN) - dcl,
        markedAfterDclMs: (stats!.doneAt ?? NaN) - dcl,
        pageTaskMs: withoutTask,
        pageTaskWithExtensionMs: withTask,
      });
      process.stderr.write(`page: ${path} measured\n`);
    }
    const dynamic = await runDynamic(browser, origin);
    return { pages: costs, dynamic };
  } finally {
    await browser.close();
    await plain.close();
    server.close();
  }
}

async function runDynamic(browser: ExtensionBrowser, origin: string): Promise<DynamicCost> {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/dynamic`);
  await markingDone(browser, page);
  const session = await browser.context.newCDPSession(page);
  const heap = async () => {
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize / 1e6;
  };
  // Marks are counted in the page, not with a Playwright locator: that injects Playwright's own
  // script into the page, half a megabyte of heap that would count against the extension.
  const feedMarks = () => page.evaluate(() => document.querySelectorAll('#feed backstory-mark').length);
  /** Runs the feed, waits until every paragraph is marked, then removes them and waits until the content script took that in. */
  const cycle = async (total: number) => {
    const paragraphs = await page.evaluate((n) => (window as unknown as { startFeed(n: number): Promise<number> }).startFeed(n), total);
    // Every paragraph names Nvidia and Microsoft once: all marked when there are two marks each.
    let marked = 0;
    for (let i = 0; i < 600 && marked < paragraphs * 2; i++) {
      await page.waitForTimeout(100);
      marked = await feedMarks();
    }
    const stats = await markingDone(browser, page);
    await page.evaluate(() => (window as unknown as { clearFeed(): void }).clearFeed());
    for (let i = 0; i < 100; i++) {
      const now = (await pageState(browser, page)).stats;
      if ((now?.doneAt ?? 0) > (stats.doneAt ?? 0)) break;
      await page.waitForTimeout(100);
    }
    return { paragraphs, marked, stats };
  };
  const cold = await heap();
  // A warm-up of 1,000 paragraphs first: the engine's compiled code and caches for this work (about
  // 0.4 MB, once) are not content kept after removal, which is what this measures.
  await cycle(1_000);
  const before = await heap();
  const { paragraphs, marked, stats } = await cycle(10_000);
  const after = await heap();
  await page.close();
  process.stderr.write('page: dynamic measured\n');
  return { paragraphs, marked, longestSliceMs: stats.longestSliceMs, heapColdMB: cold, heapBeforeMB: before, heapAfterRemovalMB: after, heapRatio: after / before };
}
