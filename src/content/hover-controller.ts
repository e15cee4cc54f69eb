// Connects pointer and keyboard events on the page to the hover state machine and the card.
import type { CompanyProfile } from '../core/company-profile';
import { HoverMachine } from '../core/hover-machine';
import { COMPANY_ATTRIBUTE, MARK_TAG } from './dom-rules';
import { CardHost } from './card-host';

export interface CardData {
  profile(companyId: string): CompanyProfile | undefined;
  onPageIds(): ReadonlySet<string>;
  /** Why a profile is missing, in words for the reader. */
  problem(): string;
}

const browserTimers = {
  set: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The mark an event happened on, also inside an open shadow root (where the target is retargeted to its host). */
function markOf(event: Event): Element | null {
  const target = event.composedPath()[0] ?? event.target;
  return target instanceof Element ? target.closest(`${MARK_TAG}[${COMPANY_ATTRIBUTE}]`) : null;
}

export class HoverController {
  private readonly card: CardHost;
  private readonly machine: HoverMachine<Element>;
  private readonly listeners: [EventTarget, string, EventListener][] = [];

  constructor(
    private readonly doc: Document,
    private readonly data: CardData,
  ) {
    this.card = new CardHost(doc, {
      onPointerEnter: () => this.machine.enterCard(),
      onPointerLeave: () => this.machine.leaveCard(),
      onClose: () => this.machine.dismiss(),
    });
    this.machine = new HoverMachine<Element>(
      {
        open: (mark) => {
          const id = mark.getAttribute(COMPANY_ATTRIBUTE) ?? '';
          this.card.show(mark, { profile: this.data.profile(id), problem: this.data.problem(), onPageIds: this.data.onPageIds() });
        },
        close: () => this.card.hide(),
      },
      browserTimers,
    );
  }

  attach(): void {
    const win = this.doc.defaultView!;
    this.listen(this.doc, 'pointerover', (event) => {
      const mark = markOf(event);
      if (mark) this.machine.enterMention(mark);
    });
    this.listen(this.doc, 'pointerout', (event) => {
      const mark = markOf(event);
      if (mark && !mark.contains((event as PointerEvent).relatedTarget as Node | null)) this.machine.leaveMention();
    });
    // Capture, so a page that stops Escape from bubbling cannot keep the card open.
    this.listen(win, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') this.machine.dismiss();
    });
    // A card must not open under a pointer that is only being scrolled past.
    this.listen(win, 'scroll', () => {
      if (this.machine.state.name === 'pending') this.machine.dismiss();
    });
  }

  detach(): void {
    for (const [target, type, listener] of this.listeners) target.removeEventListener(type, listener, true);
    this.listeners.length = 0;
    this.machine.dismiss();
    this.card.destroy();
  }

  private listen(target: EventTarget, type: string, listener: EventListener): void {
    target.addEventListener(type, listener, true);
    this.listeners.push([target, type, listener]);
  }
}
