// What the extension costs a page, in real Chromium, as ratios measured in the same run:
// - the page's own main-thread task time (CDP TaskDuration) with the extension against a browser
//   without it;
// - its own main-thread work (every slice of reading and marking, in the content script's measure)
//   against the marking floor: one bare TreeWalker pass reading every character of the page's text,
//   plus creating one Range per mention found (at the same positions) and adding it to a Highlight;
// - its longest slice (a long task is over 50 ms), the time to the first mark after
//   DOMContentLoaded and until the whole page is marked;
// - pointer hit-testing on the 1 MB page: the content script's own measure of each test;
// - on every real corpus page, the content script's CPU time from a CPU profile of the page's
//   renderer (samples with the extension's scripts on their stack);
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
import { percentile } from './percentile';

export interface PageCost {
  page: string;
  textKB: number;
  marks: number;
  /** The marking floor (see above). */
  floorMs: number;
  setupMs: number;
  busyMs: number;
  /** Work beyond the start-up, against the floor. */
  busyVsFloor: number;
  /** The floor's reading alone, every character and no Range (a reference, not a budget). */
  readingMs: number;
  longestSliceMs: number;
  firstMarkAfterDclMs: number;
  markedAfterDclMs: number;
  /** The page's own main-thread time without the extension, and with it (CDP TaskDuration). */
  pageTaskMs: number;
  pageTaskWithExtensionMs: number;
  pageTaskRatio: number;
}

/** One real page's content-script CPU, from a profile of its renderer. */
export interface CorpusCpu {
  page: string;
  marks: number;
  cpuMs: number;
  longestSliceMs: number;
}

export interface HitTestCost {
  page: string;
  tests: number;
  p50Ms: number;
  p95Ms: number;
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
  hitTest: HitTestCost;
  corpus: CorpusCpu[] | { skipped: string };
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
 * In the page: the fastest of three bare passes reading every character code of every text node.
 * With `withRanges`, the marking floor: at each mention Backstory marked (its positions taken
 * beforehand, untimed) also a new Range added to a registered Highlight, the least any marker
 * that paints its mentions must do; without, the reading alone (a reference, not a budget).
 */
function floorPass(withRanges: boolean): number {
  const at = new Map<Node, [number, Node, number][]>();
  if (withRanges) {
    for (const range of (CSS.highlights.get('backstory') ?? []) as Iterable<Range>) {
      const list = at.get(range.startContainer) ?? [];
      list.push([range.startOffset, range.endContainer, range.endOffset]);
      at.set(range.startContainer, list);
    }
  }
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const highlight = new Highlight();
    if (withRanges) CSS.highlights.set('bench-floor', highlight);
    const started = performance.now();
    let sum = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) sum = (sum + data.charCodeAt(i)) | 0;
      const mentions = at.get(node);
      if (!mentions) continue;
      for (const [start, endNode, end] of mentions) {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(endNode, end);
        highlight.add(range);
      }
    }
    const took = performance.now() - started;
    CSS.highlights.delete('bench-floor');
    if (sum !== 0.5) best = Math.min(best, took);
  }
  return best;
}

/** In the page: how many mentions Backstory has registered. */
const mentionCount = () => CSS.highlights.get('backstory')?.size ?? 0;

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
  const corpus = corpusPages();
  for (const { name, html } of corpus.slice(0, 3)) pages.set(`/corpus-${name}`, html);
  pages.set('/dynamic', DYNAMIC_PAGE);
  // Every real page, for the CPU profile (served apart from the pages timed above).
  for (const { name, html } of corpus) pages.set(`/profile/${name}`, html);
  pages.set('/blank', '<!doctype html><title>blank</title>');
  const { server, origin } = await serve(pages);
  const browser = await launchChromium(executablePath);
  const plain = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  // Only the bench server answers: real pages' external assets fail fast.
  for (const context of [browser.context, await plain.newContext()]) await context.route(/^https?:/, (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  try {
    // Each browser opens one page first, unmeasured: the first page a browser shows pays for
    // starting the renderer and compiling the content script, which a reader's browser has done.
    for (const context of [browser.context, plain.contexts()[0]!]) {
      const warmUp = await context.newPage();
      await warmUp.goto(`${origin}/generated-100KB`, { waitUntil: 'load' });
      if (context === browser.context) await markingDone(browser, warmUp);
      await warmUp.close();
    }
    const costs: PageCost[] = [];
    let hitTest: HitTestCost | undefined;
    for (const path of pages.keys()) {
      if (path === '/dynamic' || path === '/blank' || path.startsWith('/profile/')) continue;
      const page = await browser.context.newPage();
      let stats: MarkingStats | undefined;
      const withTask = await taskMs(page, async (p) => {
        await p.goto(origin + path, { waitUntil: 'load', timeout: 120_000 });
        stats = await markingDone(browser, p);
      });
      // From when DOMContentLoaded fires: the extension's first slice may run in that very event.
      const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);
      const floorMs = await page.evaluate(floorPass, true);
      const readingMs = await page.evaluate(floorPass, false);
      const textKB = await page.evaluate(() => (document.body.textContent ?? '').length / 1000);
      const marks = await page.evaluate(mentionCount);
      if (path === '/generated-1MB') hitTest = await measureHitTests(browser, page, path.slice(1));
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
        pageTaskRatio: withTask / Math.max(withoutTask, 0.1),
      });
      process.stderr.write(`page: ${path} measured\n`);
    }
    const dynamic = await runDynamic(browser, origin);
    const corpusCpu = corpus.length === 0 ? { skipped: 'the real pages of ../shared/corpus/news are absent' } : await profileCorpus(browser, origin, corpus.map(({ name }) => name));
    return { pages: costs, dynamic, hitTest: hitTest!, corpus: corpusCpu };
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
  const feedMarks = () => page.evaluate(mentionCount);
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

/**
 * Moves the pointer over the page in view, a frame per move so that each move is tested (the
 * content script tests at most once a frame), and reads how long each test took.
 */
async function measureHitTests(browser: ExtensionBrowser, page: Page, label: string): Promise<HitTestCost> {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  const nextFrame = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  await nextFrame();
  for (let y = 30; y < 700; y += 23) {
    for (let x = 20; x < 1200; x += 61) {
      await page.mouse.move(x, y);
      await nextFrame();
    }
  }
  await page.mouse.move(1, 1);
  const samples = (await pageState(browser, page)).stats?.hitTestMs ?? [];
  return { page: label, tests: samples.length, p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95) };
}

/**
 * Each real page opened with a CPU profile of its renderer running, from before the page is asked
 * for until it is fully marked; the samples whose function is in the extension's scripts are its
 * CPU time. A blank page of the same origin is opened first, so the profiled renderer is the one
 * the page loads in.
 */
async function profileCorpus(browser: ExtensionBrowser, origin: string, names: string[]): Promise<CorpusCpu[]> {
  const rows: CorpusCpu[] = [];
  for (const name of names) {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${origin}/blank`);
      const session = await browser.context.newCDPSession(page);
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 100 });
      await session.send('Profiler.start');
      await page.goto(`${origin}/profile/${name}`, { waitUntil: 'load', timeout: 60_000 });
      const stats = await markingDone(browser, page);
      const { profile } = await session.send('Profiler.stop');
      rows.push({ page: name, marks: await page.evaluate(mentionCount), cpuMs: extensionCpuMs(profile), longestSliceMs: stats.longestSliceMs });
    } catch (error) {
      process.stderr.write(`page: ${name} not profiled (${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n`);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  process.stderr.write(`page: ${rows.length} real pages profiled\n`);
  return rows;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * The extension's CPU time in a profile: the samples with one of the extension's scripts anywhere
 * on their stack (the browser's own functions it calls included), each worth the profile's median
 * sampling interval. Summing each sample's time delta instead would count the gaps while the
 * thread slept against whatever ran last.
 */
export function extensionCpuMs(profile: CpuProfile): number {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const parent = parentOf.get(id);
    const result = node !== undefined && (node.callFrame.url.startsWith('chrome-extension://') || (parent !== undefined && isOurs(parent)));
    ours.set(id, result);
    return result;
  };
  const deltas = [...(profile.timeDeltas ?? [])].sort((a, b) => a - b);
  const interval = deltas[Math.floor(deltas.length / 2)] ?? 0;
  const samples = (profile.samples ?? []).filter(isOurs).length;
  return (samples * interval) / 1000;
}
