// When a card opens and closes. An explicit state machine with named delays, after Wikipedia's
// Page Previews: a passing pointer opens nothing, and the pointer may cross the gap into the card.

export const HOVER_DELAYS = {
  /** The pointer must rest this long on a mention before its card opens. */
  intent: 400,
  /** After the pointer leaves a mention or the card, this long to reach the card (or come back). */
  grace: 300,
} as const;

export type HoverState<T> =
  | { name: 'idle' }
  | { name: 'pending'; target: T }
  | { name: 'open'; target: T }
  | { name: 'closing'; target: T };

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface HoverEffects<T> {
  open(target: T): void;
  close(): void;
}

export class HoverMachine<T> {
  private current: HoverState<T> = { name: 'idle' };
  /** The target whose card is on screen, if any; it stays while another mention is pending. */
  private shown: T | undefined;
  private timer: unknown;

  constructor(
    private readonly effects: HoverEffects<T>,
    private readonly timers: Timers,
    private delays: { intent: number; grace: number } = HOVER_DELAYS,
  ) {}

  /** The reader changed the hover delay: it applies from the next mention on. */
  setIntentDelay(intent: number): void {
    this.delays = { ...this.delays, intent };
  }

  get state(): HoverState<T> {
    return this.current;
  }

  /** The pointer came to rest on a mention. */
  enterMention(target: T): void {
    if (this.shown === target) {
      this.go({ name: 'open', target });
      return;
    }
    if (this.current.name === 'pending' && this.current.target === target) return;
    this.go({ name: 'pending', target }, this.delays.intent, () => {
      this.shown = target;
      this.current = { name: 'open', target };
      this.effects.open(target);
    });
  }

  /** A tap or a keyboard command: no intent to wait for. */
  openNow(target: T): void {
    this.go({ name: 'open', target });
    if (this.shown === target) return;
    this.shown = target;
    this.effects.open(target);
  }

  leaveMention(): void {
    this.startLeaving();
  }

  enterCard(): void {
    if (this.shown !== undefined) this.go({ name: 'open', target: this.shown });
  }

  leaveCard(): void {
    this.startLeaving();
  }

  /** Escape, a scroll, the site switched off: close at once. */
  dismiss(): void {
    this.go({ name: 'idle' });
    if (this.shown !== undefined) {
      this.shown = undefined;
      this.effects.close();
    }
  }

  private startLeaving(): void {
    if (this.shown === undefined) {
      this.go({ name: 'idle' });
    } else {
      this.go({ name: 'closing', target: this.shown }, this.delays.grace, () => this.dismiss());
    }
  }

  private go(next: HoverState<T>, delay?: number, then?: () => void): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    this.current = next;
    if (delay !== undefined && then) {
      this.timer = this.timers.set(() => {
        this.timer = undefined;
        then();
      }, delay);
    }
  }
}
