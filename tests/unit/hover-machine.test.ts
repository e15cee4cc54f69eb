import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_DELAYS, HoverMachine } from '../../src/core/display/hover-machine';

const { intent: INTENT, grace: GRACE } = HOVER_DELAYS;

let log: string[];
let machine: HoverMachine<string>;

beforeEach(() => {
  vi.useFakeTimers();
  log = [];
  machine = new HoverMachine<string>(
    { open: (target) => log.push(`open ${target}`), close: () => log.push('close') },
    { set: (cb, ms) => setTimeout(cb, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  );
});
afterEach(() => {
  vi.useRealTimers();
});

function openOn(target: string): void {
  machine.enterMention(target);
  vi.advanceTimersByTime(INTENT);
  expect(log.at(-1)).toBe(`open ${target}`);
}

describe('HoverMachine', () => {
  it('uses the documented delays', () => {
    expect(HOVER_DELAYS).toEqual({ intent: 400, grace: 300 });
  });

  it('opens only once the pointer has rested for the intent delay', () => {
    machine.enterMention('a');
    expect(machine.state).toEqual({ name: 'pending', target: 'a' });
    vi.advanceTimersByTime(INTENT - 1);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open a']);
    expect(machine.state).toEqual({ name: 'open', target: 'a' });
  });

  it('opens nothing when the pointer leaves before the delay', () => {
    machine.enterMention('a');
    vi.advanceTimersByTime(INTENT - 1);
    machine.leaveMention();
    vi.advanceTimersByTime(10 * INTENT);
    expect(log).toEqual([]);
    expect(machine.state).toEqual({ name: 'idle' });
  });

  it('does not restart the delay when the same mention is entered again while pending', () => {
    machine.enterMention('a');
    vi.advanceTimersByTime(INTENT - 100);
    machine.enterMention('a');
    vi.advanceTimersByTime(100);
    expect(log).toEqual(['open a']);
  });

  it('keeps the card open when the pointer crosses into it within the grace period', () => {
    openOn('a');
    machine.leaveMention();
    expect(machine.state).toEqual({ name: 'closing', target: 'a' });
    vi.advanceTimersByTime(GRACE - 1);
    machine.enterCard();
    vi.advanceTimersByTime(10 * GRACE);
    expect(log).toEqual(['open a']);
    expect(machine.state).toEqual({ name: 'open', target: 'a' });
  });

  it('closes once the grace period after leaving the card has passed', () => {
    openOn('a');
    machine.leaveMention();
    machine.enterCard();
    machine.leaveCard();
    vi.advanceTimersByTime(GRACE - 1);
    expect(log).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open a', 'close']);
    expect(machine.state).toEqual({ name: 'idle' });
  });

  it('closes at once on dismiss, and only once', () => {
    openOn('a');
    machine.dismiss();
    expect(log).toEqual(['open a', 'close']);
    machine.dismiss();
    vi.advanceTimersByTime(10 * GRACE);
    expect(log).toEqual(['open a', 'close']);
  });

  it('dismiss while pending cancels the open and closes nothing', () => {
    machine.enterMention('a');
    machine.dismiss();
    vi.advanceTimersByTime(10 * INTENT);
    expect(log).toEqual([]);
    expect(machine.state).toEqual({ name: 'idle' });
  });

  it('switches to another mention after the intent delay, keeping the old card meanwhile', () => {
    openOn('a');
    machine.leaveMention();
    machine.enterMention('b');
    expect(machine.state).toEqual({ name: 'pending', target: 'b' });
    vi.advanceTimersByTime(INTENT - 1);
    // The old card's grace timer was cancelled: it is neither closed nor replaced yet.
    expect(log).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open a', 'open b']);
    expect(machine.state).toEqual({ name: 'open', target: 'b' });
  });

  it('closes the old card when the pointer passes over another mention and leaves', () => {
    openOn('a');
    machine.leaveMention();
    machine.enterMention('b');
    vi.advanceTimersByTime(INTENT - 1);
    machine.leaveMention();
    vi.advanceTimersByTime(GRACE);
    expect(log).toEqual(['open a', 'close']);
  });

  it('keeps the card open without reopening when the same mention is re-entered in the grace period', () => {
    openOn('a');
    machine.leaveMention();
    vi.advanceTimersByTime(GRACE - 1);
    machine.enterMention('a');
    expect(machine.state).toEqual({ name: 'open', target: 'a' });
    vi.advanceTimersByTime(10 * INTENT);
    expect(log).toEqual(['open a']);
  });

  it('ignores entering the card when no card is shown', () => {
    machine.enterCard();
    expect(machine.state).toEqual({ name: 'idle' });
    machine.enterMention('a');
    machine.enterCard();
    expect(machine.state).toEqual({ name: 'pending', target: 'a' });
    expect(log).toEqual([]);
  });

  it('honours custom delays', () => {
    const events: string[] = [];
    const custom = new HoverMachine<string>(
      { open: (t) => events.push(`open ${t}`), close: () => events.push('close') },
      { set: (cb, ms) => setTimeout(cb, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
      { intent: 50, grace: 20 },
    );
    custom.enterMention('x');
    vi.advanceTimersByTime(50);
    custom.leaveMention();
    vi.advanceTimersByTime(20);
    expect(events).toEqual(['open x', 'close']);
  });

  it('opens at once for a tap or a keyboard command, and does not reopen the same card', () => {
    machine.enterMention('a');
    machine.openNow('b');
    expect(log).toEqual(['open b']);
    expect(machine.state).toEqual({ name: 'open', target: 'b' });
    vi.advanceTimersByTime(10 * INTENT);
    machine.openNow('b');
    expect(log).toEqual(['open b']);
  });

  it('uses a changed intent delay from the next mention on', () => {
    machine.setIntentDelay(900);
    machine.enterMention('a');
    vi.advanceTimersByTime(INTENT);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(900 - INTENT);
    expect(log).toEqual(['open a']);
  });
});
