// The service worker. Listeners are registered synchronously at the top level so that a worker
// woken by an event finds them; all state is in IndexedDB and storage.sync.
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { BackgroundRequestSchema } from '../shared/messages';
import { createReceiver } from '../shared/message-receiver';
import { isOwnExtension } from '../shared/messaging';
import { BackstoryDb } from '../store/db';
import { ensureBundledDataset } from './bundled-dataset';
import { announceDataChange } from '../shared/data-change';
import { createHandlers, dispatch } from './handlers';
import { readSettings, writeSettings } from './settings-store';
import { readLogos } from './logos';
import { handleCommand } from './commands';
import { createLookupMenu, lookupPath, LOOKUP_MENU_ID } from './context-menu';

const db = new BackstoryDb();

let importing: Promise<void> | undefined;
function ready(): Promise<void> {
  // A broken bundle must not stop the worker from registering its listeners: every request
  // then gets a typed error that says what is wrong with the data.
  importing ??= ensureBundledDataset(db)
    .then(async (imported) => {
      if (imported) await announceDataChange();
    })
    .catch((error: unknown) => {
      importing = undefined; // let the next request try again
      throw error;
    });
  return importing;
}

const handlers = createHandlers({
  db,
  ready,
  readSettings,
  writeSettings,
  openTab: async (path) => {
    await browser.tabs.create({ url: browser.runtime.getURL(path) });
  },
  logos: readLogos,
  setBadge: async (tabId, text) => {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4e8c' });
  },
});
const receive = createReceiver(BackgroundRequestSchema, (request, sender) => dispatch(handlers, request, sender), isOwnExtension);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => receive(message, sender));

// On install, on every update and at each browser start, the bundled data is brought up to date;
// an import that was interrupted last time is completed here.
const importNow = () => ready().catch((error: unknown) => console.error('Backstory could not import its data', error));
browser.runtime.onInstalled.addListener(() => {
  void importNow();
  createLookupMenu();
});
browser.runtime.onStartup.addListener(importNow);

// Keyboard shortcuts (manifest "commands"): the reader can change their keys in the browser.
browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  void handleCommand(command, tab?.id, handlers).catch((error: unknown) => console.warn('Backstory: shortcut failed', error));
});

// "Look up “…” in Backstory" on selected text: the company's profile, or the search for it.
browser.contextMenus.onClicked.addListener((info) => {
  if (info.menuItemId !== LOOKUP_MENU_ID || !info.selectionText) return;
  void browser.tabs.create({ url: browser.runtime.getURL(lookupPath(info.selectionText)) });
});
