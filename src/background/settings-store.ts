// Settings live in storage.sync so they follow the reader's browser profile. Content scripts
// watch the same key, so a change reaches open tabs even if the service worker has stopped.
import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type Settings } from '../core/settings/settings';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}
