// Content script entry: one PageSession per page, kept in step with the reader's settings.
import browser, { type Runtime } from 'webextension-polyfill';
import { ContentRequestSchema } from '../shared/messages';
import { createReceiver } from '../shared/message-receiver';
import { SETTINGS_KEY } from '../core/settings/settings';
import { onDataChange } from '../shared/data-change';
import { isOwnExtension } from '../shared/messaging';
import { PageSession } from './page-session';

const session = new PageSession(document, location.href);

const receive = createReceiver(
  ContentRequestSchema,
  async (request) => {
    if (request.type === 'stepMention') return { stepped: session.step(request.direction) };
    if (request.type === 'revealCompany') return { revealed: session.reveal(request.companyId) };
    return session.state();
  },
  isOwnExtension,
);
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => receive(message, sender));

browser.storage.onChanged.addListener((changes, area) => {
  const settings = changes[SETTINGS_KEY];
  if (area === 'sync' && settings) void session.applySettings(settings.newValue);
});
// New or removed data: mark the page again with it.
onDataChange(() => void session.restart());

session.start().catch((error: unknown) => {
  console.warn('Backstory: could not start on this page', error);
});
