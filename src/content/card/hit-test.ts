// Which mention is under a point, without an element per mention to receive events. Three ways,
// best first: the caret position at the point (`caretPositionFromPoint`), looked up in the mentions
// of its text node; the browser's own highlight hit-test (`CSS.highlights.highlightsFromPoint`,
// mapped to our own ranges), where there is no caret position; and, where neither exists, the
// mentions' boxes. The caret comes first because it costs the same on any page, while Chromium's
// highlightsFromPoint checks every registered range (about 30 ms over text on a page of 7,800
// mentions, against 0.1 ms). Each answer is checked against the mention's boxes: a caret lands
// somewhere even in a margin or past the end of a line.
import type { Mention, MentionIndex } from '../marking/mention-index';

/** The browser features used, injectable for tests. */
export interface HitTestPlatform {
  highlightsFromPoint?(x: number, y: number): readonly unknown[];
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
}

export function browserHitTestPlatform(doc: Document): HitTestPlatform {
  const registry = (globalThis.CSS as { highlights?: { highlightsFromPoint?: (x: number, y: number) => unknown[] } } | undefined)?.highlights;
  const caret = (doc as { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null }).caretPositionFromPoint;
  return {
    ...(typeof registry?.highlightsFromPoint === 'function' ? { highlightsFromPoint: (x: number, y: number) => registry.highlightsFromPoint!(x, y) } : {}),
    ...(typeof caret === 'function' ? { caretPositionFromPoint: (x: number, y: number) => caret.call(doc, x, y) } : {}),
  };
}

export type HitPath = 'highlights' | 'caret' | 'boxes';

export interface HitTester {
  at(x: number, y: number): Mention | undefined;
}

export class MentionHitTester implements HitTester {
  /** The path that answered last: read by tests and the benchmark. */
  lastPath: HitPath | undefined;

  constructor(
    private readonly mentions: MentionIndex,
    private readonly platform: HitTestPlatform,
  ) {}

  at(x: number, y: number): Mention | undefined {
    if (this.platform.caretPositionFromPoint) {
      this.lastPath = 'caret';
      return this.fromCaret(x, y);
    }
    if (this.platform.highlightsFromPoint) {
      const found = this.fromHighlights(x, y);
      // No highlight at all here: nothing of ours either. Otherwise ranges we cannot map (another
      // script's highlights, or Firefox's content-script wrappers) fall through to the boxes.
      if (found !== 'unknown') {
        this.lastPath = 'highlights';
        return found;
      }
    }
    this.lastPath = 'boxes';
    return this.mentions.all().find((mention) => covers(mention, x, y));
  }

  private fromHighlights(x: number, y: number): Mention | undefined | 'unknown' {
    const results = this.platform.highlightsFromPoint!(x, y);
    if (results.length === 0) return undefined;
    for (const result of results) {
      const ranges = (result as { ranges?: readonly AbstractRange[] }).ranges ?? [];
      for (const range of ranges) {
        const mention = this.mentions.forRange(range);
        if (mention && covers(mention, x, y)) return mention;
      }
    }
    return 'unknown';
  }

  private fromCaret(x: number, y: number): Mention | undefined {
    const position = this.platform.caretPositionFromPoint!(x, y);
    const node = position?.offsetNode;
    if (!node || node.nodeType !== Node.TEXT_NODE) return undefined;
    for (const mention of this.mentions.inNode(node as Text)) if (covers(mention, x, y)) return mention;
    return undefined;
  }
}

/** Whether the point is inside one of the mention's boxes (one per line it runs over). */
export function covers(mention: Mention, x: number, y: number): boolean {
  for (const box of Array.from(mention.range.getClientRects())) {
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  }
  return false;
}
