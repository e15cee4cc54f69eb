// Hosts the hover card in a shadow root on the page: page CSS cannot restyle it, its CSS cannot
// leak out, and destroy() leaves the page as it was.
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { CompanyProfile } from '../core/company-profile';
import themeCss from '../ui/theme.css?inline';
import detailsCss from '../ui/details.css?inline';
import cardCss from './card.css?inline';
import { CardView } from './CardView';
import { CARD_TAG } from './dom-rules';


export interface CardContent {
  profile: CompanyProfile | undefined;
  problem: string;
  onPageIds: ReadonlySet<string>;
}

export interface CardEvents {
  onPointerEnter(): void;
  onPointerLeave(): void;
  onClose(): void;
}

export class CardHost {
  private readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private stopTracking: (() => void) | undefined;

  constructor(
    private readonly doc: Document,
    private readonly events: CardEvents,
  ) {
    this.host = doc.createElement(CARD_TAG);
    // Inline !important beats page rules aimed at the host element itself.
    for (const [property, value] of [
      ['position', 'fixed'], ['top', '0'], ['left', '0'], ['z-index', '2147483647'], ['display', 'none'], ['margin', '0'],
    ] as const) {
      this.host.style.setProperty(property, value, 'important');
    }
    const root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = `${themeCss}\n${detailsCss}\n${cardCss}`;
    this.mount = doc.createElement('div');
    root.append(style, this.mount);
    this.host.addEventListener('pointerenter', () => this.events.onPointerEnter());
    this.host.addEventListener('pointerleave', () => this.events.onPointerLeave());
  }

  get element(): HTMLElement {
    return this.host;
  }

  show(anchor: Element, content: CardContent): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    render(h(CardView, { ...content, onClose: () => this.events.onClose() }), this.mount);
    this.host.style.setProperty('display', 'block', 'important');
    this.host.style.setProperty('visibility', 'hidden', 'important');
    this.stopTracking?.();
    this.stopTracking = autoUpdate(anchor, this.host, () => void this.place(anchor));
  }

  hide(): void {
    this.stopTracking?.();
    this.stopTracking = undefined;
    this.host.style.setProperty('display', 'none', 'important');
    render(null, this.mount);
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }

  private async place(anchor: Element): Promise<void> {
    const { x, y } = await computePosition(anchor, this.host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    this.host.style.setProperty('left', `${x}px`, 'important');
    this.host.style.setProperty('top', `${y}px`, 'important');
    this.host.style.setProperty('visibility', 'visible', 'important');
  }
}
