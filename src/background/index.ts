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

let importing: Promise<void> | undefined;
function ready(): Promise<void> {
  // A broken bundle must not stop the worker from registering its listeners: every request
  // then gets a typed error that says what is wrong with the data.
  importing ??= Promise.resolve()
    .then(loadBundledDataset)
    .then((bundled) => ensureDataset(db, bundled.dataset, bundled.version))
    .catch((error: unknown) => {
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
  ready().catch((error: unknown) => console.error("Backstory could not import its data", error));
});
