// @vitest-environment happy-dom
// The hover card on a page, driven by pointer, touch and keyboard events, with a controlled clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompanyProfile } from '../../src/core/display/company-profile';
import * as cardModule from '../../src/content/card/card-host';
import { HoverController } from '../../src/content/card/hover-controller';
import { CARD_TAG } from '../../src/content/marking/dom-rules';
import { profileOf } from './fixture-dataset';
import { page } from './dom-page';

const INTENT = 400;

let controller: HoverController;
let onPage: Map<string, CompanyProfile>;
let load: ReturnType<typeof vi.fn<(id: string) => Promise<CompanyProfile | undefined>>>;
let openedProfiles: string[];

beforeEach(() => {
  vi.useFakeTimers();
  page(`
    <button id="before">before</button>
    <p>Deal: <backstory-mark data-backstory-company="scale-ai">Scale AI</backstory-mark> and
    <backstory-mark data-backstory-company="google">Google</backstory-mark>, see
    <a href="#story"><backstory-mark data-backstory-company="meta">Meta</backstory-mark></a>.</p>
    <button id="after">after</button>`);
  onPage = new Map(['scale-ai', 'google', 'meta'].map((id) => [id, profileOf(id)]));
  load = vi.fn(async (id: string) => (id === 'openai' ? profileOf('openai') : undefined));
  openedProfiles = [];
  controller = new HoverController(
    document,
    { get: (id) => onPage.get(id), load, problem: () => 'not loaded', onPageIds: () => new Set(onPage.keys()) },
    { intentDelay: INTENT, openProfile: (id) => openedProfiles.push(id), loadCard: () => Promise.resolve(cardModule) },
  );
  controller.attach();
});

afterEach(() => {
  controller.detach();
  vi.useRealTimers();
});

const mark = (id: string) => document.querySelector<HTMLElement>(`[data-backstory-company="${id}"]`)!;
const host = () => document.querySelector<HTMLElement>(CARD_TAG);
const shadow = () => host()?.shadowRoot ?? null;
const cardShown = () => host() !== null && host()!.style.getPropertyValue('display') !== 'none';
const cardTitle = () => (cardShown() ? (shadow()?.querySelector('h2')?.textContent ?? shadow()?.querySelector('.bs-message')?.textContent) : undefined);

function pointer(type: string, target: Element, x: number, y: number, pointerType = 'mouse'): void {
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerType }));
}

/** The pointer arrives on a mention at (x, y), as a real move does: over, then move. */
function moveOnto(target: Element, x: number, y: number): void {
  pointer('pointerover', target, x, y);
  pointer('pointermove', target, x, y);
}

async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

describe('hovering a mention', () => {
  it('opens the card after the intent delay and not before', async () => {
    moveOnto(mark('scale-ai'), 10, 10);
    await vi.advanceTimersByTimeAsync(INTENT - 1);
    expect(cardShown()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(cardTitle()).toBe('Scale AI');
    const sections = Array.from(shadow()!.querySelectorAll('h3')).map((h) => h.textContent);
    expect(sections[0]).toBe('On this page');
  });

  it('ignores a mention that came under a pointer that did not move, until it moves', async () => {
    pointer('pointermove', document.body, 50, 50);
    // The page scrolled: the mention arrives under the still pointer.
    pointer('pointerover', mark('google'), 50, 50);
    pointer('pointermove', mark('google'), 50, 50);
    await vi.advanceTimersByTimeAsync(10 * INTENT);
    expect(cardShown()).toBe(false);
    pointer('pointermove', mark('google'), 51, 50);
    await vi.advanceTimersByTimeAsync(INTENT);
    expect(cardTitle()).toBe('Google');
  });

  it('closes at once on Escape', async () => {
    moveOnto(mark('scale-ai'), 10, 10);
    await vi.advanceTimersByTimeAsync(INTENT);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardShown()).toBe(false);
  });

  it('follows a change of the hover delay', async () => {
    controller.setIntentDelay(1000);
    moveOnto(mark('scale-ai'), 10, 10);
    await vi.advanceTimersByTimeAsync(INTENT);
    expect(cardShown()).toBe(false);
    await vi.advanceTimersByTimeAsync(1000 - INTENT);
    expect(cardShown()).toBe(true);
  });
});

describe('inside the card', () => {
  async function openScaleAi(): Promise<void> {
    moveOnto(mark('scale-ai'), 10, 10);
    await vi.advanceTimersByTimeAsync(INTENT);
  }

  const button = (text: string) =>
    Array.from(shadow()!.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.includes(text));

  it('moves to a counterpart on the page and back', async () => {
    await openScaleAi();
    button('Meta')!.click();
    await settle();
    expect(cardTitle()).toBe('Meta');
    expect(load).not.toHaveBeenCalled();
    button('Back to Scale AI')!.click();
    await settle();
    expect(cardTitle()).toBe('Scale AI');
    expect(button('Back to')).toBeUndefined();
  });

  it('loads a counterpart that is not on the page, and says when one cannot be found', async () => {
    await openScaleAi();
    button('OpenAI')!.click();
    await settle();
    expect(load).toHaveBeenCalledWith('openai');
    expect(cardTitle()).toBe('OpenAI');
    button('Back to Scale AI')!.click();
    await settle();
    onPage.delete('meta');
    button('Meta')!.click();
    await settle();
    expect(cardTitle()).toBe('Backstory has no details for this company.');
  });

  it('opens the full profile from "more"', async () => {
    const profile = onPage.get('scale-ai')!;
    for (let year = 2010; year < 2020; year++) profile.relations.push({ ...profile.relations[0]!, id: `extra-${year}`, announced: String(year) });
    await openScaleAi();
    button('more relations')!.click();
    expect(openedProfiles).toEqual(['scale-ai']);
  });
});

describe('touch', () => {
  it('opens on a tap at once and closes on a tap elsewhere', async () => {
    pointer('pointerdown', mark('google'), 5, 5, 'touch');
    pointer('pointerup', mark('google'), 5, 5, 'touch');
    // The first card waits for its code (loaded from the tap's start): a few microtasks here.
    await settle();
    expect(cardTitle()).toBe('Google');
    pointer('pointerdown', document.querySelector('#after')!, 5, 5, 'touch');
    expect(cardShown()).toBe(false);
  });

  it('leaves a mention inside a link to the link', () => {
    pointer('pointerup', mark('meta'), 5, 5, 'touch');
    expect(cardShown()).toBe(false);
  });

  it('does not treat touch as hover', async () => {
    pointer('pointerover', mark('google'), 5, 5, 'touch');
    await vi.advanceTimersByTimeAsync(10 * INTENT);
    expect(cardShown()).toBe(false);
  });
});

describe('keyboard stepping', () => {
  it('focuses the mentions in turn, each focusable only while focused, and opens their cards', async () => {
    expect(controller.step('next')).toBe(true);
    expect(document.activeElement).toBe(mark('scale-ai'));
    expect(mark('scale-ai').getAttribute('tabindex')).toBe('-1');
    await settle();
    expect(cardTitle()).toBe('Scale AI');
    controller.step('next');
    expect(document.activeElement).toBe(mark('google'));
    expect(mark('scale-ai').hasAttribute('tabindex')).toBe(false);
    expect(cardTitle()).toBe('Google');
    controller.step('previous');
    controller.step('previous');
    expect(document.activeElement).toBe(mark('meta')); // wraps around
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(1);
  });

  it('moves focus into the card on Enter only, and back to the mention on Escape', async () => {
    controller.step('next');
    await settle();
    expect(document.activeElement).toBe(mark('scale-ai'));
    const dialog = shadow()!.querySelector<HTMLElement>('[role="dialog"]')!;
    const focused = vi.fn();
    dialog.addEventListener('focus', focused);
    mark('scale-ai').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(focused).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(host());
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(cardShown()).toBe(false);
    expect(document.activeElement).toBe(mark('scale-ai'));
  });

  it('closes the card when focus moves on, and the mention is no longer focusable', () => {
    controller.step('next');
    document.querySelector<HTMLElement>('#after')!.focus();
    expect(cardShown()).toBe(false);
    expect(mark('scale-ai').hasAttribute('tabindex')).toBe(false);
  });

  it('says when there is nothing to step through', () => {
    controller.detach();
    page('<p>No companies here.</p>');
    controller.attach();
    expect(controller.step('next')).toBe(false);
  });

  it('leaves the page as it was when detached', () => {
    controller.step('next');
    controller.detach();
    expect(host()).toBeNull();
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(0);
    controller.attach();
  });
});
