// @vitest-environment happy-dom
// The card's code loads on the first hover: what was asked for meanwhile is honoured or cancelled.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as cardModule from '../../src/content/card/card-host';
import { CARD_TAG } from '../../src/content/marking/dom-rules';
import { LazyCard, type CardLoader } from '../../src/content/card/lazy-card';
import { profileOf } from './fixture-dataset';
import { page } from './dom-page';

const profiles = { get: profileOf, load: async () => undefined, problem: () => 'not loaded', onPageIds: () => new Set<string>() };
const events = { onPointerEnter() {}, onPointerLeave() {}, onClose() {}, onOpenProfile() {} };

/** A loader the test releases by hand, failing the first `failures` times. */
function gatedLoader(failures = 0) {
  const releases: (() => void)[] = [];
  let calls = 0;
  const load: CardLoader = () => {
    const call = calls++;
    return new Promise((resolve, reject) => {
      releases.push(() => (call < failures ? reject(new Error('chunk gone')) : resolve(cardModule)));
    });
  };
  return { load, release: () => releases.shift()!(), calls: () => calls };
}

/** A page with one mention and a card whose code arrives when the test says. */
function setUp(failures = 0) {
  page('<p><b>Scale AI</b></p>');
  const gate = gatedLoader(failures);
  return { gate, card: new LazyCard(document, profiles, events, gate.load) };
}

const shownTitle = () => {
  const host = document.querySelector<HTMLElement>(CARD_TAG);
  if (!host || host.style.getPropertyValue('display') === 'none') return undefined;
  return host.shadowRoot?.querySelector('h2')?.textContent;
};
const mention = () => document.querySelector('b')!;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.restoreAllMocks());

describe('LazyCard', () => {
  it('loads once, and shows the card asked for while loading', async () => {
    const { gate, card } = setUp();
    void card.prepare();
    card.show(mention(), 'scale-ai', undefined);
    void card.prepare();
    expect(gate.calls()).toBe(1);
    expect(shownTitle()).toBeUndefined();
    gate.release();
    await flush();
    expect(shownTitle()).toBe('Scale AI');
    card.destroy();
  });

  it('shows nothing when the card was closed before its code arrived', async () => {
    const { gate, card } = setUp();
    card.show(mention(), 'scale-ai', undefined);
    card.hide();
    gate.release();
    await flush();
    expect(shownTitle()).toBeUndefined();
    expect(card.isShown).toBe(false);
    card.destroy();
  });

  it('leaves no card on a page it was removed from while loading', async () => {
    const { gate, card } = setUp();
    card.show(mention(), 'scale-ai', undefined);
    card.destroy();
    gate.release();
    await flush();
    expect(document.querySelector(CARD_TAG)).toBeNull();
  });

  it('tries again on the next hover when loading failed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { gate, card } = setUp(1);
    card.show(mention(), 'scale-ai', undefined);
    gate.release();
    await flush();
    expect(shownTitle()).toBeUndefined();
    card.show(mention(), 'scale-ai', undefined);
    expect(gate.calls()).toBe(2);
    gate.release();
    await flush();
    expect(shownTitle()).toBe('Scale AI');
    card.destroy();
  });
});
