// `npm run screenshot`: the README's pictures of a card in the light and the dark colour scheme,
// taken from the built extension in real Chromium on the demo article. Pass a URL to photograph
// another page instead.
/* global CSS, Range -- the functions passed to page.evaluate run in the page. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from './find-browser.mjs';
import { startPageServer } from './page-server.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROME_BUILD = path.join(ROOT, 'dist/chrome');
const [url, company = 'scale-ai', out = path.join(ROOT, 'docs/card.png')] = process.argv.slice(2);
const SCHEMES = [
  ['light', out],
  ['dark', out.replace(/\.png$/, '-dark.png')],
];

const browserPath = findBrowser('chromium');
if (!browserPath) {
  console.error('No Chromium-family browser found: install chromium or set BACKSTORY_CHROMIUM.');
  process.exit(1);
}
const server = url ? undefined : await startPageServer();
const profile = mkdtempSync(path.join(os.tmpdir(), 'backstory-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browserPath,
  headless: true,
  viewport: { width: 1000, height: 720 },
  args: [
    `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`,
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
  ],
});
try {
  for (const [colorScheme, file] of SCHEMES) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto(url ?? server.url('/demo/article.html'));
    // Marks are CSS highlights: the company's first range, read from the page's highlight registry.
    await page.waitForFunction((id) => (CSS.highlights.get(`backstory:${id}`)?.size ?? 0) > 0, company);
    const point = await page.evaluate((id) => {
      const [range] = [...CSS.highlights.get(`backstory:${id}`)].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0];
      return { x: box.left + Math.min(8, box.width / 2), y: box.top + box.height / 2 };
    }, company);
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await page.locator('backstory-card [role="dialog"]').waitFor({ state: 'visible' });
    await page.screenshot({ path: file });
    console.log(`Saved ${path.relative(process.cwd(), file)}`);
    await page.close();
  }
} finally {
  await context.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
}
