// Marks company mentions on a live page without ever holding up the main thread: the part of the
// page in view first, then the rest in idle-time slices of a few milliseconds, then whatever the
// page adds or changes, seen through one batched MutationObserver. Open shadow roots are included.
// Marks are ranges in the mention index (painted as CSS highlights): the page's tree is only read.
import type { Mention as Match } from '../../core/recognition/matcher';
import type { MarkingStats } from '../../shared/messages';
import type { PageRecognizer } from '../../core/recognition/recognizer';
import { blockOf, isInReadableArea, isReadable } from './dom-rules';
import { type BlockNode, type MentionPart, mentionParts } from './mention-parts';
import { isIntact, type Mention, type MentionIndex, offsetsIn } from './mention-index';

export interface Scheduler {
  /** Runs `task` when the page is idle (or soon). */
  later(task: () => void): void;
  now(): number;
}

export const browserScheduler: Scheduler = {
  later: (task) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 200 });
    else setTimeout(task, 0);
  },
  now: () => performance.now(),
};

export interface AnnotatorOptions {
  scheduler?: Scheduler;
  /** Longest slice of work, in ms, before yielding to the page. */
  sliceMs?: number;
  /** Called after each slice that added marks. */
  onMarks?: () => void;
}

/** A name that counts only once its company shows evidence elsewhere on the page. */
interface Pending {
  match: Match;
  mention: Mention;
}

/** A part of the page to read: a root, optionally from a node in it, or up to one. */
interface Job {
  root: Node;
  from?: Node;
  until?: Node;
}

/**
 * A block is read in pieces of at most this many characters and text nodes, so that no single read
 * (and the marks it puts in) holds up the page: a block of 100,000 tiny spans is read 256 at a time.
 */
const MAX_BLOCK_CHARS = 16_000;
const MAX_BLOCK_NODES = 256;
/** A text node longer than this (a data dump, not prose) is left alone: backing off, not hanging. */
export const MAX_TEXT_NODE_CHARS = 200_000;

/** On a long read, marks found meanwhile are shown at least this often. */
const FLUSH_INTERVAL_MS = 2000;

/** Past this many changed roots in one batch, a rescan of the whole page is cheaper. */
const RESCAN_THRESHOLD = 500;
const MUTATION_OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class Annotator {
  private readonly scheduler: Scheduler;
  private readonly sliceMs: number;
  /** Parts still to read; a walker in progress is kept between slices. */
  private queue: Job[] = [];
  private walker: TextWalk | undefined;
  private stopped = false;
  private scheduled = false;
  private readonly pending: Pending[] = [];
  /**
   * Text nodes read already, so a rescan does not read them again: a symbol property on each node's
   * wrapper (unseen by the page's scripts), not a WeakSet, whose table stays at its largest size
   * after the nodes are gone (1 MB after a live page dropped 20,000 marked nodes).
   */
  private readonly seen = new ReadNodes();
  private observer: MutationObserver | undefined;
  /** Weakly: a shadow root the page drops is not kept alive by being watched once. */
  private readonly observedRoots = new WeakSet<Node>();
  private block: Node | undefined;
  /** The current block's text nodes; only mentions touching fresh ones (not read before) are new. */
  private group: { node: Text; fresh: boolean }[] = [];
  private groupChars = 0;
  /** The page removed nodes since the last slice: forget the mentions in them. */
  private removals = false;
  private lastFlushAt: number | undefined;
  readonly stats: MarkingStats = { slices: 0, busyMs: 0, longestSliceMs: 0, firstMarkAt: undefined, doneAt: undefined, skippedNodes: 0 };

  constructor(
    private readonly root: Document,
    private readonly recognizer: PageRecognizer,
    private readonly mentions: MentionIndex,
    private readonly options: AnnotatorOptions = {},
  ) {
    this.scheduler = options.scheduler ?? browserScheduler;
    this.sliceMs = options.sliceMs ?? 4;
  }

  get markCount(): number {
    return this.mentions.count;
  }

  /** The companies marked so far (in the page and its open shadow roots), without a DOM query. */
  get markedCompanyIds(): ReadonlySet<string> {
    return this.mentions.companyIds;
  }

  /**
   * Starts reading the page (the part in view first) and watching it for changes. `viewAtTop`:
   * the caller knows the view shows the page's top, so where it is need not be asked (asking
   * forces a layout of the whole page).
   */
  start({ viewAtTop = false }: { viewAtTop?: boolean } = {}): void {
    const body = this.root.body ?? this.root.documentElement;
    const inView = viewAtTop ? undefined : this.firstElementInView();
    if (inView && inView !== body && body.contains(inView) && isInReadableArea(inView)) {
      // From the element in view to the end, then from the top down to it.
      this.queue.push({ root: body, from: inView }, { root: body, until: inView });
    } else {
      this.queue.push({ root: body });
    }
    this.observe(this.root);
    this.runSlice(this.sliceMs * 2);
  }

  /** Reads everything queued now, in one go (for the command line and tests). */
  runToCompletion(): void {
    if (this.queue.length === 0 && !this.walker) this.queue.push({ root: this.root.body ?? this.root.documentElement });
    this.runSlice(Infinity);
  }

  /** Stops reading and watching, and takes every mark away. */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = undefined;
    this.queue = [];
    this.walker = undefined;
    this.mentions.clear();
    this.pending.length = 0;
  }

  private firstElementInView(): Element | undefined {
    const view = this.root.defaultView;
    if (!view || view.scrollY < view.innerHeight || typeof this.root.elementFromPoint !== 'function') return undefined;
    return this.root.elementFromPoint(view.innerWidth / 2, Math.min(40, view.innerHeight / 4)) ?? undefined;
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.scheduler.later(() => {
      this.scheduled = false;
      this.runSlice(this.sliceMs);
    });
  }

  private runSlice(budget: number): void {
    if (this.stopped) return;
    const started = this.scheduler.now();
    const marksBefore = this.mentions.count;
    // What the page changed meanwhile is taken in first: no mention is made from text it replaced.
    const undelivered = this.observer?.takeRecords() ?? [];
    if (undelivered.length > 0) this.queueChanges(undelivered);
    this.readAndMark(started, budget);
    const reading = this.walker !== undefined || this.queue.length > 0;
    const more = !this.flushIfDue(reading, started, budget) || reading;
    const ended = this.scheduler.now();
    this.record(ended - started);
    if (this.mentions.count !== marksBefore) {
      this.stats.firstMarkAt ??= ended;
      this.options.onMarks?.();
    }
    if (more) this.schedule();
    else this.stats.doneAt = ended;
  }

  /** One slice's work: read text until the budget is spent, mark what is found. */
  private readAndMark(started: number, budget: number): void {
    let steps = 0;
    while (this.walker || this.queue.length > 0) {
      if (!this.walker) this.walker = this.walkerFor(this.queue.shift()!);
      const node = this.walker.next();
      if (!node) {
        this.walker = undefined;
        this.flushBlock();
        continue;
      }
      this.addText(node);
      if (++steps % 32 === 0 && this.scheduler.now() - started > budget) break;
    }
    if (!this.walker && this.queue.length === 0) this.flushBlock();
    if (this.removals) {
      this.removals = false;
      this.mentions.prune();
      for (let i = this.pending.length - 1; i >= 0; i--) if (!isIntact(this.pending[i]!.mention)) this.pending.splice(i, 1);
    }
    this.resolvePending();
  }

  /**
   * New marks reach the page's highlights in few, large changes: each change makes the browser
   * rebuild its markers for every mark on the page. The first marks (the part in view) go at once,
   * the rest when the reading is done, or every so often on a long read. False while a large
   * batch is still being built (it goes on in the next slice).
   */
  private flushIfDue(moreToRead: boolean, started: number, budget: number): boolean {
    if (!this.mentions.unflushed) return true;
    const now = this.scheduler.now();
    const first = this.lastFlushAt === undefined;
    if (!first && moreToRead && now - this.lastFlushAt! < FLUSH_INTERVAL_MS) return true;
    // A large batch goes on in the next slices: at least a slice's worth of time for it here.
    const until = Math.max(started + budget, now + this.sliceMs);
    const done = this.mentions.flush(() => this.scheduler.now() > until);
    if (done) this.lastFlushAt = now;
    return done;
  }

  private walkerFor({ root, from, until }: Job): TextWalk {
    const walker = this.root.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    if (from) walker.currentNode = from;
    return new TextWalk(walker, until, (shadow) => this.queueRoot(shadow));
  }

  private queueRoot(root: Node): void {
    this.queue.push({ root });
    if (root instanceof ShadowRoot) this.observe(root);
    this.schedule();
  }

  private record(ms: number): void {
    this.stats.slices++;
    this.stats.busyMs += ms;
    if (ms > this.stats.longestSliceMs) this.stats.longestSliceMs = ms;
  }

  private addText(node: Text): void {
    if (node.length > MAX_TEXT_NODE_CHARS) {
      if (!this.seen.has(node)) this.stats.skippedNodes++;
      this.seen.add(node);
      return;
    }
    const block = blockOf(node);
    if (block !== this.block || this.groupChars + node.length > MAX_BLOCK_CHARS || this.group.length >= MAX_BLOCK_NODES) this.flushBlock();
    this.block = block;
    const fresh = !this.seen.has(node) && node.data.trim() !== '';
    this.group.push({ node, fresh });
    this.groupChars += node.length;
    this.seen.add(node);
  }

  /** Recognises one block's text and marks what it finds. */
  private flushBlock(): void {
    const entries = this.group;
    this.group = [];
    this.groupChars = 0;
    this.block = undefined;
    if (!entries.some((entry) => entry.fresh)) return;
    const nodes: BlockNode[] = [];
    let text = '';
    for (const { node, fresh } of entries) {
      // A block read over two slices: the page may have removed some of its nodes meanwhile.
      nodes.push({ data: node.data, start: text.length, fresh: fresh && node.isConnected });
      text += node.data;
    }
    const { marks, pending } = this.recognizer.scan(text);
    for (const match of marks) {
      const mention = this.mentionAt(entries, nodes, match);
      if (mention) this.mentions.add(mention);
    }
    for (const match of pending) {
      const mention = this.mentionAt(entries, nodes, match);
      if (mention) this.pending.push({ match, mention });
    }
  }

  /** The range a recognised name covers, unless it was read before or overlaps a mark already made. */
  private mentionAt(entries: readonly { node: Text }[], nodes: readonly BlockNode[], match: Match): Mention | undefined {
    const parts = mentionParts(nodes, match.start, match.end);
    if (!parts) return undefined;
    const textNodes: Text[] = [];
    for (const part of parts) {
      const node = entries[part.node]!.node;
      if (!node.isConnected || this.mentions.overlaps(node, part.start, part.end)) return undefined;
      textNodes.push(node);
    }
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const range = this.root.createRange();
    range.setStart(textNodes[0]!, first.start);
    range.setEnd(textNodes[textNodes.length - 1]!, last.end);
    return { companyId: match.companyId, range, text: mentionText(nodes, parts, range), nodes: textNodes };
  }

  /** Marks the waiting mentions whose company has since shown page-wide evidence. */
  private resolvePending(): void {
    const fresh = this.recognizer.takeNewEvidence();
    if (fresh.size === 0 || this.pending.length === 0) return;
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const { match, mention } = this.pending[i]!;
      if (!fresh.has(match.companyId) || !this.recognizer.resolves(match)) continue;
      this.pending.splice(i, 1);
      const unchanged = isIntact(mention) && mention.range.toString() === mention.text;
      const free = mention.nodes.every((node) => {
        const at = offsetsIn(mention, node);
        return !this.mentions.overlaps(node, at.start, at.end);
      });
      if (unchanged && free) this.mentions.add(mention);
    }
  }

  private observe(root: Document | ShadowRoot): void {
    if (this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer ??= new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(root, MUTATION_OPTIONS);
  }

  /** Added or changed content: read just that, or the whole page again when there is a lot. */
  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    const started = this.scheduler.now();
    try {
      this.queueChanges(records);
    } finally {
      this.record(this.scheduler.now() - started);
    }
  }

  private queueChanges(records: MutationRecord[]): void {
    const roots = new Set<Node>();
    for (const record of records) {
      if (record.type === 'characterData') {
        // Its mentions may no longer say what they said: read the node again.
        const text = record.target as Text;
        this.mentions.dropInNode(text);
        this.seen.delete(text);
        roots.add(text);
      } else {
        if (record.removedNodes.length > 0) this.removals = true;
        for (const node of Array.from(record.addedNodes)) if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) roots.add(node);
      }
    }
    if (roots.size === 0) {
      if (this.removals) this.schedule();
      return;
    }
    if (roots.size > RESCAN_THRESHOLD) {
      this.queue.push({ root: this.root.body ?? this.root.documentElement });
    } else {
      for (const node of roots) {
        if (!node.isConnected || !isInReadableArea(node)) continue;
        // Nested in another changed root: read once, with the outer one.
        let covered = false;
        for (let parent = node.parentNode; parent && !covered; parent = parent.parentNode) covered = roots.has(parent);
        if (covered) continue;
        if (node.nodeType === Node.TEXT_NODE) this.queue.push({ root: node.parentNode ?? node });
        else if (isReadable(node as Element)) this.queue.push({ root: node });
      }
    }
    this.schedule();
  }
}

/** The name's text: a slice of the block for a name in one node (no walk of the page). */
function mentionText(nodes: readonly BlockNode[], parts: readonly MentionPart[], range: Range): string {
  if (parts.length > 1) return range.toString();
  const part = parts[0]!;
  return nodes[part.node]!.data.slice(part.start, part.end);
}

/**
 * The text nodes of a part of the page, in order, leaving out what may not be read. The walker has
 * no filter function: a call from the browser into script for every node costs more than the
 * checks themselves (a third of reading a 1 MB page), so elements are judged here and skipped.
 */
class TextWalk {
  private done = false;

  constructor(
    private readonly walker: TreeWalker,
    private readonly until: Node | undefined,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
  ) {}

  /** The next text node (blank text and text read before included: they are context), or null. */
  next(): Text | null {
    if (this.done) return null;
    let node = this.walker.nextNode();
    while (node && node !== this.until) {
      if (node.nodeType === Node.TEXT_NODE) return node as Text;
      const element = node as Element;
      if (isReadable(element)) {
        if (element.shadowRoot) this.onShadowRoot(element.shadowRoot);
        node = this.walker.nextNode();
      } else {
        node = this.afterSubtree();
      }
    }
    this.done = true;
    return null;
  }

  /** The node after the current one's subtree, within the walker's root. */
  private afterSubtree(): Node | null {
    for (;;) {
      if (this.walker.nextSibling()) return this.walker.currentNode;
      if (!this.walker.parentNode()) return null;
    }
  }
}

/** A set of text nodes kept on the nodes themselves, per annotator (each has its own symbol). */
class ReadNodes {
  private readonly key = Symbol('backstory-read');

  has(node: Text): boolean {
    return (node as unknown as Record<symbol, true | undefined>)[this.key] === true;
  }

  add(node: Text): void {
    (node as unknown as Record<symbol, true>)[this.key] = true;
  }

  delete(node: Text): void {
    delete (node as unknown as Record<symbol, true | undefined>)[this.key];
  }
}
