/// <reference types="chrome" />
// The hover card in real Chromium: the intent delay, Escape, moving into the card, "On this page"
// first, moving to a counterpart and back, keyboard stepping, an axe check, and both colour schemes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserOrSkip } from './support/browsers';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { startPageServer, type PageServer } from '../../scripts/page-server.mjs';
import { hoverMention, waitForMentions } from './support/marks';

const chromiumPath = browserOrSkip('chromium');
const CARD_HOST = 'backstory-card';
const DIALOG = `${CARD_HOST} [role="dialog"]`;
const INTENT_MS = 400;
const GRACE_MS = 300;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Milliseconds on the page's clock, to compare with when the card appeared. */
const pageNow = (page: Page) => page.evaluate(() => performance.now());

async function noCard(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await page.locator(DIALOG).waitFor({ state: 'hidden' });
}

/** The stepping command's message, sent from the service worker as the shortcut handler sends it. */
async function step(browser: ExtensionBrowser, page: Page, direction: 'next' | 'previous'): Promise<unknown> {
  await page.bringToFront();
  return browser.worker.evaluate(async (dir) => {
    const [tab] = await chrome.tabs.query({ active: true });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'stepMention', direction: dir });
  }, direction);
}

describe.skipIf(!chromiumPath)('The hover card in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let article: Page;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchChromium(chromiumPath!);
    article = await browser.context.newPage();
    await article.goto(server.url('/demo/article.html'));
    await waitForMentions(article, 'scale-ai');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('opens after the intent delay and not before, leading with the companies on the page', async () => {
    await noCard(article);
    const started = await pageNow(article);
    await hoverMention(article, 'scale-ai');
    expect(await article.locator(DIALOG).isVisible()).toBe(false);
    const card = article.getByRole('dialog', { name: 'Scale AI' });
    await card.waitFor({ state: 'visible' });
    const appeared = await pageNow(article);
    expect(appeared - started).toBeGreaterThanOrEqual(INTENT_MS);
    const headings = await card.locator('h3').allTextContents();
    expect(headings[0]).toBe('On this page');
    const firstOnPage = await card.getByRole('region', { name: 'On this page' }).locator('.bs-counterpart').allTextContents();
    expect(firstOnPage).toEqual(expect.arrayContaining(['Meta', 'OpenAI', 'Google']));
  });

  test('stays open while the pointer is in it, past the grace period', async () => {
    await noCard(article);
    await hoverMention(article, 'scale-ai');
    const card = article.getByRole('dialog', { name: 'Scale AI' });
    await card.waitFor({ state: 'visible' });
    const box = (await card.boundingBox())!;
    // Into the card in small steps, as a hand would move.
    await article.mouse.move(box.x + 30, box.y + 20, { steps: 5 });
    const leftAt = await pageNow(article);
    await article.waitForFunction((until) => performance.now() > until, leftAt + 3 * GRACE_MS);
    expect(await card.isVisible()).toBe(true);
    await article.mouse.move(1, 1);
    await card.waitFor({ state: 'hidden' });
  });

  test('Escape closes it without moving the pointer', async () => {
    await noCard(article);
    await hoverMention(article, 'meta');
    const card = article.getByRole('dialog', { name: 'Meta' });
    await card.waitFor({ state: 'visible' });
    await article.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
  });

  test('a counterpart opens in the card, with a way back', async () => {
    await noCard(article);
    await hoverMention(article, 'scale-ai');
    const card = article.locator(DIALOG);
    await article.getByRole('dialog', { name: 'Scale AI' }).waitFor();
    const box = (await card.boundingBox())!;
    await article.mouse.move(box.x + 30, box.y + 20, { steps: 5 });
    await card.getByRole('button', { name: 'Meta', exact: true }).first().click();
    await article.getByRole('dialog', { name: 'Meta' }).waitFor();
    await card.getByRole('button', { name: 'Back to Scale AI' }).click();
    await article.getByRole('dialog', { name: 'Scale AI' }).waitFor();
    expect(await card.getByRole('button', { name: /^← Back/ }).count()).toBe(0);
  });

  test('"more" opens the full profile in a new tab', async () => {
    await noCard(article);
    await hoverMention(article, 'meta');
    const card = article.getByRole('dialog', { name: 'Meta' });
    await card.waitFor();
    const box = (await card.boundingBox())!;
    await article.mouse.move(box.x + 30, box.y + 20, { steps: 5 });
    const [profile] = await Promise.all([
      browser.context.waitForEvent('page'),
      card.getByRole('button', { name: /more relations? in the full profile/ }).click(),
    ]);
    await profile.waitForLoadState();
    expect(profile.url()).toBe(`chrome-extension://${browser.extensionId}/profile.html?company=meta`);
    await profile.getByRole('heading', { level: 2, name: 'Meta' }).waitFor();
    expect(await profile.locator('[data-relation]').count()).toBeGreaterThan(6);
    await profile.close();
  });

  test('keyboard: the command steps through mentions, Enter enters the card, Escape returns focus', async () => {
    await noCard(article);
    await article.evaluate(() => window.scrollTo(0, 0));
    expect(await step(browser, article, 'next')).toEqual({ ok: true, data: { stepped: true } });
    // The focus ring, our one element for the keyboard, is labelled with the mention it is on.
    const focusedCompany = () => article.evaluate(() => (document.activeElement?.localName === 'backstory-focus' ? document.activeElement.getAttribute('aria-label') : null));
    const first = await focusedCompany();
    expect(first).not.toBeNull();
    const card = article.locator(DIALOG);
    await card.waitFor({ state: 'visible' });
    await step(browser, article, 'next');
    await expect.poll(focusedCompany).not.toBe(first);
    // One ring, and nothing else of ours is focusable: no tab stop per mention.
    expect(await article.locator('backstory-focus').count()).toBe(1);
    expect(await article.evaluate(() => document.querySelectorAll('[tabindex]:not(backstory-focus)').length)).toBe(0);
    const second = await focusedCompany();
    expect(second).not.toBeNull();
    await article.keyboard.press('Enter');
    await expect.poll(() => article.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(CARD_HOST);
    await article.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(await focusedCompany()).toBe(second);
  });

  test('the card passes an axe check, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await article.emulateMedia({ colorScheme });
      await noCard(article);
      await hoverMention(article, 'scale-ai');
      await article.getByRole('dialog', { name: 'Scale AI' }).waitFor();
      await article.addScriptTag({ content: axeSource });
      const violations = await article.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run({ include: [['backstory-card', '[role="dialog"]']] }, { resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      expect(violations, colorScheme).toEqual([]);
    }
    await article.emulateMedia({ colorScheme: 'light' });
  });

  test('fits a narrow window and stays inside it', async () => {
    const narrow = await browser.context.newPage();
    await narrow.setViewportSize({ width: 320, height: 560 });
    await narrow.goto(server.url('/demo/article.html'));
    await waitForMentions(narrow, 'scale-ai');
    await hoverMention(narrow, 'scale-ai');
    const card = narrow.getByRole('dialog', { name: 'Scale AI' });
    await card.waitFor();
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(560);
    await narrow.close();
  });
});
