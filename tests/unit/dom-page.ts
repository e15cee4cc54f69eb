// Test helpers for DOM tests: build a page from markup (parsed, never through innerHTML) and read
// what Backstory marked on it. happy-dom has no CSS Highlight API: TestHighlights stands in for
// `CSS.highlights` and `Highlight` with plain sets, so tests read the same names a page would.
import { Annotator, type Scheduler } from '../../src/content/marking/annotator';
import { MentionIndex } from '../../src/content/marking/mention-index';
import { type HighlightApi, type HighlightLike, PageHighlights } from '../../src/content/marking/page-highlights';
import { compileMatcher, type AliasEntry } from '../../src/core/recognition/matcher';
import { PageRecognizer } from '../../src/core/recognition/recognizer';

export function page(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
  return document.body;
}

export class TestHighlight implements HighlightLike {
  readonly ranges = new Set<AbstractRange>();
  get size(): number {
    return this.ranges.size;
  }
  add(range: AbstractRange): void {
    this.ranges.add(range);
  }
  delete(range: AbstractRange): void {
    this.ranges.delete(range);
  }
  clear(): void {
    this.ranges.clear();
  }
}

/** A registry like `CSS.highlights`: `set` answers undefined, as Firefox 140's does. */
export class TestHighlights implements HighlightApi {
  readonly names = new Map<string, TestHighlight>();
  /** The style rule in force (undefined: the default in marks.css). */
  styleRule: string | undefined;
  useStyleRule(rule: string | undefined): void {
    this.styleRule = rule;
  }
  readonly registry = {
    set: (name: string, highlight: HighlightLike): undefined => {
      this.names.set(name, highlight as TestHighlight);
      return undefined;
    },
    delete: (name: string): boolean => this.names.delete(name),
  };
  create(): TestHighlight {
    return new TestHighlight();
  }
  /** The texts a highlight holds, in the page's order. */
  texts(name: string): string[] {
    const ranges = [...(this.names.get(name)?.ranges ?? [])] as Range[];
    return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((range) => range.toString());
  }
}

/** The highlights and mentions of the last annotator made here. */
export let highlights = new TestHighlights();
export let mentions = new MentionIndex();

/** [text, company] for each mention, in the page's order (in `root` only, when given). */
export const marks = (root?: Node) =>
  mentions
    .inDocumentOrder()
    .filter((mention) => root === undefined || mention.nodes[0]!.getRootNode() === root || root.contains(mention.nodes[0]!))
    .map((mention) => [mention.range.toString(), mention.companyId]);

/** A scheduler the test drives: tasks run only when the test says so. */
export class ManualScheduler implements Scheduler {
  tasks: (() => void)[] = [];
  time = 0;
  later(task: () => void): void {
    this.tasks.push(task);
  }
  now(): number {
    return this.time;
  }
  runAll(limit = 10_000): void {
    for (let i = 0; i < limit && this.tasks.length > 0; i++) this.tasks.shift()!();
  }
}

/** `directLimit`: how many new ranges go straight into the registry (a larger batch is built apart). */
export function annotator(aliases: AliasEntry[], scheduler = new ManualScheduler(), directLimit?: number): Annotator {
  highlights = new TestHighlights();
  mentions = new MentionIndex(new PageHighlights(highlights, directLimit));
  return new Annotator(document, new PageRecognizer(compileMatcher(aliases)), mentions, { scheduler });
}

/** Marks the whole page at once; returns the annotator (to stop it) and how many marks it added. */
export function annotateAll(aliases: AliasEntry[]): { annotator: Annotator; added: number } {
  const instance = annotator(aliases);
  instance.runToCompletion();
  return { annotator: instance, added: instance.markCount };
}

/** The page's tree as markup, open shadow roots included: what marking must leave as it was. */
export function serialize(root: Node = document.documentElement): string {
  const serializer = new XMLSerializer();
  const out: string[] = [Array.from(root instanceof ShadowRoot ? root.childNodes : [root], (node) => serializer.serializeToString(node)).join('')];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) out.push(serialize(shadow));
  }
  return out.join('\n');
}
