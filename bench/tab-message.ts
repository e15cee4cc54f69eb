// Sends a message to a page's content script from the service worker, as the extension's own
// background would: the page is brought to the front and found as the active tab (the extension
// has no "tabs" permission, so tabs cannot be matched by address). Retried briefly, because a
// page brought to the front takes a moment to become the active tab.
/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/support/chromium';

export async function messageTab<T>(browser: ExtensionBrowser, page: Page, message: unknown): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.bringToFront();
    try {
      return (await browser.worker.evaluate(async (body) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.tabs.sendMessage(tab!.id!, body);
      }, message)) as T;
    } catch (error) {
      lastError = error;
      await page.waitForTimeout(100);
    }
  }
  throw lastError;
}
