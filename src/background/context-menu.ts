// The context menu entry for selected text. Menus persist across worker restarts, so it is created
// once per install or update.
import browser from 'webextension-polyfill';

export const LOOKUP_MENU_ID = 'backstory-lookup';

export function createLookupMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: 'Look up “%s” in Backstory', contexts: ['selection'] }),
  ).catch((error: unknown) => console.warn('Backstory: could not add the context menu', error));
}

/** The profile page searching for the selection (trimmed, one line, at most 100 characters). */
export function lookupPath(selection: string): string {
  const query = selection.replace(/\s+/g, ' ').trim().slice(0, 100);
  return `profile.html?q=${encodeURIComponent(query)}`;
}
