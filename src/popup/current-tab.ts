// Which tab the popup speaks for: the active tab, or the one named by ?tab= when the popup is
// opened as a page of its own (a pinned tab, or an end-to-end test).
import browser from 'webextension-polyfill';

export async function currentTabId(search: string): Promise<number | undefined> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
