// Cuts page text nodes around mentions and wraps them, remembering every cut, so that taking the
// marks away later puts each original text node back whole: same node, same text.
import { COMPANY_ATTRIBUTE, CONTINUATION_ATTRIBUTE, isMark, MARK_TAG } from './dom-rules';

export interface Cut {
  start: number;
  end: number;
}

export class TextSplicer {
  /** Each cut node, with the pieces it became (itself first). */
  private readonly pieces = new Map<Text, Text[]>();
  private marks = 0;
  private readonly companies = new Set<string>();

  get markCount(): number {
    return this.marks;
  }

  get companyIds(): ReadonlySet<string> {
    return this.companies;
  }

  /**
   * Splits `node` so that each cut (sorted, non-overlapping, in the node's current text) is a text
   * node of its own; returns those nodes in order.
   */
  isolate(node: Text, cuts: readonly Cut[]): Text[] {
    const group = this.pieces.get(node) ?? [node];
    const isolated: Text[] = [];
    let current = node;
    let offset = 0;
    // No empty text nodes: a cut at either end of the text splits only on its other side.
    const insertAfter = (anchor: Text, piece: Text) => group.splice(group.indexOf(anchor) + 1, 0, piece);
    for (const cut of cuts) {
      let middle = current;
      if (cut.start > offset) {
        middle = current.splitText(cut.start - offset);
        insertAfter(current, middle);
      }
      if (cut.end - cut.start < middle.data.length) {
        const after = middle.splitText(cut.end - cut.start);
        insertAfter(middle, after);
        current = after;
      } else {
        current = middle;
      }
      isolated.push(middle);
      offset = cut.end;
    }
    for (const piece of group) this.pieces.set(piece, group);
    return isolated;
  }

  /** Every node `node` has been cut into (itself when it was not cut). */
  piecesOf(node: Text): readonly Text[] {
    return this.pieces.get(node) ?? [node];
  }

  /**
   * Wraps a mention's isolated pieces (one, or one per text node it spans) in marks for the
   * company. The marks after the first carry CONTINUATION_ATTRIBUTE: one mention, counted once.
   */
  wrapMention(pieces: readonly Text[], companyId: string): void {
    pieces.forEach((piece, index) => {
      const mark = piece.ownerDocument.createElement(MARK_TAG);
      mark.setAttribute(COMPANY_ATTRIBUTE, companyId);
      if (index > 0) mark.setAttribute(CONTINUATION_ATTRIBUTE, '');
      piece.replaceWith(mark);
      mark.appendChild(piece);
    });
    this.marks++;
    this.companies.add(companyId);
  }

  /**
   * Forgets the cuts the page itself has since removed (a live blog trimming old posts, a
   * single-page app changing views), so their nodes can be collected, and recounts the marks.
   */
  prune(): void {
    const groups = new Set(this.pieces.values());
    this.marks = 0;
    this.companies.clear();
    for (const group of groups) {
      if (!group.some((piece) => piece.isConnected)) {
        for (const piece of group) this.pieces.delete(piece);
        continue;
      }
      for (const piece of group) {
        const parent = piece.parentNode;
        if (isMark(parent) && piece.isConnected && !parent.hasAttribute(CONTINUATION_ATTRIBUTE)) {
          this.marks++;
          this.companies.add(parent.getAttribute(COMPANY_ATTRIBUTE) ?? '');
        }
      }
    }
  }

  /** Removes every mark and joins every cut node back into the node it was cut from. */
  restore(): void {
    const groups = new Set(this.pieces.values());
    for (const group of groups) {
      // Unwrap first (the original node itself may be inside a mark), then join into the original.
      for (const piece of group) {
        const parent = piece.parentNode;
        if (isMark(parent)) parent.replaceWith(piece);
      }
      const [original, ...rest] = group;
      if (!original) continue;
      original.data = group.map((piece) => piece.data).join('');
      for (const piece of rest) piece.remove();
    }
    this.pieces.clear();
    this.marks = 0;
    this.companies.clear();
  }
}
