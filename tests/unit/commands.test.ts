// Keyboard shortcuts: each command reaches the right tab as the right message.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: [number, unknown][] = [];
let pageState = { site: 'example.com' as string | undefined, enabled: true, counts: {} };
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'backstory' },
    tabs: {
      query: vi.fn(async () => [{ id: 7 }]),
      sendMessage: vi.fn(async (tabId: number, message: { type: string }) => {
        sent.push([tabId, message]);
        return { ok: true, data: message.type === 'getPageState' ? pageState : { stepped: true } };
      }),
    },
  },
}));

const { COMMANDS, handleCommand } = await import('../../src/background/commands');

beforeEach(() => {
  sent.length = 0;
  pageState = { site: 'example.com', enabled: true, counts: {} };
});

describe('handleCommand', () => {
  it('steps through mentions in the tab the command came from', async () => {
    const switcher = { setSiteEnabled: vi.fn(async () => undefined) };
    await handleCommand(COMMANDS.nextMention, 3, switcher);
    await handleCommand(COMMANDS.previousMention, 3, switcher);
    expect(sent).toEqual([
      [3, { type: 'stepMention', direction: 'next' }],
      [3, { type: 'stepMention', direction: 'previous' }],
    ]);
    expect(switcher.setSiteEnabled).not.toHaveBeenCalled();
  });

  it('uses the active tab when the browser gives none', async () => {
    await handleCommand(COMMANDS.nextMention, undefined, { setSiteEnabled: vi.fn() });
    expect(sent[0]?.[0]).toBe(7);
  });

  it('switches the current site off, and on again', async () => {
    const switcher = { setSiteEnabled: vi.fn(async () => undefined) };
    await handleCommand(COMMANDS.toggleSite, 3, switcher);
    pageState = { ...pageState, enabled: false };
    await handleCommand(COMMANDS.toggleSite, 3, switcher);
    expect(switcher.setSiteEnabled.mock.calls).toEqual([
      [{ type: 'setSiteEnabled', site: 'example.com', enabled: false }],
      [{ type: 'setSiteEnabled', site: 'example.com', enabled: true }],
    ]);
  });

  it('does nothing on a page without a site, or for an unknown command', async () => {
    const switcher = { setSiteEnabled: vi.fn(async () => undefined) };
    pageState = { ...pageState, site: undefined };
    await handleCommand(COMMANDS.toggleSite, 3, switcher);
    await handleCommand('something-else', 3, switcher);
    expect(switcher.setSiteEnabled).not.toHaveBeenCalled();
    expect(sent.map(([, message]) => message)).toEqual([{ type: 'getPageState' }]);
  });

  it('names the commands the manifest declares', async () => {
    const manifest = (await import('../../manifest.json')).default as { commands: Record<string, unknown> };
    expect(Object.keys(manifest.commands).sort()).toEqual(Object.values(COMMANDS).sort());
  });
});
