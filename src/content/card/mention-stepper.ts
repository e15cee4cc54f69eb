// Keyboard access to mentions without a tab stop for each: a command focuses the next or previous
// mention (made focusable only while it has focus) and opens its card; Enter moves focus into the
// card; leaving the mention closes the card; closing the card from inside returns focus here.

export interface StepperEffects {
  open(mark: Element): void;
  focusCard(): void;
  closeCard(): void;
  isInCard(target: EventTarget | null): boolean;
}

export class MentionStepper {
  private current: HTMLElement | undefined;
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target === this.current) {
      event.preventDefault(); // a mention inside a link: Enter opens the card, not the link
      event.stopPropagation();
      this.effects.focusCard();
    }
  };
  private readonly onFocusout = (event: FocusEvent) => {
    if (event.target !== this.current || this.effects.isInCard(event.relatedTarget)) return;
    // The reader moved on: the card goes, and the mention stops being focusable.
    this.release();
    this.effects.closeCard();
  };

  constructor(
    private readonly doc: Document,
    private readonly selector: string,
    private readonly effects: StepperEffects,
  ) {}

  attach(): void {
    this.doc.addEventListener('keydown', this.onKeydown, true);
    this.doc.addEventListener('focusout', this.onFocusout, true);
  }

  detach(): void {
    this.doc.removeEventListener('keydown', this.onKeydown, true);
    this.doc.removeEventListener('focusout', this.onFocusout, true);
    this.release();
  }

  /** Moves to the next or previous mention; false when the page has none. */
  step(direction: 'next' | 'previous'): boolean {
    const marks = [...this.doc.querySelectorAll<HTMLElement>(this.selector)].filter((mark) => mark.getClientRects().length > 0);
    if (marks.length === 0) return false;
    const at = this.current ? marks.indexOf(this.current) : -1;
    const index = at >= 0 ? (at + (direction === 'next' ? 1 : -1) + marks.length) % marks.length : this.firstInView(marks, direction);
    const mark = marks[index]!;
    this.release();
    this.current = mark;
    mark.setAttribute('tabindex', '-1');
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.effects.open(mark);
    return true;
  }

  /** Focus back on the stepped mention, after its card closed with focus inside. */
  returnFocus(): void {
    this.current?.focus({ preventScroll: true });
  }

  /** From where the reader is looking: the first mention in view (or the last one, going back). */
  private firstInView(marks: HTMLElement[], direction: 'next' | 'previous'): number {
    const height = this.doc.defaultView?.innerHeight ?? 0;
    const inView = marks.findIndex((mark) => {
      const { top, bottom } = mark.getBoundingClientRect();
      return bottom > 0 && top < height;
    });
    if (inView < 0) return direction === 'next' ? 0 : marks.length - 1;
    return inView;
  }

  /** The mention is no longer focusable once the reader is done with it. */
  private release(): void {
    this.current?.removeAttribute('tabindex');
    this.current = undefined;
  }
}
