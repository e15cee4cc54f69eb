// Keyboard access to mentions without a tab stop for each: a command puts the focus ring on the
// next or previous mention and opens its card; Enter moves focus into the card; leaving the ring
// closes the card; closing the card from inside returns focus to the ring.
import { scrollToCentre } from '../marking/reveal';
import { hasBoxes, type Mention, type MentionIndex } from '../marking/mention-index';
import { FocusRing } from './focus-ring';

export interface StepperEffects {
  open(mention: Mention): void;
  focusCard(): void;
  closeCard(): void;
  isInCard(target: EventTarget | null): boolean;
}

export class MentionStepper {
  private readonly ring: FocusRing;
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && this.isRing(event.target)) {
      event.preventDefault();
      event.stopPropagation();
      this.effects.focusCard();
    }
  };
  private readonly onFocusout = (event: FocusEvent) => {
    if (!this.isRing(event.target) || this.effects.isInCard(event.relatedTarget)) return;
    // The reader moved on: the card goes, and so does the ring.
    this.release();
    this.effects.closeCard();
  };
  private readonly onResize = () => this.ring.place();

  constructor(
    private readonly doc: Document,
    private readonly mentions: MentionIndex,
    private readonly effects: StepperEffects,
  ) {
    this.ring = new FocusRing(doc);
  }

  attach(signal: AbortSignal): void {
    this.doc.addEventListener('keydown', this.onKeydown, { capture: true, signal });
    this.doc.addEventListener('focusout', this.onFocusout, { capture: true, signal });
    this.doc.defaultView?.addEventListener('resize', this.onResize, { signal });
    signal.addEventListener('abort', () => this.release(), { once: true });
  }

  /** The stepped mention, while the ring is on it. */
  get current(): Mention | undefined {
    return this.ring.mention;
  }

  /** Whether an event target is the ring. */
  isRing(target: EventTarget | null): boolean {
    return target !== null && target === this.ring.element;
  }

  /** Moves to the next or previous mention; false when the page has none. */
  step(direction: 'next' | 'previous'): boolean {
    const visible = this.mentions.inDocumentOrder().filter(hasBoxes);
    if (visible.length === 0) return false;
    const current = this.ring.mention;
    const at = current ? visible.indexOf(current) : -1;
    const index = at >= 0 ? (at + (direction === 'next' ? 1 : -1) + visible.length) % visible.length : this.firstInView(visible, direction);
    const mention = visible[index]!;
    if (!inView(mention)) scrollToCentre(mention, 'auto');
    this.ring.show(mention);
    this.effects.open(mention);
    return true;
  }

  /** Focus back on the ring, after its card closed with focus inside. */
  returnFocus(): void {
    this.ring.focus();
  }

  /** From where the reader is looking: the first mention in view (or the last one, going back). */
  private firstInView(mentions: Mention[], direction: 'next' | 'previous'): number {
    const index = mentions.findIndex(inView);
    if (index < 0) return direction === 'next' ? 0 : mentions.length - 1;
    return index;
  }

  private release(): void {
    this.ring.hide();
  }
}

function inView(mention: Mention): boolean {
  const { top, bottom } = mention.range.getBoundingClientRect();
  const height = mention.nodes[0]?.ownerDocument.defaultView?.innerHeight ?? 0;
  return bottom > 0 && top < height;
}
