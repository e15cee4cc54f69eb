import { describe, expect, it, vi } from 'vitest';
import { createReceiver, HandlerError, type SenderInfo } from '../../src/shared/message-receiver';
import { BackgroundRequestSchema, type BackgroundRequest } from '../../src/shared/messages';

const OWN: SenderInfo = { id: 'own-extension-id', url: 'chrome-extension://own-extension-id/popup.html' };
const isTrusted = (sender: SenderInfo) => sender.id === 'own-extension-id';

function setup(handle: (request: BackgroundRequest) => Promise<unknown> = async (request) => ({ echoed: request.type })) {
  const handler = vi.fn(handle);
  return { handler, receive: createReceiver(BackgroundRequestSchema, handler, isTrusted) };
}

describe('createReceiver', () => {
  it('answers a valid request with the handler result', async () => {
    const { handler, receive } = setup();
    await expect(receive({ type: 'search', query: 'meta' }, OWN)).resolves.toEqual({ ok: true, data: { echoed: 'search' } });
    expect(handler).toHaveBeenCalledWith({ type: 'search', query: 'meta' }, OWN);
  });

  it('passes on only the fields the schema knows', async () => {
    const { handler, receive } = setup();
    await receive({ type: 'getSettings', extra: 'ignored' }, OWN);
    expect(handler.mock.calls[0]?.[0]).toEqual({ type: 'getSettings' });
  });

  it('refuses a sender it does not trust, before parsing and without calling the handler', async () => {
    const { handler, receive } = setup();
    for (const sender of [{ id: 'other-extension' }, {}, { url: 'https://evil.example/' }]) {
      const reply = await receive({ type: 'getSettings' }, sender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    await expect(receive('garbage', { id: 'other' })).resolves.toMatchObject({ error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('calls a message that fails the schema malformed', async () => {
    const { handler, receive } = setup();
    const bad: unknown[] = [
      null, undefined, 'getSettings', 42, [], {},
      { type: 'deleteEverything' },
      { type: 'search' },
      { type: 'search', query: 'x'.repeat(201) },
      { type: 'getProfiles', ids: [''] },
      { type: 'setSiteEnabled', site: 'example.com', enabled: 'yes' },
    ];
    for (const message of bad) {
      const reply = await receive(message, OWN);
      expect(reply.ok, JSON.stringify(message)).toBe(false);
      if (!reply.ok) {
        expect(reply.error.code).toBe('malformed');
        expect(reply.error.message).not.toBe('');
      }
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes on the code of a HandlerError', async () => {
    const { receive } = setup(async () => {
      throw new HandlerError('bad-input', '"x" is not a website address');
    });
    await expect(receive({ type: 'setSiteEnabled', site: 'x', enabled: false }, OWN)).resolves.toEqual({
      ok: false,
      error: { code: 'bad-input', message: '"x" is not a website address' },
    });
  });

  it('reports any other failure as internal', async () => {
    const { receive } = setup(async () => {
      throw new Error('database closed');
    });
    await expect(receive({ type: 'getSettings' }, OWN)).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'database closed' },
    });
    const rejecting = setup(() => Promise.reject(new Error('boom'))).receive;
    await expect(rejecting({ type: 'getSettings' }, OWN)).resolves.toMatchObject({ error: { code: 'internal', message: 'boom' } });
  });

  it('reports a thrown non-Error as internal, as text', async () => {
    const { receive } = setup(async () => {
      throw 'plain string';
    });
    await expect(receive({ type: 'getSettings' }, OWN)).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'plain string' },
    });
  });
});
