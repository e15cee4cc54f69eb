// Cuts page text nodes around mentions and wraps them, remembering every cut, so that taking the
// marks away later puts each original text node back whole: same node, same text. A node's new
// pieces and marks are built off the page and go in with one insertion: each change to a live
// page costs far more than the same change to nodes not yet in it.
import { COMPANY_ATTRIBUTE, CONTINUATION_ATTRIBUTE, isMark, MARK_TAG } from './dom-rules';

export interface Cut {
  start: number;
  end: number;
  /** Marked at once for this company; left as a plain piece (to be wrapped later, or never) without. */
  companyId?: string;
  /** A later part of a mention split across elements: marked, but not counted again. */
  continuation?: boolean;
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
   * Cuts `node` so that each cut (sorted, non-overlapping, in the node's current text) is a text
   * node of its own, inside a mark when the cut names a company; returns those nodes in order. The
   * node itself keeps the first part of its text: no empty text nodes, and restore() knows it.
   */
  isolate(node: Text, cuts: readonly Cut[]): Text[] {
    const parent = node.parentNode;
    if (!parent || cuts.length === 0) return [];
    const doc = node.ownerDocument;
    const data = node.data;
    const segments: { text: string; cut?: Cut }[] = [];
    let offset = 0;
    for (const cut of cuts) {
      if (cut.start > offset) segments.push({ text: data.slice(offset, cut.start) });
      segments.push({ text: data.slice(cut.start, cut.end), cut });
      offset = cut.end;
    }
    if (offset < data.length) segments.push({ text: data.slice(offset) });
    const next = node.nextSibling;
    if (segments[0]!.text !== data) node.data = segments[0]!.text;
    const isolated: Text[] = [];
    const created: Text[] = [];
    const fragment = doc.createDocumentFragment();
    segments.forEach(({ text, cut }, index) => {
      const piece = index === 0 ? node : doc.createTextNode(text);
      if (index > 0) created.push(piece);
      if (cut) isolated.push(piece);
      // The node itself stays where it is unless it goes into a mark.
      if (cut?.companyId !== undefined) fragment.appendChild(this.markAround(piece, cut.companyId, cut.continuation === true));
      else if (index > 0) fragment.appendChild(piece);
    });
    parent.insertBefore(fragment, next);
    const group = this.pieces.get(node) ?? [node];
    group.splice(group.indexOf(node) + 1, 0, ...created);
    for (const piece of group) this.pieces.set(piece, group);
    return isolated;
  }

  /** Every node `node` has been cut into (itself when it was not cut). */
  piecesOf(node: Text): readonly Text[] {
    return this.pieces.get(node) ?? [node];
  }

  /**
   * Wraps a mention's isolated pieces, already on the page (one, or one per text node it spans),
   * in marks for the company: a mention that waited for evidence elsewhere on the page.
   */
  wrapMention(pieces: readonly Text[], companyId: string): void {
    pieces.forEach((piece, index) => {
      const parent = piece.parentNode;
      const next = piece.nextSibling;
      const mark = this.markAround(piece, companyId, index > 0);
      parent?.insertBefore(mark, next);
    });
  }

  /** A mark for the company with `piece` in it (moved there); the marks after a mention's first carry CONTINUATION_ATTRIBUTE. */
  private markAround(piece: Text, companyId: string, continuation: boolean): Element {
    const mark = piece.ownerDocument.createElement(MARK_TAG);
    mark.setAttribute(COMPANY_ATTRIBUTE, companyId);
    if (continuation) {
      mark.setAttribute(CONTINUATION_ATTRIBUTE, '');
    } else {
      this.marks++;
      this.companies.add(companyId);
    }
    mark.appendChild(piece);
    return mark;
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
