// The service worker. Listeners are registered synchronously at the top level so that a worker
// woken by an event finds them; all state is in IndexedDB and storage.sync.
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { BackgroundRequestSchema } from '../core/messages';
import { createReceiver } from '../core/message-receiver';
import { isOwnExtension } from '../shared/messaging';
import { BackstoryDb } from '../store/db';
import { ensureBundledDataset } from './bundled-dataset';
import { announceDataChange } from '../shared/data-change';
import { createHandlers, dispatch } from './handlers';
import { readSettings, writeSettings } from './settings-store';
import { readLogos } from './logos';
import { handleCommand } from './commands';

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
});
const receive = createReceiver(BackgroundRequestSchema, (request) => dispatch(handlers, request), isOwnExtension);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => receive(message, sender));

// On install, on every update and at each browser start, the bundled data is brought up to date;
// an import that was interrupted last time is completed here.
const importNow = () => ready().catch((error: unknown) => console.error('Backstory could not import its data', error));
browser.runtime.onInstalled.addListener(importNow);
browser.runtime.onStartup.addListener(importNow);

// Keyboard shortcuts (manifest "commands"): the reader can change their keys in the browser.
browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  void handleCommand(command, tab?.id, handlers).catch((error: unknown) => console.warn('Backstory: shortcut failed', error));
});
