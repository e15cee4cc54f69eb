// @vitest-environment happy-dom
// Each way of finding the mention under the pointer, with the browser's answers stood in for:
// happy-dom has no layout, so each mention is given its boxes here.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MentionHitTester } from '../../src/content/card/hit-test';
import type { Mention } from '../../src/content/marking/mention-index';
import { annotateAll, mentions, page } from './dom-page';

let scale: Mention;
let meta: Mention;

/** Scale AI on the first line at x 0–60, Meta at x 100–130; each 20 px high. */
beforeEach(() => {
  page('<p>Scale AI and Meta</p>');
  annotateAll([
    { text: 'Scale AI', companyId: 'scale-ai', caseSensitive: true },
    { text: 'Meta', companyId: 'meta', caseSensitive: true },
  ]);
  [scale, meta] = mentions.inDocumentOrder() as [Mention, Mention];
  vi.spyOn(scale.range, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 60, 20)] as unknown as DOMRectList);
  vi.spyOn(meta.range, 'getClientRects').mockReturnValue([new DOMRect(100, 0, 30, 20)] as unknown as DOMRectList);
});

const text = () => document.querySelector('p')!.firstChild!;

describe('hit-testing mentions', () => {
  it('answers from the browser\'s highlight hit-test, mapped to our own ranges', () => {
    const tester = new MentionHitTester(mentions, { highlightsFromPoint: (x) => (x < 60 ? [{ highlight: {}, ranges: [scale.range] }] : []) });
    expect(tester.at(10, 10)).toBe(scale);
    expect(tester.lastPath).toBe('highlights');
    expect(tester.at(110, 10)).toBeUndefined();
  });

  it('asks the caret first when there is one: it costs the same on any page', () => {
    const highlightsFromPoint = vi.fn(() => [{ highlight: {}, ranges: [scale.range] }]);
    const tester = new MentionHitTester(mentions, { highlightsFromPoint, caretPositionFromPoint: () => ({ offsetNode: text(), offset: 14 }) });
    expect(tester.at(110, 10)).toBe(meta);
    expect(tester.lastPath).toBe('caret');
    expect(highlightsFromPoint).not.toHaveBeenCalled();
  });

  it('falls back to the boxes when the highlights found are not ours to map (Firefox\'s wrappers)', () => {
    const tester = new MentionHitTester(mentions, { highlightsFromPoint: () => [{ highlight: {}, ranges: [new Range()] }] });
    expect(tester.at(110, 10)).toBe(meta);
    expect(tester.lastPath).toBe('boxes');
  });

  it('finds the mention in the caret\'s text node, and only where its boxes are', () => {
    const tester = new MentionHitTester(mentions, { caretPositionFromPoint: (x) => ({ offsetNode: text(), offset: x < 60 ? 2 : 14 }) });
    expect(tester.at(10, 10)).toBe(scale);
    expect(tester.at(120, 10)).toBe(meta);
    // Past the end of the line the caret still lands in the text: no mention there.
    expect(tester.at(120, 40)).toBeUndefined();
    expect(tester.lastPath).toBe('caret');
  });

  it('finds nothing where the caret is in an element or no text', () => {
    const tester = new MentionHitTester(mentions, { caretPositionFromPoint: () => ({ offsetNode: document.body, offset: 0 }) });
    expect(tester.at(10, 10)).toBeUndefined();
    expect(new MentionHitTester(mentions, { caretPositionFromPoint: () => null }).at(10, 10)).toBeUndefined();
  });

  it('reads the mentions\' boxes where the browser has neither', () => {
    const tester = new MentionHitTester(mentions, {});
    expect(tester.at(30, 5)).toBe(scale);
    expect(tester.at(129, 19)).toBe(meta);
    expect(tester.at(80, 10)).toBeUndefined();
    expect(tester.lastPath).toBe('boxes');
  });
});
