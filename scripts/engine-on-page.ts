// The extension's recognition engine run on an HTML document outside the browser (happy-dom), for
// `npm run scan`, `npm run eval` and the evaluation test: the same annotator, read to completion.
import { Window } from 'happy-dom';
import { Annotator } from '../src/content/marking/annotator';
import { MentionIndex } from '../src/content/marking/mention-index';
import { compileMatcher, type AliasEntry } from '../src/core/recognition/matcher';
import { PageRecognizer } from '../src/core/recognition/recognizer';

export interface FoundMention {
  start: number;
  end: number;
  companyId: string;
  text: string;
}

/** Parses HTML into a document, making the DOM classes the engine uses available globally. */
export function parsePage(html: string): Document {
  const window = new Window({ url: 'http://localhost/', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  const globals = globalThis as Record<string, unknown>;
  for (const name of ['Node', 'NodeFilter', 'Element', 'Text', 'ShadowRoot', 'MutationObserver'] as const) {
    globals[name] ??= (window as unknown as Record<string, unknown>)[name];
  }
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Marks the document with these aliases; returns each mention with its offsets in the body's text. */
export function mentionsInDocument(document: Document, aliases: readonly AliasEntry[]): FoundMention[] {
  const mentions = new MentionIndex();
  const annotator = new Annotator(document, new PageRecognizer(compileMatcher(aliases)), mentions, { scheduler: { later: () => undefined, now: () => 0 } });
  annotator.runToCompletion();
  // Where each text node starts in the body's text.
  const starts = new Map<Node, number>();
  const walker = document.createTreeWalker(document.body, 0x4 /* SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    starts.set(node, text.length);
    text += (node as Text).data;
  }
  const found: FoundMention[] = [];
  for (const { range, companyId } of mentions.all()) {
    const from = starts.get(range.startContainer);
    const to = starts.get(range.endContainer);
    // A mention in a shadow root is not in the body's text.
    if (from === undefined || to === undefined) continue;
    const start = from + range.startOffset;
    const end = to + range.endOffset;
    found.push({ start, end, companyId, text: text.slice(start, end) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Text spans whose text node `idOf` names, with offsets in the body's text content; a node that
 * `continues` the span before it extends that span.
 */
export function spansOf(document: Document, idOf: (node: Text) => string | undefined, continues: (node: Text) => boolean = () => false): FoundMention[] {
  const spans: FoundMention[] = [];
  const walker = document.createTreeWalker(document.body, 0x4 /* SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const companyId = idOf(node);
    const start = text.length;
    text += node.data;
    if (companyId === undefined) continue;
    const previous = spans.at(-1);
    // The rest of a name split across elements extends its first part: one mention.
    if (previous && continues(node)) {
      previous.end = text.length;
      previous.text = text.slice(previous.start);
    } else {
      spans.push({ start, end: text.length, companyId, text: node.data });
    }
  }
  return spans;
}
