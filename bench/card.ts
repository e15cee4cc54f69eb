// Card-open latency in real Chromium: from the end of the intent delay (the card asked for) to the
// frame that paints it, read from the content script's User Timing measure (backstory:card-shown).
// Cards are opened through the keyboard command's message, which skips the delay itself. Baseline
// in the same run: the time from a task to the next frame on the same page (requestAnimationFrame),
// the least any drawing can take. The budget applies to the extension's own work (rendered and
// placed); the painted figure adds the wait for the next frame, which headless Chromium paces at
// about 16.7 ms.
/// <reference types="chrome" />
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findBrowser } from '../scripts/find-browser.mjs';
import { startPageServer } from '../scripts/page-server.mjs';
import { launchChromium } from '../tests/e2e/support/chromium';
import { messageTab } from './tab-message';

import { percentile } from './percentile';

export interface CardResult {
  opens: number;
  /** Rendered and placed: the work the extension does after the intent delay. */
  readyP50Ms: number;
  readyP95Ms: number;
  /** Until the frame that paints it, which includes waiting for that frame. */
  p50Ms: number;
  p95Ms: number;
  frameP95Ms: number;
  /** p95 against the bare next-frame baseline's p95. */
  vsNextFrame: number;
}


export async function runCardBench(opens = 100): Promise<CardResult | { skipped: string }> {
  const chromium = findBrowser('chromium');
  if (!chromium) return { skipped: 'no Chromium found (set BACKSTORY_CHROMIUM)' };
  if (!existsSync(path.resolve(import.meta.dirname, '../dist/chrome/manifest.json'))) return { skipped: 'no build: run npm run build' };
  const server = await startPageServer();
  const browser = await launchChromium(chromium);
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('/demo/article.html'));
    await page.waitForFunction(() => (CSS.highlights.get('backstory')?.size ?? 0) > 0);
    for (let i = 0; i < opens; i++) {
      await messageTab(browser, page, { type: 'stepMention', direction: 'next' });
      await page.waitForFunction((count) => performance.getEntriesByName('backstory:card-shown').length >= count, i + 1);
    }
    const shown = await page.evaluate(() => performance.getEntriesByName('backstory:card-shown').map((entry) => entry.duration));
    const ready = await page.evaluate(() => performance.getEntriesByName('backstory:card-ready').map((entry) => entry.duration));
    const frames = await page.evaluate(async (count) => {
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        const start = performance.now();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        times.push(performance.now() - start);
      }
      return times;
    }, opens);
    const p95 = percentile(shown, 95);
    const frameP95 = percentile(frames, 95);
    return { opens: shown.length, readyP50Ms: percentile(ready, 50), readyP95Ms: percentile(ready, 95), p50Ms: percentile(shown, 50), p95Ms: p95, frameP95Ms: frameP95, vsNextFrame: p95 / frameP95 };
  } finally {
    await browser.close();
    await server.close();
  }
}
