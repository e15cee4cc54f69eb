// Every mention marked on the page, as a Range over the page's own text nodes, with the lookups
// hover, the keyboard and the popup need: by text node (hit-testing), by range (the browser's own
// highlight hit-test), by company, in document order. What a node holds is kept on the node itself
// (a symbol property, unseen by the page), so nothing here keeps a removed node alive once pruned.
import type { HighlightStyle } from '../../core/settings/settings';
import type { PageHighlights } from './page-highlights';

export interface Mention {
  readonly companyId: string;
  /** From the name's first character to its last, across inline elements when it runs over them. */
  readonly range: Range;
  /** The name as it stood on the page when it was marked. */
  readonly text: string;
  /** The text nodes the name touches, first to last. */
  readonly nodes: readonly Text[];
}

/** Whether the mention shows on screen at all (not in a collapsed or hidden part). */
export function hasBoxes(mention: Mention): boolean {
  return mention.range.getClientRects().length > 0;
}

type Holder = Text & Record<symbol, Mention[] | undefined>;
const NONE: readonly Mention[] = [];

/** Where a mention lies inside one of its text nodes. */
export function offsetsIn(mention: Mention, node: Text): { start: number; end: number } {
  const { range } = mention;
  return {
    start: range.startContainer === node ? range.startOffset : 0,
    end: range.endContainer === node ? range.endOffset : node.length,
  };
}

/** Whether the page has left the mention as it was: its nodes in place and its ends where they were. */
export function isIntact(mention: Mention): boolean {
  const { range, nodes } = mention;
  return range.startContainer === nodes[0] && range.endContainer === nodes[nodes.length - 1] && nodes.every((node) => node.isConnected);
}

/** Text order; a mention inside a shadow root sits where its host does. */
function inTextOrder(a: Mention, b: Mention): number {
  const first = outermost(a.nodes[0]!);
  const second = outermost(b.nodes[0]!);
  if (first.getRootNode() === second.getRootNode() && a.nodes[0]!.getRootNode() === b.nodes[0]!.getRootNode()) {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  }
  if (first === second) return 0;
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The node itself, or the shadow host (itself outermost) its tree hangs from. */
function outermost(node: Node): Node {
  let at = node;
  for (let root = at.getRootNode(); root instanceof ShadowRoot; root = at.getRootNode()) at = root.host;
  return at;
}

export class MentionIndex {
  private mentions: Mention[] = [];
  private readonly byRange = new WeakMap<AbstractRange, Mention>();
  private readonly perCompany = new Map<string, number>();
  /** Each index keeps its lists under a symbol of its own: two indexes never see each other's. */
  private readonly key = Symbol('backstory-mentions');

  constructor(private readonly highlights?: PageHighlights) {}

  get count(): number {
    return this.mentions.length;
  }

  get companyIds(): ReadonlySet<string> {
    return new Set(this.perCompany.keys());
  }

  /** Mentions per company id. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.perCompany);
  }

  add(mention: Mention): void {
    this.mentions.push(mention);
    this.byRange.set(mention.range, mention);
    this.perCompany.set(mention.companyId, (this.perCompany.get(mention.companyId) ?? 0) + 1);
    for (const node of mention.nodes) ((node as Holder)[this.key] ??= []).push(mention);
    this.highlights?.add(mention.range, mention.companyId);
  }

  /** The mentions touching this text node. */
  inNode(node: Text): readonly Mention[] {
    return (node as Holder)[this.key] ?? NONE;
  }

  /** Whether a mention already covers any of [start, end) in this node. */
  overlaps(node: Text, start: number, end: number): boolean {
    const held = (node as Holder)[this.key];
    if (!held) return false;
    for (const mention of held) {
      const at = offsetsIn(mention, node);
      if (at.start < end && start < at.end) return true;
    }
    return false;
  }

  forRange(range: AbstractRange): Mention | undefined {
    return this.byRange.get(range);
  }

  /** Every mention, in the order of the page's text. */
  inDocumentOrder(): Mention[] {
    return [...this.mentions].sort(inTextOrder);
  }

  ofCompany(companyId: string): Mention[] {
    return this.inDocumentOrder().filter((mention) => mention.companyId === companyId);
  }

  /** Every mention, in the order they were marked (cheap: no sorting). */
  all(): readonly Mention[] {
    return this.mentions;
  }

  /** Takes out the mentions in a node whose text the page changed; returns how many. */
  dropInNode(node: Text): number {
    const held = (node as Holder)[this.key];
    if (!held || held.length === 0) return 0;
    const gone = new Set(held);
    this.remove(gone);
    return gone.size;
  }

  /** Takes out every mention the page has removed or cut into; returns how many. */
  prune(): number {
    const gone = new Set(this.mentions.filter((mention) => !isIntact(mention)));
    if (gone.size > 0) this.remove(gone);
    return gone.size;
  }

  setStyle(style: HighlightStyle): void {
    this.highlights?.setStyle(style);
  }

  /**
   * Marks made or taken away since the last flush reach the page's highlights, in one change; a
   * large batch may take several calls (false until it is done), each stopping at `outOfTime()`.
   */
  flush(outOfTime?: () => boolean): boolean {
    return this.highlights?.flush(() => this.mentions, outOfTime) ?? true;
  }

  /** Whether marks are waiting for a flush. */
  get unflushed(): boolean {
    return (this.highlights?.pending ?? 0) > 0;
  }

  /** The popup's flash on one mention; the returned function ends it. */
  flash(mention: Mention): () => void {
    this.flush();
    return this.highlights?.flash(mention.range) ?? (() => undefined);
  }

  /** Every mark off the page. */
  clear(): void {
    for (const mention of this.mentions) for (const node of mention.nodes) delete (node as Holder)[this.key];
    this.mentions = [];
    this.perCompany.clear();
    this.highlights?.clear();
  }

  private remove(gone: ReadonlySet<Mention>): void {
    this.mentions = this.mentions.filter((mention) => !gone.has(mention));
    for (const mention of gone) {
      this.byRange.delete(mention.range);
      this.highlights?.delete(mention.range, mention.companyId);
      for (const node of mention.nodes) {
        const held = (node as Holder)[this.key];
        if (held) (node as Holder)[this.key] = held.filter((other) => other !== mention);
      }
      const left = (this.perCompany.get(mention.companyId) ?? 1) - 1;
      if (left > 0) {
        this.perCompany.set(mention.companyId, left);
      } else {
        this.perCompany.delete(mention.companyId);
        this.highlights?.forgetCompany(mention.companyId);
      }
    }
  }
}
