// The keyboard's place on the page: a highlight has no focus, so the stepped mention gets one ring,
// an element of our own over the range's boxes. It is the only focusable thing Backstory adds (no
// tab stop per mention), it lets the pointer through, and it leaves the page when focus moves on.
import { FOCUS_TAG } from '../marking/dom-rules';
import type { Mention } from '../marking/mention-index';

const RING_CSS = `
:host { all: initial; }
.ring { position: absolute; box-sizing: border-box; border: 2px solid #1f4e8c; border-radius: 3px;
  box-shadow: 0 0 0 2px rgba(255, 255, 255, 0.85); pointer-events: none; }
`;

export class FocusRing {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private shown: Mention | undefined;

  constructor(private readonly doc: Document) {}

  get element(): HTMLElement | undefined {
    return this.host;
  }

  get mention(): Mention | undefined {
    return this.shown;
  }

  get hasFocus(): boolean {
    return this.host !== undefined && this.doc.activeElement === this.host;
  }

  /** Draws the ring around the mention and gives it keyboard focus. */
  show(mention: Mention): void {
    const host = this.hostElement();
    this.shown = mention;
    host.setAttribute('aria-label', `${mention.text}: company mentioned. Enter opens its card in Backstory.`);
    if (!host.isConnected) this.doc.documentElement.append(host);
    this.place();
    host.focus({ preventScroll: true });
  }

  /** Redraws the ring where the mention is now (after a scroll into view, a resize). */
  place(): void {
    const root = this.root;
    const view = this.doc.defaultView;
    if (!root || !view || !this.shown) return;
    const boxes = Array.from(this.shown.range.getClientRects()).map((box) => {
      const ring = this.doc.createElement('div');
      ring.className = 'ring';
      // On the page's coordinates, so the ring scrolls with the text without being moved.
      for (const [property, value] of [['left', box.left + view.scrollX - 3], ['top', box.top + view.scrollY - 2], ['width', box.width + 6], ['height', box.height + 4]] as const) {
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
    host.tabIndex = -1;
    host.setAttribute('role', 'button');
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = RING_CSS;
    root.append(style);
    this.host = host;
    this.root = root;
    return host;
  }
}
