// The service worker. Listeners are registered synchronously at the top level so that a worker
// woken by an event finds them; all state is in IndexedDB and storage.sync.
import browser, { type Runtime } from 'webextension-polyfill';
import { BackgroundRequestSchema } from '../core/messages';
import { createReceiver } from '../core/message-receiver';
import { isOwnExtension } from '../shared/messaging';
import { loadBundledDataset } from './bundled-dataset';
import { BackstoryDb } from './db';
import { createHandlers, dispatch } from './handlers';
import { ensureDataset } from './import-dataset';
import { readSettings, writeSettings } from './settings-store';

const db = new BackstoryDb();
const bundled = loadBundledDataset();

let importing: Promise<void> | undefined;
function ready(): Promise<void> {
  importing ??= ensureDataset(db, bundled.dataset, bundled.version).catch((error: unknown) => {
    importing = undefined; // let the next request try again
    throw error;
  });
  return importing;
}

const handlers = createHandlers({ db, ready, readSettings, writeSettings });
const receive = createReceiver(BackgroundRequestSchema, (request) => dispatch(handlers, request), isOwnExtension);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => receive(message, sender));

// On install and on every update, the bundled data replaces what is stored.
browser.runtime.onInstalled.addListener(() => {
  void ready();
});
