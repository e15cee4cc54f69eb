/// <reference types="chrome" />
// The popup, the full profile and the options page in real Chromium, with an article open in
// another tab that must follow every change without a reload.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserOrSkip } from './support/browsers';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { startPageServer, type PageServer } from '../../scripts/page-server.mjs';
import { highlightNames, mentionPaint, waitForMentions } from './support/marks';

const chromiumPath = browserOrSkip('chromium');
/** Waits until the page has marks (the content script reads it in idle time). */
const marksShown = (page: Page) => waitForMentions(page);
const marksGone = (page: Page) => expect.poll(() => highlightNames(page), { timeout: 30_000 }).toEqual([]);

describe.skipIf(!chromiumPath)('Popup, profile and options in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let article: Page;
  let tabId: number;
  const extensionPage = (file: string) => `chrome-extension://${browser.extensionId}/${file}`;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchChromium(chromiumPath!);
    article = await browser.context.newPage();
    await article.goto(server.url('/demo/article.html'));
    await marksShown(article);
    await article.bringToFront();
    tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPopup(): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.goto(`${extensionPage('popup.html')}?tab=${tabId}`);
    return popup;
  }

  test('search forgives a typo and is used from the keyboard', async () => {
    const popup = await openPopup();
    const search = popup.getByRole('searchbox');
    await search.fill('metta');
    await popup.getByRole('option', { name: /^Meta\b/ }).waitFor();
    await search.press('ArrowDown');
    await search.press('ArrowUp');
    await search.press('Enter');
    await popup.getByRole('region', { name: 'Meta' }).waitFor();
    await popup.getByRole('button', { name: '← Back to search' }).click();
    await popup.getByRole('searchbox').fill('nvdia');
    await popup.getByRole('option', { name: /Nvidia/ }).waitFor();
    await popup.getByRole('searchbox').press('Escape');
    expect(await popup.getByRole('searchbox').inputValue()).toBe('');
    await popup.close();
  });

  test('lists the companies on the page with their counts; choosing one brings its first mention into view', async () => {
    await expect.poll(() => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toMatch(/^[1-9]\d*$/);
    const badge = Number(await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId));
    const popup = await openPopup();
    const list = popup.getByRole('list', { name: 'On this page' });
    await list.waitFor();
    const entries = await list.getByRole('button').allTextContents();
    expect(entries.length).toBe(badge);
    expect(entries.some((entry) => /^Scale AI\d+$/.test(entry))).toBe(true);
    await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await list.getByRole('button', { name: /^Microsoft/ }).click();
    // The flashed mention is Microsoft's; smooth scrolling takes a moment: wait until it is in view.
    await article.waitForFunction(() => {
      const [flashed] = [...(CSS.highlights.get('backstory-flash') ?? [])] as Range[];
      const microsoft = [...(CSS.highlights.get('backstory:microsoft') ?? [])];
      const box = flashed?.getBoundingClientRect();
      return flashed !== undefined && microsoft.includes(flashed) && box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
    });
    await popup.close();
  });

  test('the global pause removes every mark; unpausing brings them back', async () => {
    const popup = await openPopup();
    const pause = popup.getByRole('switch', { name: /pause everywhere/ });
    await pause.click();
    await popup.getByRole('switch', { name: 'Backstory is paused everywhere' }).waitFor();
    await marksGone(article);
    await expect.poll(() => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    // The open popup follows the page: nothing listed while paused, the companies again after.
    await popup.getByRole('list', { name: 'On this page' }).waitFor({ state: 'detached' });
    await popup.getByRole('switch', { name: 'Backstory is paused everywhere' }).click();
    await marksShown(article);
    await popup.getByText(/^[1-9]\d* compan(y|ies) marked on this page\.$/).waitFor();
    await popup.getByRole('list', { name: 'On this page' }).getByRole('button', { name: /^Scale AI/ }).waitFor();
    await popup.close();
  });

  test('options: mark style and "only on these sites" reach the open article at once', async () => {
    const options = await browser.context.newPage();
    await options.goto(extensionPage('options.html'));
    await options.getByLabel('Mark style').selectOption('background');
    // Dotted by default, from the manifest's content CSS; the chosen style applies at once.
    await expect.poll(async () => (await mentionPaint(article))?.background).not.toBe('rgba(0, 0, 0, 0)');
    expect((await mentionPaint(article))?.line).toBe('none');

    await options.getByLabel('Only on the sites listed').check();
    await marksGone(article);
    await options.getByLabel('Add a site').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.getByRole('list', { name: 'Sites where Backstory runs' }).getByText('127.0.0.1').waitFor();
    await marksShown(article);

    await options.getByLabel('On every site except those listed').check();
    await options.getByLabel('Mark style').selectOption('dotted');
    await expect.poll(async () => (await mentionPaint(article))?.style).toBe('dotted');
    expect((await mentionPaint(article))?.background).toBe('rgba(0, 0, 0, 0)');
    await options.close();
  });

  test('options: a bad settings file is refused whole, saying what is wrong', async () => {
    const options = await browser.context.newPage();
    await options.goto(extensionPage('options.html'));
    const before = await browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'backstory-settings-'));
    const file = path.join(dir, 'settings.json');
    await writeFile(file, JSON.stringify({ ...(before as object), hoverDelayMs: 'slow' }));
    await options.locator('.file-button input[type="file"]').setInputFiles(file);
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/hoverDelayMs: .*Nothing was changed\./);
    expect(await browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings)).toEqual(before);
    await options.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('the full profile: picture, filter by kind, timeline, and sources', async () => {
    const profile = await browser.context.newPage();
    await profile.goto(`${extensionPage('profile.html')}?company=scale-ai`);
    await profile.getByRole('heading', { level: 2, name: 'Scale AI' }).waitFor();
    expect(await profile.getByRole('img', { name: /Scale AI and \d+ companies/ }).count()).toBe(1);
    const status = profile.getByRole('status');
    const total = Number((await status.textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThanOrEqual(5);
    await profile.getByLabel('Kind', { exact: true }).selectOption('vendor');
    await expect.poll(async () => Number((await status.textContent())!.match(/^(\d+)/)![1])).toBeLessThan(total);
    await profile.getByLabel('Timeline').check();
    const years = await profile.locator('section[aria-label] h3').allTextContents();
    expect(years.every((year) => /^\d{4}$/.test(year))).toBe(true);
    expect([...years].sort().reverse()).toEqual(years);
    const hrefs = await profile.locator('a.bs-source').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    await profile.close();
  });

  test('"Look up" (the context menu\'s page) opens an exact match and lists near ones', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${extensionPage('profile.html')}?q=${encodeURIComponent('  Scale AI ')}`);
    await page.getByRole('heading', { level: 2, name: 'Scale AI' }).waitFor();
    expect(page.url()).toMatch(/\?company=scale-ai$/);
    await page.goto(`${extensionPage('profile.html')}?q=metta`);
    await page.getByRole('heading', { name: 'Companies matching “metta”' }).waitFor();
    await page.getByRole('button', { name: 'Meta', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Meta' }).waitFor();
    await page.close();
  });
});
