// Connects pointer, touch and keyboard input on the page to the hover state machine and the card.
import { HoverMachine, HOVER_DELAYS } from '../../core/display/hover-machine';
import { COMPANY_ATTRIBUTE, MARK_TAG, MENTION_SELECTOR } from '../marking/dom-rules';
import type { Point } from './card-host';
import type { CardProfiles } from './CardView';
import { type CardLoader, LazyCard } from './lazy-card';
import { MentionStepper } from './mention-stepper';

export interface HoverOptions {
  intentDelay: number;
  openProfile(companyId: string): void;
  /** How the card's code is loaded: from the extension's package, or directly in tests. */
  loadCard: CardLoader;
}

const MARK_SELECTOR = `${MARK_TAG}[${COMPANY_ATTRIBUTE}]`;

const browserTimers = {
  set: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The mark an event happened on, also inside an open shadow root (where the target is retargeted to its host). */
function markOf(event: Event): Element | null {
  const target = event.composedPath()[0] ?? event.target;
  return target instanceof Element ? target.closest(MARK_SELECTOR) : null;
}

export class HoverController {
  private readonly card: LazyCard;
  private readonly machine: HoverMachine<Element>;
  private readonly stepper: MentionStepper;
  private readonly listeners: [EventTarget, string, EventListener][] = [];
  /** Where the pointer last really moved: events at the same place come from content moving under it. */
  private lastPoint: Point | undefined;
  /** Where the card opens from, for a mention that wraps over two lines. */
  private openPoint: Point | undefined;

  constructor(
    private readonly doc: Document,
    profiles: CardProfiles,
    private readonly options: HoverOptions,
  ) {
    this.card = new LazyCard(doc, profiles, {
      onPointerEnter: () => this.machine.enterCard(),
      onPointerLeave: () => this.machine.leaveCard(),
      onClose: () => this.machine.dismiss(),
      onOpenProfile: (id) => this.options.openProfile(id),
    }, options.loadCard);
    this.machine = new HoverMachine<Element>(
      {
        open: (mark) => this.card.show(mark, mark.getAttribute(COMPANY_ATTRIBUTE) ?? '', this.openPoint),
        close: () => this.closeCard(),
      },
      browserTimers,
      { ...HOVER_DELAYS, intent: options.intentDelay },
    );
    this.stepper = new MentionStepper(doc, MENTION_SELECTOR, {
      open: (mark) => {
        this.openPoint = undefined;
        this.machine.openNow(mark);
      },
      focusCard: () => this.card.focus(),
      closeCard: () => this.machine.dismiss(),
      isInCard: (target) => this.card.contains(target),
    });
  }

  attach(): void {
    const win = this.doc.defaultView!;
    this.listen(this.doc, 'pointerover', (event) => {
      const pointer = event as PointerEvent;
      if (pointer.pointerType === 'touch' || !this.pointerMoved(pointer)) return;
      const mark = markOf(event);
      if (mark) this.rest(mark, pointer);
    });
    this.listen(this.doc, 'pointermove', (event) => {
      const pointer = event as PointerEvent;
      if (pointer.pointerType === 'touch' || !this.pointerMoved(pointer)) return;
      // A mention that came under a still pointer (the page scrolled) counts once the pointer moves.
      const mark = markOf(event);
      const state = this.machine.state;
      if (mark && !(state.name !== 'idle' && state.target === mark)) this.rest(mark, pointer);
    });
    this.listen(this.doc, 'pointerout', (event) => {
      const pointer = event as PointerEvent;
      if (pointer.pointerType === 'touch') return;
      const mark = markOf(event);
      if (mark && !mark.contains(pointer.relatedTarget as Node | null)) this.machine.leaveMention();
    });
    // Touch: a tap on a mention opens its card at once; a tap anywhere else closes it.
    this.listen(this.doc, 'pointerup', (event) => {
      const pointer = event as PointerEvent;
      if (pointer.pointerType !== 'touch') return;
      const mark = markOf(event);
      // A mention inside a link stays a link: the tap follows it.
      if (mark && !mark.closest('a[href]')) {
        this.openPoint = { x: pointer.clientX, y: pointer.clientY };
        this.machine.openNow(mark);
      }
    });
    this.listen(this.doc, 'pointerdown', (event) => {
      const pointer = event as PointerEvent;
      if (pointer.pointerType !== 'touch') return;
      // A tap starting on a mention: the card's code loads while the finger is down.
      if (markOf(event)) void this.card.prepare();
      else if (!this.card.contains(event.composedPath()[0] ?? null)) this.machine.dismiss();
    });
    // Capture, so a page that stops Escape from bubbling cannot keep the card open.
    this.listen(win, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && this.card.isShown) this.machine.dismiss();
    });
    // A card must not open under a pointer that is only being scrolled past.
    this.listen(win, 'scroll', () => {
      if (this.machine.state.name === 'pending') this.machine.dismiss();
    });
    this.stepper.attach();
  }

  /** The reader changed the hover delay in the options. */
  setIntentDelay(ms: number): void {
    this.machine.setIntentDelay(ms);
  }

  /** The keyboard command: focus the next or previous mention and open its card. */
  step(direction: 'next' | 'previous'): boolean {
    return this.stepper.step(direction);
  }

  detach(): void {
    for (const [target, type, listener] of this.listeners) target.removeEventListener(type, listener, true);
    this.listeners.length = 0;
    this.machine.dismiss();
    this.stepper.detach();
    this.card.destroy();
  }

  private rest(mark: Element, pointer: PointerEvent): void {
    void this.card.prepare();
    this.openPoint = { x: pointer.clientX, y: pointer.clientY };
    this.machine.enterMention(mark);
  }

  private pointerMoved(pointer: PointerEvent): boolean {
    const last = this.lastPoint;
    if (last && last.x === pointer.clientX && last.y === pointer.clientY) return false;
    this.lastPoint = { x: pointer.clientX, y: pointer.clientY };
    return true;
  }

  private closeCard(): void {
    // Focus that was in the card goes back to where the reader was, never to the page's start.
    const focusWasInCard = this.card.hasFocus;
    this.card.hide();
    if (focusWasInCard) this.stepper.returnFocus();
  }

  private listen(target: EventTarget, type: string, listener: EventListener): void {
    target.addEventListener(type, listener, true);
    this.listeners.push([target, type, listener]);
  }
}
