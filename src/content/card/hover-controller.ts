// Connects pointer, touch and keyboard input on the page to the hover state machine and the card.
// Mentions are ranges, not elements: the pointer is hit-tested against them, at most once a frame.
import { HoverMachine, HOVER_DELAYS } from '../../core/display/hover-machine';
import type { Mention, MentionIndex } from '../marking/mention-index';
import { anchorOf, type CardProfiles, type Point } from './card';
import type { HitTester } from './hit-test';
import { type CardLoader, LazyCard } from './lazy-card';
import { FocusRing } from './focus-ring';
import { MentionStepper } from './mention-stepper';

export interface Frames {
  request(callback: () => void): unknown;
  cancel(handle: unknown): void;
}

export interface HoverOptions {
  intentDelay: number;
  openProfile(companyId: string): void;
  /** How the card's code is loaded: from the extension's package, or directly in tests. */
  loadCard: CardLoader;
  hitTester: HitTester;
  /** Animation frames (tests drive their own). */
  frames?: Frames;
  /** Underline the mention under the pointer ("hidden until hover"). */
  showHovered?: boolean;
}

/** Hit-test durations kept for the benchmark. */
const HIT_TEST_SAMPLES = 1000;

const browserTimers = {
  set: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const browserFrames: Frames = {
  request: (callback) => requestAnimationFrame(() => callback()),
  cancel: (handle) => cancelAnimationFrame(handle as number),
};

/** Whether the mention sits inside a link: a tap follows the link instead of opening the card. */
function isInLink(mention: Mention): boolean {
  return mention.nodes.some((node) => node.parentElement?.closest('a[href]'));
}

export class HoverController {
  private readonly card: LazyCard;
  private readonly machine: HoverMachine<Mention>;
  private readonly stepper: MentionStepper;
  private readonly frames: Frames;
  private readonly hovered: FocusRing;
  private showHovered: boolean;
  private abort: AbortController | undefined;
  /** Where the pointer last really moved: events at the same place come from content moving under it. */
  private lastPoint: Point | undefined;
  /** Where the card opens from, for a mention that wraps over two lines. */
  private openPoint: Point | undefined;
  /** The pointer position waiting for the next frame's hit-test. */
  private waiting: Point | undefined;
  private frame: unknown;
  /** The mention the pointer was last found on. */
  private under: Mention | undefined;
  /** How long the last hit-tests took, in ms (the benchmark reads them through the page state). */
  readonly hitTestMs: number[] = [];

  constructor(
    private readonly doc: Document,
    mentions: MentionIndex,
    profiles: CardProfiles,
    private readonly options: HoverOptions,
  ) {
    this.frames = options.frames ?? browserFrames;
    this.hovered = new FocusRing(doc, 'underline');
    this.showHovered = options.showHovered ?? false;
    this.card = new LazyCard(doc, profiles, {
      onPointerEnter: () => this.machine.enterCard(),
      onPointerLeave: () => this.machine.leaveCard(),
      onClose: () => this.machine.dismiss(),
      onOpenProfile: (id) => this.options.openProfile(id),
    }, options.loadCard);
    this.machine = new HoverMachine<Mention>(
      {
        open: (mention) => {
          this.card.show(anchorOf(mention.range), mention.companyId, this.openPoint);
        },
        close: () => this.closeCard(),
      },
      browserTimers,
      { ...HOVER_DELAYS, intent: options.intentDelay },
    );
    this.stepper = new MentionStepper(doc, mentions, {
      open: (mention) => {
        this.openPoint = undefined;
        this.machine.openNow(mention);
      },
      focusCard: () => this.card.focus(),
      closeCard: () => this.machine.dismiss(),
      isInCard: (target) => this.card.contains(target),
    });
  }

  /** Listens until `signal` aborts (the page session's end); detach() also ends it. */
  attach(signal?: AbortSignal): void {
    const abort = new AbortController();
    this.abort = abort;
    signal?.addEventListener('abort', () => this.detach(), { once: true });
    const win = this.doc.defaultView!;
    const listen = (target: EventTarget, type: string, listener: (event: PointerEvent) => void) =>
      target.addEventListener(type, listener as EventListener, { capture: true, signal: abort.signal });
    listen(this.doc, 'pointermove', (pointer) => {
      if (pointer.pointerType === 'touch' || !this.pointerMoved(pointer)) return;
      if (this.card.contains(pointer.composedPath()[0] ?? null)) {
        // In the card: the card's own enter and leave rule. Back on the mention later opens it again.
        this.under = undefined;
        this.waiting = undefined;
        return;
      }
      this.testSoon({ x: pointer.clientX, y: pointer.clientY });
    });
    // The pointer left the window (or went into a frame): it is on no mention.
    listen(this.doc, 'pointerout', (pointer) => {
      if (pointer.pointerType === 'touch' || pointer.relatedTarget !== null) return;
      this.waiting = undefined;
      this.arrive(undefined);
    });
    // Touch: a tap on a mention opens its card at once; a tap anywhere else closes it.
    listen(this.doc, 'pointerup', (pointer) => {
      if (pointer.pointerType !== 'touch') return;
      const mention = this.options.hitTester.at(pointer.clientX, pointer.clientY);
      // A mention inside a link stays a link: the tap follows it.
      if (mention && !isInLink(mention)) {
        this.openPoint = { x: pointer.clientX, y: pointer.clientY };
        this.machine.openNow(mention);
      }
    });
    listen(this.doc, 'pointerdown', (pointer) => {
      if (pointer.pointerType !== 'touch') return;
      if (this.card.contains(pointer.composedPath()[0] ?? null)) return;
      // A tap starting on a mention: the card's code loads while the finger is down.
      if (this.options.hitTester.at(pointer.clientX, pointer.clientY)) void this.card.prepare();
      else this.machine.dismiss();
    });
    // Capture, so a page that stops Escape from bubbling cannot keep the card open.
    win.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.card.isShown) this.machine.dismiss();
    }, { capture: true, signal: abort.signal });
    // A card must not open under a pointer that is only being scrolled past.
    win.addEventListener('scroll', () => {
      if (this.machine.state.name === 'pending') this.machine.dismiss();
    }, { capture: true, signal: abort.signal });
    this.stepper.attach(abort.signal);
  }

  /** The reader changed the hover delay in the options. */
  setIntentDelay(ms: number): void {
    this.machine.setIntentDelay(ms);
  }

  /** The reader chose "hidden until hover", or another style. */
  setShowHovered(show: boolean): void {
    this.showHovered = show;
    if (!show) this.hovered.hide();
  }

  /** The keyboard command: focus the next or previous mention and open its card. */
  step(direction: 'next' | 'previous'): boolean {
    return this.stepper.step(direction);
  }

  detach(): void {
    if (this.frame !== undefined) this.frames.cancel(this.frame);
    this.frame = undefined;
    this.waiting = undefined;
    this.under = undefined;
    this.abort?.abort();
    this.abort = undefined;
    this.machine.dismiss();
    this.card.destroy();
    this.hovered.hide();
  }

  /** One hit-test per frame, for the last position the pointer moved to. */
  private testSoon(point: Point): void {
    this.waiting = point;
    if (this.frame !== undefined) return;
    this.frame = this.frames.request(() => {
      this.frame = undefined;
      const at = this.waiting;
      this.waiting = undefined;
      if (!at) return;
      const started = performance.now();
      const mention = this.options.hitTester.at(at.x, at.y);
      this.hitTestMs.push(performance.now() - started);
      if (this.hitTestMs.length > HIT_TEST_SAMPLES) this.hitTestMs.shift();
      this.arrive(mention, at);
    });
  }

  private arrive(mention: Mention | undefined, point?: Point): void {
    const was = this.under;
    this.under = mention;
    if (mention && point) {
      const state = this.machine.state;
      if (state.name !== 'idle' && state.target === mention && mention === was) return;
      void this.card.prepare();
      this.openPoint = point;
      if (this.showHovered) this.hovered.show(mention);
      this.machine.enterMention(mention);
    } else if (was) {
      this.hovered.hide();
      this.machine.leaveMention();
    }
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
    this.hovered.hide();
    if (focusWasInCard) this.stepper.returnFocus();
  }
}
