// Sending side of the message contract, for every part that talks to the background or a tab.
import browser from 'webextension-polyfill';
import type { BackgroundRequest, ContentRequest, ErrorCode, Reply, ResponseMap } from './messages';
import type { SenderInfo } from './message-receiver';

export class MessageFailure extends Error {
  constructor(
    readonly code: ErrorCode | 'no-answer',
    message: string,
  ) {
    super(message);
  }
}

function unwrap<T>(reply: unknown): T {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new MessageFailure('no-answer', 'no answer came back');
  }
  const typed = reply as Reply<T>;
  if (!typed.ok) throw new MessageFailure(typed.error.code, typed.error.message);
  return typed.data;
}

export async function askBackground<R extends BackgroundRequest>(request: R): Promise<ResponseMap[R['type']]> {
  return unwrap(await browser.runtime.sendMessage(request));
}

export async function askTab<R extends ContentRequest>(tabId: number, request: R): Promise<ResponseMap[R['type']]> {
  return unwrap(await browser.tabs.sendMessage(tabId, request));
}

/** Only this extension's own pages, background and content scripts may talk to us. */
export function isOwnExtension(sender: SenderInfo): boolean {
  return sender.id === browser.runtime.id;
}
