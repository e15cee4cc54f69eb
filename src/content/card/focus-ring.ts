// Drawn over one mention by an element of our own (in its own shadow root, letting the pointer
// through): the keyboard's focus ring (a highlight takes no focus; it is the only focusable thing
// Backstory adds, no tab stop per mention), and, in "hidden until hover", the hovered mention's
// underline (a highlight changed at every hover would make the browser rebuild every mark).
import { FOCUS_TAG } from '../marking/dom-rules';
import type { Mention } from '../marking/mention-index';

const RING_CSS = `
:host { all: initial; }
.ring { position: absolute; box-sizing: border-box; border: 2px solid #1f4e8c; border-radius: 3px;
  box-shadow: 0 0 0 2px rgba(255, 255, 255, 0.85); pointer-events: none; }
.underline { position: absolute; box-sizing: border-box; border-bottom: 1px solid rgba(31, 78, 140, 0.9); pointer-events: none; }
`;

export type OverlayLook = 'ring' | 'underline';

export class FocusRing {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private shown: Mention | undefined;

  constructor(
    private readonly doc: Document,
    private readonly look: OverlayLook = 'ring',
  ) {}

  get element(): HTMLElement | undefined {
    return this.host;
  }

  get mention(): Mention | undefined {
    return this.shown;
  }

  get hasFocus(): boolean {
    return this.host !== undefined && this.doc.activeElement === this.host;
  }

  /** Draws over the mention; the ring also takes keyboard focus. */
  show(mention: Mention): void {
    if (this.shown === mention && this.host?.isConnected) return;
    const host = this.hostElement();
    this.shown = mention;
    if (this.look === 'ring') host.setAttribute('aria-label', `${mention.text}: company mentioned. Enter opens its card in Backstory.`);
    if (!host.isConnected) this.doc.documentElement.append(host);
    this.place();
    if (this.look === 'ring') host.focus({ preventScroll: true });
  }

  /** Redraws the ring where the mention is now (after a scroll into view, a resize). */
  place(): void {
    const root = this.root;
    const view = this.doc.defaultView;
    if (!root || !view || !this.shown) return;
    const [padX, padY] = this.look === 'ring' ? [3, 2] : [0, 0];
    const boxes = Array.from(this.shown.range.getClientRects()).map((box) => {
      const ring = this.doc.createElement('div');
      ring.className = this.look;
      // On the page's coordinates, so the ring scrolls with the text without being moved.
      for (const [property, value] of [['left', box.left + view.scrollX - padX], ['top', box.top + view.scrollY - padY], ['width', box.width + 2 * padX], ['height', box.height + 2 * padY]] as const) {
        ring.style.setProperty(property, `${value}px`);
      }
      return ring;
    });
    root.replaceChildren(root.firstChild!, ...boxes);
  }

  focus(): void {
    this.host?.focus({ preventScroll: true });
  }

  hide(): void {
    this.shown = undefined;
    this.host?.remove();
  }

  private hostElement(): HTMLElement {
    if (this.host) return this.host;
    const host = this.doc.createElement(FOCUS_TAG);
    for (const [property, value] of [
      ['position', 'absolute'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'], ['margin', '0'],
      ['z-index', '2147483646'], ['outline', 'none'], ['display', 'block'], ['overflow', 'visible'],
    ] as const) {
      host.style.setProperty(property, value, 'important');
    }
    if (this.look === 'ring') {
      host.tabIndex = -1;
      host.setAttribute('role', 'button');
    } else {
      host.setAttribute('aria-hidden', 'true');
      host.style.setProperty('pointer-events', 'none', 'important');
    }
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = RING_CSS;
    root.append(style);
    this.host = host;
    this.root = root;
    return host;
  }
}
