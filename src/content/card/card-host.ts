// Hosts the hover card in a shadow root on the page: page CSS cannot restyle it, its CSS cannot
// leak out; it is on the page only while it is shown, and destroy() leaves the page as it was.
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import themeCss from '../../ui/theme.css?inline';
import detailsCss from '../../ui/details.css?inline';
import cardCss from './card.css?inline';
import { CardView } from './CardView';
import { CARD_TAG } from '../marking/dom-rules';
import type { Card, CardAnchor, CardEvents, CardProfiles, Point } from './card';

/**
 * User Timing names, so a benchmark can read how long a card takes: `ready` when it is rendered and
 * placed (our work), `shown` at the frame that paints it (plus the wait for that frame).
 */
export const CARD_TIMING = { ready: 'backstory:card-ready', shown: 'backstory:card-shown' } as const;

export class CardHost implements Card {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly mount: HTMLElement;
  private stopTracking: (() => void) | undefined;
  /** When the card for the current company was asked for, until it is first on screen. */
  private openedAt: number | undefined;

  constructor(
    private readonly doc: Document,
    private readonly profiles: CardProfiles,
    private readonly events: CardEvents,
  ) {
    this.host = doc.createElement(CARD_TAG);
    // Inline !important beats page rules aimed at the host element itself.
    for (const [property, value] of [
      ['position', 'fixed'], ['top', '0'], ['left', '0'], ['z-index', '2147483647'], ['display', 'none'], ['margin', '0'],
    ] as const) {
      this.host.style.setProperty(property, value, 'important');
    }
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = `${themeCss}\n${detailsCss}\n${cardCss}`;
    this.mount = doc.createElement('div');
    this.root.append(style, this.mount);
    this.host.addEventListener('pointerenter', () => this.events.onPointerEnter());
    this.host.addEventListener('pointerleave', () => this.events.onPointerLeave());
  }

  get isShown(): boolean {
    return this.host.isConnected && this.host.style.getPropertyValue('display') !== 'none';
  }

  /** Whether keyboard focus is inside the card. */
  get hasFocus(): boolean {
    // Focus inside a shadow root shows on the document as the host.
    return this.doc.activeElement === this.host;
  }

  show(anchor: CardAnchor, companyId: string, point: Point | undefined, askedAt = performance.now()): void {
    this.openedAt = askedAt;
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    render(null, this.mount); // a new company starts a new trail
    render(
      h(CardView, {
        companyId,
        profiles: this.profiles,
        locale: this.doc.defaultView?.navigator.language,
        onClose: () => this.events.onClose(),
        onOpenProfile: (id: string) => this.events.onOpenProfile(id),
      }),
      this.mount,
    );
    this.host.style.setProperty('display', 'block', 'important');
    this.host.style.setProperty('visibility', 'hidden', 'important');
    this.stopTracking?.();
    this.stopTracking = autoUpdate(anchor, this.host, () => void this.place(anchor, point));
  }

  /** Whether an event target is the card or inside it (retargeted or not). */
  contains(target: EventTarget | null): boolean {
    return target instanceof Node && (this.host.contains(target) || target.getRootNode() === this.root);
  }

  /** Moves keyboard focus into the card, when the reader asks for it. */
  focus(): void {
    this.root.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }

  hide(): void {
    this.stopTracking?.();
    this.stopTracking = undefined;
    this.host.style.setProperty('display', 'none', 'important');
    render(null, this.mount);
    this.host.remove();
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }

  private async place(anchor: CardAnchor, point: Point | undefined): Promise<void> {
    const { x, y } = await computePosition(anchor, this.host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(point),
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // Never taller than the room left: the card scrolls inside instead of leaving the window.
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            this.host.style.setProperty('--bs-available-height', `${Math.max(120, Math.floor(availableHeight))}px`);
          },
        }),
      ],
    });
    this.host.style.setProperty('left', `${x}px`, 'important');
    this.host.style.setProperty('top', `${y}px`, 'important');
    this.host.style.setProperty('visibility', 'visible', 'important');
    const start = this.openedAt;
    if (start !== undefined) {
      this.openedAt = undefined;
      // A benchmark reads these entries (see bench/card.ts).
      performance.measure(CARD_TIMING.ready, { start });
      requestAnimationFrame(() => performance.measure(CARD_TIMING.shown, { start }));
    }
  }
}
