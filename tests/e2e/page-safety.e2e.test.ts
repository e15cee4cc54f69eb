/// <reference types="chrome" />
// Backstory must never break a page. Every page the project has (its fixtures, hostile pages, and
// the real pages of ../shared/corpus/news when present) is opened with the extension and in a
// browser without it: the page's tree (serialised), the readable text, the boxes of the elements
// and the form fields must be the same; the extension must raise no error and make no request. How long its work takes is
// measured in the benchmark (npm run bench), never here: these machines are shared and noisy.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { MarkingStats, PageState } from '../../src/shared/messages';
import { browserOrSkip } from './support/browsers';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { firstDifference, marksInForbiddenPlaces, snapshotPage, type PageSnapshot } from './support/page-safety';
import { hoverMention, mentionsInside } from './support/marks';
import { startPageServer, type PageServer } from '../../scripts/page-server.mjs';

const chromiumPath = browserOrSkip('chromium');
const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/news');
const BOX_LIMIT = 3000;
/** Pages so large that marking them twice more (paused, then on again) would take minutes. */
const NO_PAUSE_ROUND = ['many-nodes'];

const ownPages = [
  '/demo/article.html',
  ...readdirSync(path.join(ROOT, 'tests/fixtures/eval/pages')).filter((name) => name.endsWith('.html')).map((name) => `/fixtures/eval/pages/${name}`),
  ...['forms-and-links', 'prototypes', 'csp', 'shadow', 'many-nodes', 'deep'].map((name) => `/fixtures/pages/${name}.html`),
];
const corpusPages = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((name) => existsSync(path.join(CORPUS, name, 'source.html'))).map((name) => `/corpus/${name}/source.html`)
  : [];
if (corpusPages.length === 0) console.warn(`SKIPPED: the real pages of ${CORPUS} are absent; only the project's own pages are checked.`);

/** Only the page server answers: real pages' external assets fail fast, and nothing leaves the machine. */
async function localOnly(context: BrowserContext, origin: string): Promise<void> {
  await context.route(/^https?:/, (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
}

/** Our fixtures that build themselves with a script set data-ready on the body when done. */
const SELF_BUILDING = ['many-nodes', 'deep', 'shadow', 'storm'];

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 45_000 });
  if (SELF_BUILDING.some((name) => url.endsWith(`/fixtures/pages/${name}.html`))) await page.locator('body[data-ready]').waitFor({ state: 'attached' });
}

/** Mentions on the page, as the content script counts them. */
function markCount(state: PageState): number {
  return Object.values(state.counts).reduce((sum, count) => sum + count, 0);
}

/**
 * The first element whose box moved or changed size by more than a pixel. Splitting a text node
 * can change the kerning at the cut by a fraction of a pixel, which no reader sees.
 */
function shiftBetween(marked: string[], unmarked: string[]): string {
  if (marked.length !== unmarked.length) return `${marked.length} elements vs ${unmarked.length}`;
  for (let i = 0; i < marked.length; i++) {
    const [tagA, boxA = ''] = marked[i]!.split(':');
    const [tagB, boxB = ''] = unmarked[i]!.split(':');
    const a = boxA.split(',').map(Number);
    const b = boxB.split(',').map(Number);
    if (tagA !== tagB || a.some((value, k) => Math.abs(value - b[k]!) > 1)) return `${marked[i]} vs ${unmarked[i]}`;
  }
  return 'no shift';
}

/** A real page's own script navigated it away: nothing left to compare. */
class LeftThePage extends Error {
  constructor() {
    super('LeftThePage: the page navigated away by itself');
  }
}

describe.skipIf(!chromiumPath)('Page safety in Chromium', () => {
  let server: PageServer;
  let withExtension: ExtensionBrowser;
  let plain: Browser;
  let plainContext: BrowserContext;
  const requests: string[] = [];
  const extensionErrors: string[] = [];
  /** Tabs showing real pages: what they ask for is theirs (refused by localOnly), not ours. */
  const realPageTabs = new Set<Page>();
  const leftPages = new Set<Page>();

  beforeAll(async () => {
    server = await startPageServer();
    withExtension = await launchChromium(chromiumPath!);
    plain = await chromium.launch({ executablePath: chromiumPath!, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    plainContext = await plain.newContext();
    await localOnly(withExtension.context, server.origin);
    await localOnly(plainContext, server.origin);
    withExtension.context.on('request', (request) => {
      // Real pages ask for their own external assets (refused above): those are not ours.
      let tab: Page | undefined;
      try {
        tab = request.frame().page();
      } catch {
        // A request without a frame (a worker's) is checked like any other.
      }
      if (!tab || !realPageTabs.has(tab)) requests.push(request.url());
    });
  });

  afterAll(async () => {
    await withExtension?.close();
    await plain?.close();
    await server?.close();
  });

  async function pageState(page: Page): Promise<PageState> {
    await page.bringToFront();
    const reply = await withExtension.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'getPageState' });
    });
    return (reply as { ok: true; data: PageState }).data;
  }

  /** Waits until the content script has read the whole page, and returns what it cost. */
  async function markingDone(page: Page): Promise<MarkingStats> {
    for (let waited = 0; waited < 60_000; waited += 200) {
      if (leftPages.has(page)) throw new LeftThePage();
      const stats = (await pageState(page).catch(() => undefined))?.stats;
      if (stats?.doneAt !== undefined) return stats;
      await page.waitForTimeout(200).catch(() => undefined);
    }
    throw new Error('the page was never fully marked');
  }

  /** Pauses or resumes Backstory everywhere, as the popup's switch does, and waits for the page to follow. */
  async function setPaused(page: Page, paused: boolean): Promise<void> {
    await withExtension.worker.evaluate(async (pause) => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), version: 2, paused: pause } });
    }, paused);
    // Counted by the content script itself: a hostile page may have broken its own world.
    if (paused) await expect.poll(async () => (await pageState(page)).enabled, { timeout: 30_000 }).toBe(false);
  }

  /**
   * Opens a page with the extension, and compares what a reader could notice with the same page
   * once Backstory is paused (every mark taken away): the same page instance, so the page's own
   * changes over time do not count. Our own pages are also compared with a browser without the
   * extension at all.
   */
  async function compare(pathname: string, withoutExtensionToo: boolean): Promise<{ page: Page; stats: MarkingStats; marked: number }> {
    const url = server.url(pathname);
    const page = await withExtension.context.newPage();
    if (pathname.startsWith('/corpus/')) realPageTabs.add(page);
    const left = new Promise<never>((_, reject) => {
      page.on('framenavigated', (frame) => {
        if (frame !== page.mainFrame() || frame.url() === url) return;
        leftPages.add(page);
        reject(new LeftThePage());
      });
    });
    left.catch(() => undefined);
    return Promise.race([left, measure(pathname, url, page, withoutExtensionToo)]).catch(async (error: unknown) => {
      // A page that navigates itself away can surface first as a destroyed execution context in
      // whatever we were evaluating, before framenavigated reaches us.
      const leftFirst = !(error instanceof LeftThePage) && /Execution context was destroyed/.test(String(error));
      if (leftFirst) leftPages.add(page);
      if (error instanceof LeftThePage || leftFirst) {
        await page.close();
        throw error instanceof LeftThePage ? error : new LeftThePage();
      }
      throw error;
    });
  }

  async function measure(pathname: string, url: string, page: Page, withoutExtensionToo: boolean): Promise<{ page: Page; stats: MarkingStats; marked: number }> {
    const session = await withExtension.context.newCDPSession(page);
    session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      const where = `${exceptionDetails.url ?? ''} ${JSON.stringify(exceptionDetails.stackTrace ?? {})}`;
      if (where.includes('chrome-extension://')) extensionErrors.push(`${pathname}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    });
    await session.send('Runtime.enable');
    await open(page, url);
    if (leftPages.has(page)) throw new LeftThePage();
    const stats = await markingDone(page);
    const marked = markCount(await pageState(page));
    expect(await page.evaluate(marksInForbiddenPlaces), `${pathname}: marks in fields or code`).toBe(0);
    // Marked, then paused (unmarked), then marked again: if the two marked snapshots differ, the
    // page changed on its own meanwhile (a real page's timers, lazy images) and the round is taken
    // again; a page that never holds still is compared on its text and fields only.
    let mine: PageSnapshot | undefined;
    let unmarked: PageSnapshot | undefined;
    let stable = false;
    const rounds = NO_PAUSE_ROUND.some((name) => pathname.includes(name)) ? 0 : 3;
    if (rounds === 0) mine = (await page.evaluate(snapshotPage, BOX_LIMIT)) as PageSnapshot;
    for (let round = 0; round < rounds && !stable; round++) {
      mine = (await page.evaluate(snapshotPage, BOX_LIMIT)) as PageSnapshot;
      await setPaused(page, true);
      unmarked = (await page.evaluate(snapshotPage, BOX_LIMIT)) as PageSnapshot;
      await setPaused(page, false);
      await expect.poll(async () => (await pageState(page)).stats?.doneAt !== undefined, { timeout: 60_000 }).toBe(true);
      await expect.poll(async () => markCount(await pageState(page)), { timeout: 30_000 }).toBe(marked);
      const again = (await page.evaluate(snapshotPage, BOX_LIMIT)) as PageSnapshot;
      stable = shiftBetween(mine.boxes, again.boxes) === 'no shift';
    }
    if (rounds > 0) {
      expect(mine!.text, `${pathname}: text`).toBe(unmarked!.text);
      expect(mine!.fields, `${pathname}: form fields`).toEqual(unmarked!.fields);
      if (stable) {
        expect(shiftBetween(mine!.boxes, unmarked!.boxes), `${pathname}: element boxes`).toBe('no shift');
        expect(firstDifference(mine!.dom, unmarked!.dom), `${pathname}: the page's tree, marked and paused`).toBe('the same');
      }
      else console.warn(`${pathname}: the page kept changing on its own; element boxes not compared`);
    }
    if (withoutExtensionToo) {
      const reference = await plainContext.newPage();
      await open(reference, url);
      const theirs = (await reference.evaluate(snapshotPage, BOX_LIMIT)) as PageSnapshot;
      await reference.close();
      expect(mine!.text, `${pathname}: text against a browser without Backstory`).toBe(theirs.text);
      expect(mine!.fields, `${pathname}: form fields against a browser without Backstory`).toEqual(theirs.fields);
      expect(shiftBetween(mine!.boxes, theirs.boxes), `${pathname}: boxes against a browser without Backstory`).toBe('no shift');
      expect(firstDifference(mine!.dom, theirs.dom), `${pathname}: the page's tree against a browser without Backstory`).toBe('the same');
    }
    return { page, stats, marked };
  }

  test.each(ownPages)('%s is unchanged for the reader', async (pathname) => {
    const { page, marked } = await compare(pathname, !pathname.includes('storm'));
    if (!pathname.includes('/eval/pages/02')) expect(marked, `${pathname}: marks`).toBeGreaterThan(0);
    await page.close();
  }, 180_000);

  test.each(corpusPages)('real page %s is unchanged for the reader', async (pathname) => {
    try {
      const { page } = await compare(pathname, false);
      await page.close();
    } catch (error) {
      // Some real pages send the browser elsewhere with a script of their own (space.com does).
      if (!(error instanceof LeftThePage) && !String(error).includes('LeftThePage')) throw error;
      console.warn(`SKIPPED ${pathname}: the page navigated away by itself`);
    }
  });

  test('a mention inside a link is still a link', async () => {
    const page = await withExtension.context.newPage();
    await open(page, server.url('/fixtures/pages/forms-and-links.html'));
    await expect.poll(() => mentionsInside(page, '#company-link'), { timeout: 30_000 }).toBeGreaterThan(0);
    const point = await page.evaluate(() => {
      const range = ([...(CSS.highlights.get('backstory') ?? [])] as Range[]).find((r) => r.startContainer.parentElement?.closest('#company-link'))!;
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await Promise.all([page.waitForURL(/\/fixtures\/pages\/csp\.html$/), page.mouse.click(point.x, point.y)]);
    await page.close();
  });

  test('pages that break their own DOM, or forbid inline styles and scripts, still get marks and cards', async () => {
    for (const pathname of ['/fixtures/pages/prototypes.html', '/fixtures/pages/csp.html']) {
      const page = await withExtension.context.newPage();
      await open(page, server.url(pathname));
      await expect.poll(async () => (await pageState(page)).counts.openai ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
      await hoverMention(page, 'openai');
      const card = page.getByRole('dialog', { name: 'OpenAI' });
      await card.waitFor();
      // Styled: the card's own stylesheet applied despite the page's policy.
      expect(await card.evaluate((el) => getComputedStyle(el).borderTopLeftRadius), pathname).toBe('10px');
      await page.close();
    }
  });

  test('backs off from a 5 MB text node, reaches 10,000 levels deep, and reads open shadow roots', async () => {
    const deep = await withExtension.context.newPage();
    await open(deep, server.url('/fixtures/pages/deep.html'));
    const stats = await markingDone(deep);
    expect(stats.skippedNodes).toBe(1);
    expect(await mentionsInside(deep, '#dump')).toBe(0);
    expect(await deep.evaluate(() => ([...(CSS.highlights.get('backstory:nvidia') ?? [])] as Range[]).filter((r) => r.startContainer.parentElement?.closest('#deep')).length)).toBe(1);
    await deep.close();

    const shadow = await withExtension.context.newPage();
    await open(shadow, server.url('/fixtures/pages/shadow.html'));
    await expect.poll(() => shadow.evaluate(() => {
      const root = document.querySelector('#open-card')!.shadowRoot!;
      return ([...(CSS.highlights.get('backstory') ?? [])] as Range[]).filter((range) => range.startContainer.getRootNode() === root).length;
    })).toBe(2);
    await shadow.close();
  });

  test('a mutation storm is followed to the end', async () => {
    const page = await withExtension.context.newPage();
    await open(page, server.url('/fixtures/pages/storm.html'));
    await markingDone(page);
    await expect.poll(() => mentionsInside(page, '#feed')).toBeGreaterThan(0);
    // Every feed item on the page now is marked once the storm is over, and none of those it dropped.
    await expect
      .poll(() => page.evaluate(() => {
        const ranges = [...(CSS.highlights.get('backstory') ?? [])] as Range[];
        const items = Array.from(document.querySelectorAll('#feed li'));
        return items.every((li) => ranges.some((range) => li.contains(range.startContainer))) && ranges.every((range) => range.startContainer.isConnected);
      }))
      .toBe(true);
    await page.close();
  });

  test('no error from the extension on any page, and no request beyond the page server or the extension', async () => {
    expect(extensionErrors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('chrome-extension://') && !url.startsWith('data:'))).toEqual([]);
    const workerFetches = await withExtension.worker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(workerFetches.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
  });
});
