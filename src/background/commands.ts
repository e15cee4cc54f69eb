// What each keyboard shortcut does. The tab is the one the reader is looking at; a tab without our
// content script (the browser's own pages) simply does not answer.
import browser from 'webextension-polyfill';
import { askTab } from '../shared/messaging';

export const COMMANDS = {
  nextMention: 'next-mention',
  previousMention: 'previous-mention',
  toggleSite: 'toggle-site',
} as const;

interface SiteSwitcher {
  setSiteEnabled(request: { type: 'setSiteEnabled'; site: string; enabled: boolean }): Promise<unknown>;
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function handleCommand(command: string, tabId: number | undefined, handlers: SiteSwitcher): Promise<void> {
  const id = tabId ?? (await activeTabId());
  if (id === undefined) return;
  if (command === COMMANDS.nextMention || command === COMMANDS.previousMention) {
    await askTab(id, { type: 'stepMention', direction: command === COMMANDS.nextMention ? 'next' : 'previous' });
  } else if (command === COMMANDS.toggleSite) {
    const page = await askTab(id, { type: 'getPageState' });
    if (page.site !== undefined) await handlers.setSiteEnabled({ type: 'setSiteEnabled', site: page.site, enabled: !page.enabled });
  }
}
