// Firefox: the demo article is marked and a card opens on hover; our own pages, hostile ones
// included, read the same with and without Backstory, down to the serialised tree.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { firstDifference, marksInForbiddenPlaces, snapshotPage, type PageSnapshot } from './support/page-safety';
import { hoverMention, markedCompanies, mentionCount } from './support/marks';
import { browserOrSkip } from './support/browsers';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { startPageServer, type PageServer } from '../../scripts/page-server.mjs';

const firefoxPath = browserOrSkip('firefox');

describe.skipIf(!firefoxPath)('Backstory in Firefox', () => {
  let firefox: FirefoxWithExtension;
  let plain: Browser;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    firefox = await launchFirefox(firefoxPath!);
    plain = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath!, headless: true });
  });

  afterAll(async () => {
    await firefox?.close();
    await plain?.close();
    await server?.close();
  });

  test.each([
    '/demo/article.html',
    '/fixtures/eval/pages/01-earnings.html',
    '/fixtures/eval/pages/05-payments.html',
    '/fixtures/pages/forms-and-links.html',
    '/fixtures/pages/prototypes.html',
    '/fixtures/pages/csp.html',
    '/fixtures/pages/shadow.html',
  ])('%s reads the same with and without Backstory', async (pathname) => {
    const url = server.url(pathname);
    const page = await firefox.browser.newPage();
    await page.goto(url);
    await expect.poll(() => mentionCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
    const reference = await plain.newPage();
    await reference.goto(url);
    const mine = (await page.evaluate(snapshotPage, 3000)) as PageSnapshot;
    const theirs = (await reference.evaluate(snapshotPage, 3000)) as PageSnapshot;
    expect(mine.text).toBe(theirs.text);
    expect(mine.fields).toEqual(theirs.fields);
    expect(firstDifference(mine.dom, theirs.dom)).toBe('the same');
    const moved = mine.boxes.filter((box, i) => {
      const a = box.split(':')[1]!.split(',').map(Number);
      const b = (theirs.boxes[i] ?? '').split(':')[1]?.split(',').map(Number) ?? [];
      return a.some((value, k) => !(Math.abs(value - (b[k] ?? NaN)) <= 1));
    });
    expect(moved).toEqual([]);
    expect(await page.evaluate(marksInForbiddenPlaces)).toBe(0);
    await Promise.all([page.close(), reference.close()]);
  });

  test('a strict Content-Security-Policy does not unstyle the card', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/fixtures/pages/csp.html'));
    await expect.poll(() => mentionCount(page, 'openai'), { timeout: 30_000 }).toBeGreaterThan(0);
    await hoverMention(page, 'openai');
    const dialog = await page.waitForSelector('backstory-card >>> [role="dialog"]', { visible: true });
    expect(await dialog!.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('10px');
    await page.close();
  });

  test('marks the demo article and opens Scale AI’s card on hover', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/demo/article.html'));
    await expect.poll(() => mentionCount(page, 'scale-ai'), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await markedCompanies(page)).toEqual(['alphabet', 'bloomberg', 'google', 'meta', 'microsoft', 'openai', 'reuters', 'scale-ai']);
    await hoverMention(page, 'scale-ai');
    const dialog = await page.waitForSelector('backstory-card >>> [role="dialog"]', { visible: true });
    const text = await dialog!.evaluate((el) => el.textContent ?? '');
    expect(text).toContain('Scale AI');
    expect(text).toContain('49%');
    expect(text).toContain('$14.3B');
    await page.keyboard.press('Escape');
    await page.waitForSelector('backstory-card >>> [role="dialog"]', { hidden: true });
  });
});
