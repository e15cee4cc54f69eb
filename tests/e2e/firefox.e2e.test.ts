// Firefox: the demo article is marked and a card opens on hover.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserOrSkip } from './support/browsers';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { startPageServer, type PageServer } from '../../scripts/page-server.mjs';

const firefoxPath = browserOrSkip('firefox');

describe.skipIf(!firefoxPath)('Backstory in Firefox', () => {
  let firefox: FirefoxWithExtension;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    firefox = await launchFirefox(firefoxPath!);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('marks the demo article and opens Scale AI’s card on hover', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/demo/article.html'));
    const mark = await page.waitForSelector('[data-backstory-company="scale-ai"]', { timeout: 30_000 });
    const ids = await page.$$eval('backstory-mark', (marks) => [...new Set(marks.map((m) => m.getAttribute('data-backstory-company')))].sort());
    expect(ids).toEqual(['alphabet', 'bloomberg', 'google', 'meta', 'microsoft', 'openai', 'reuters', 'scale-ai']);
    await mark!.hover();
    const dialog = await page.waitForSelector('backstory-card >>> [role="dialog"]', { visible: true });
    const text = await dialog!.evaluate((el) => el.textContent ?? '');
    expect(text).toContain('Scale AI');
    expect(text).toContain('49%');
    expect(text).toContain('$14.3B');
    await page.keyboard.press('Escape');
    await page.waitForSelector('backstory-card >>> [role="dialog"]', { hidden: true });
  });
});
