// The receiving end of the message contract: checks the sender, parses the message, and turns
// every outcome (including a handler's failure) into a typed Reply. No browser API here.
import type { z } from 'zod/mini';
import { describeInvalid, type ErrorCode, type Reply } from './messages';

export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  /** Set when a content script sent the message: the tab it runs in. */
  tab?: { id?: number | undefined } | undefined;
}

/** A failure the handler means to report as it is (bad input, say), rather than as internal. */
export class HandlerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function createReceiver<Request extends { type: string }>(
  schema: z.ZodMiniType<Request>,
  handle: (request: Request, sender: SenderInfo) => Promise<unknown>,
  isTrusted: (sender: SenderInfo) => boolean,
): (message: unknown, sender: SenderInfo) => Promise<Reply<unknown>> {
  return async (message, sender) => {
    if (!isTrusted(sender)) {
      return { ok: false, error: { code: 'forbidden-sender', message: 'messages are only accepted from this extension' } };
    }
    const parsed = schema.safeParse(message);
    if (!parsed.success) {
      return { ok: false, error: { code: 'malformed', message: describeInvalid(parsed.error) } };
    }
    try {
      return { ok: true, data: await handle(parsed.data, sender) };
    } catch (error) {
      if (error instanceof HandlerError) return { ok: false, error: { code: error.code, message: error.message } };
      return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
    }
  };
}
