// The extension's recognition engine run on an HTML document outside the browser (happy-dom), for
// `npm run scan`, `npm run eval` and the evaluation test: the same annotator, read to completion.
import { Window } from 'happy-dom';
import { Annotator } from '../src/content/marking/annotator';
import { COMPANY_ATTRIBUTE, CONTINUATION_ATTRIBUTE, MARK_TAG } from '../src/content/marking/dom-rules';
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
  const annotator = new Annotator(document, new PageRecognizer(compileMatcher(aliases)), { scheduler: { later: () => undefined, now: () => 0 } });
  annotator.runToCompletion();
  const spans = spansOf(document, (node) => {
    const parent = node.parentElement;
    if (parent?.tagName.toLowerCase() !== MARK_TAG) return undefined;
    return parent.getAttribute(COMPANY_ATTRIBUTE) ?? undefined;
  }, (node) => node.parentElement?.hasAttribute(CONTINUATION_ATTRIBUTE) === true);
  return spans;
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
