// @vitest-environment happy-dom
// The hover card on a page, driven by pointer, touch and keyboard events, with a controlled clock
// and frames. Mentions are ranges: where each lies on screen is set by the test's hit tester.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompanyProfile } from '../../src/core/display/company-profile';
import * as cardModule from '../../src/content/card/card-host';
import type { Frames } from '../../src/content/card/hover-controller';
import { HoverController } from '../../src/content/card/hover-controller';
import type { HitTester } from '../../src/content/card/hit-test';
import type { Mention } from '../../src/content/marking/mention-index';
import { CARD_TAG, FOCUS_TAG } from '../../src/content/marking/dom-rules';
import { profileOf } from './fixture-dataset';
import { annotateAll, mentions, page } from './dom-page';

const INTENT = 400;

let controller: HoverController;
let onPage: Map<string, CompanyProfile>;
let load: ReturnType<typeof vi.fn<(id: string) => Promise<CompanyProfile | undefined>>>;
let openedProfiles: string[];
/** Where each mention is on the test's screen: one point each. */
let screen: Map<string, Mention>;
let hitTests: number;
let frames: { queue: (() => void)[]; flush(): void } & Frames;

const hitTester: HitTester = {
  at: (x, y) => {
    hitTests++;
    return screen.get(`${x},${y}`);
  },
};

function setUp(markup: string): void {
  page(markup);
  annotateAll([
    { text: 'Scale AI', companyId: 'scale-ai', caseSensitive: true },
    { text: 'Google', companyId: 'google', caseSensitive: true },
    { text: 'Meta', companyId: 'meta', caseSensitive: true },
  ]);
  const [scale, google, meta] = mentions.inDocumentOrder();
  screen = new Map([['10,10', scale!], ['50,50', google!], ['51,50', google!], ['5,5', meta!]].filter(([, m]) => m) as [string, Mention][]);
  controller = new HoverController(
    document,
    mentions,
    { get: (id) => onPage.get(id), load, problem: () => 'not loaded', onPageIds: () => new Set(onPage.keys()) },
    { intentDelay: INTENT, openProfile: (id) => openedProfiles.push(id), loadCard: () => Promise.resolve(cardModule), hitTester, frames },
  );
  controller.attach();
}

beforeEach(() => {
  vi.useFakeTimers();
  hitTests = 0;
  frames = {
    queue: [],
    request(callback) {
      this.queue.push(callback);
      return this.queue.length;
    },
    cancel() {
      this.queue.length = 0;
    },
    flush() {
      const due = this.queue.splice(0);
      for (const callback of due) callback();
    },
  };
  onPage = new Map(['scale-ai', 'google', 'meta'].map((id) => [id, profileOf(id)]));
  load = vi.fn(async (id: string) => (id === 'openai' ? profileOf('openai') : undefined));
  openedProfiles = [];
  // Mentions have no boxes in happy-dom: the stepper would find none visible; give them one.
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList);
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(() => new DOMRect(0, 0, 10, 10));
  setUp(`
    <button id="before">before</button>
    <p>Deal: Scale AI and Google, see <a href="#story">Meta</a>.</p>
    <button id="after">after</button>`);
});

afterEach(() => {
  controller.detach();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const host = () => document.querySelector<HTMLElement>(CARD_TAG);
const ring = () => document.querySelector<HTMLElement>(FOCUS_TAG);
const shadow = () => host()?.shadowRoot ?? null;
const cardShown = () => host() !== null && host()!.style.getPropertyValue('display') !== 'none';
const cardTitle = () => (cardShown() ? (shadow()?.querySelector('h2')?.textContent ?? shadow()?.querySelector('.bs-message')?.textContent) : undefined);

function pointer(type: string, x: number, y: number, pointerType = 'mouse', target: EventTarget = document.body, relatedTarget: EventTarget | null = document.body): void {
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerType, relatedTarget }));
}

/** The pointer moves to (x, y), and a frame passes. */
function moveTo(x: number, y: number): void {
  pointer('pointermove', x, y);
  frames.flush();
}

async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

describe('hovering a mention', () => {
  it('opens the card after the intent delay and not before', async () => {
    moveTo(10, 10);
    await vi.advanceTimersByTimeAsync(INTENT - 1);
    expect(cardShown()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(cardTitle()).toBe('Scale AI');
    const sections = Array.from(shadow()!.querySelectorAll('h3')).map((h) => h.textContent);
    expect(sections[0]).toBe('On this page');
  });

  it('hit-tests at most once a frame, for the latest position', async () => {
    for (let x = 0; x < 10; x++) pointer('pointermove', x, 10);
    pointer('pointermove', 10, 10);
    expect(hitTests).toBe(0);
    frames.flush();
    expect(hitTests).toBe(1);
    await vi.advanceTimersByTimeAsync(INTENT);
    expect(cardTitle()).toBe('Scale AI');
  });

  it('closes after the grace period once the pointer leaves the mention, and keeps it while it comes back', async () => {
    moveTo(10, 10);
    await vi.advanceTimersByTimeAsync(INTENT);
    moveTo(100, 100);
    await vi.advanceTimersByTimeAsync(100);
    expect(cardShown()).toBe(true);
    moveTo(10, 10);
    await vi.advanceTimersByTimeAsync(1000);
    expect(cardTitle()).toBe('Scale AI');
    moveTo(100, 100);
    await vi.advanceTimersByTimeAsync(1000);
    expect(cardShown()).toBe(false);
  });

  it('underlines the hovered mention with an element of its own only in "hidden until hover"', () => {
    const underline = () => document.querySelector(`${FOCUS_TAG}[aria-hidden="true"]`);
    moveTo(10, 10);
    expect(underline()).toBeNull();
    moveTo(100, 100);
    controller.setShowHovered(true);
    moveTo(10, 10);
    expect(underline()?.shadowRoot?.querySelectorAll('.underline')).toHaveLength(1);
    moveTo(100, 100);
    expect(underline()).toBeNull();
  });

  it('ignores a mention that came under a pointer that did not move, until it moves', async () => {
    const google = screen.get('50,50')!;
    screen.delete('50,50');
    moveTo(50, 50);
    // The page scrolled: the mention arrives under the still pointer, and events come at the same place.
    screen.set('50,50', google);
    moveTo(50, 50);
    await vi.advanceTimersByTimeAsync(10 * INTENT);
    expect(cardShown()).toBe(false);
    moveTo(51, 50);
    await vi.advanceTimersByTimeAsync(INTENT);
    expect(cardTitle()).toBe('Google');
  });

  it('does not open for a pointer that is only scrolled past', async () => {
    moveTo(10, 10);
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(10 * INTENT);
    expect(cardShown()).toBe(false);
  });

  it('closes at once on Escape', async () => {
    moveTo(10, 10);
    await vi.advanceTimersByTimeAsync(INTENT);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardShown()).toBe(false);
  });

  it('follows a change of the hover delay', async () => {
    controller.setIntentDelay(1000);
    moveTo(10, 10);
    await vi.advanceTimersByTimeAsync(INTENT);
    expect(cardShown()).toBe(false);
    await vi.advanceTimersByTimeAsync(1000 - INTENT);
    expect(cardShown()).toBe(true);
  });

  it('treats the pointer leaving the window as leaving the mention', async () => {
    moveTo(10, 10);
    pointer('pointerout', 10, 10, 'mouse', document.body, null);
    await vi.advanceTimersByTimeAsync(10 * INTENT);
    expect(cardShown()).toBe(false);
  });
});

describe('inside the card', () => {
  async function openScaleAi(): Promise<void> {
    moveTo(10, 10);
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

  it('is on the page only while it is shown', async () => {
    await openScaleAi();
    expect(host()?.isConnected).toBe(true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host()).toBeNull();
  });
});

describe('touch', () => {
  it('opens on a tap at once and closes on a tap elsewhere', async () => {
    pointer('pointerdown', 50, 50, 'touch');
    pointer('pointerup', 50, 50, 'touch');
    // The first card waits for its code (loaded from the tap's start): a few microtasks here.
    await settle();
    expect(cardTitle()).toBe('Google');
    pointer('pointerdown', 100, 100, 'touch');
    expect(cardShown()).toBe(false);
  });

  it('leaves a mention inside a link to the link', async () => {
    pointer('pointerup', 5, 5, 'touch');
    await settle();
    expect(cardShown()).toBe(false);
  });

  it('does not treat touch as hover', async () => {
    pointer('pointermove', 50, 50, 'touch');
    frames.flush();
    await vi.advanceTimersByTimeAsync(10 * INTENT);
    expect(cardShown()).toBe(false);
    expect(hitTests).toBe(0);
  });
});

describe('keyboard stepping', () => {
  it('moves one focus ring through the mentions in turn, and opens their cards', async () => {
    expect(controller.step('next')).toBe(true);
    expect(document.activeElement).toBe(ring());
    expect(ring()!.getAttribute('aria-label')).toContain('Scale AI');
    await settle();
    expect(cardTitle()).toBe('Scale AI');
    controller.step('next');
    expect(ring()!.getAttribute('aria-label')).toContain('Google');
    expect(cardTitle()).toBe('Google');
    controller.step('previous');
    controller.step('previous');
    expect(ring()!.getAttribute('aria-label')).toContain('Meta'); // wraps around
    expect(document.querySelectorAll(FOCUS_TAG)).toHaveLength(1);
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(1);
  });

  it('moves focus into the card on Enter only, and back to the ring on Escape', async () => {
    controller.step('next');
    await settle();
    const dialog = shadow()!.querySelector<HTMLElement>('[role="dialog"]')!;
    const focused = vi.fn();
    dialog.addEventListener('focus', focused);
    ring()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(focused).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(host());
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(cardShown()).toBe(false);
    expect(document.activeElement).toBe(ring());
  });

  it('closes the card and takes the ring away when focus moves on', () => {
    controller.step('next');
    document.querySelector<HTMLElement>('#after')!.focus();
    expect(cardShown()).toBe(false);
    expect(ring()).toBeNull();
  });

  it('says when there is nothing to step through', () => {
    controller.detach();
    setUp('<p>No companies here.</p>');
    expect(controller.step('next')).toBe(false);
  });

  it('leaves the page as it was when detached', () => {
    const before = new XMLSerializer().serializeToString(document.documentElement);
    controller.step('next');
    controller.detach();
    expect(host()).toBeNull();
    expect(ring()).toBeNull();
    expect(new XMLSerializer().serializeToString(document.documentElement)).toBe(before);
    controller.attach();
  });
});
