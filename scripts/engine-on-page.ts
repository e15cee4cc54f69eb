// The extension's recognition engine run on an HTML document outside the browser (happy-dom), for
// `npm run scan`, `npm run eval` and the evaluation test: the same annotator, read to completion.
import { Window } from 'happy-dom';
import { Annotator } from '../src/content/annotator';
import { COMPANY_ATTRIBUTE, MARK_TAG } from '../src/content/dom-rules';
import { compileMatcher, type AliasEntry } from '../src/core/matcher';
import { PageRecognizer } from '../src/core/recognizer';

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
  return spansOf(document, (node) => {
    const parent = node.parentElement;
    return parent?.tagName.toLowerCase() === MARK_TAG ? parent.getAttribute(COMPANY_ATTRIBUTE) ?? undefined : undefined;
  });
}

/** Text spans whose text node `idOf` names, with offsets in the body's text content. */
export function spansOf(document: Document, idOf: (node: Text) => string | undefined): FoundMention[] {
  const spans: FoundMention[] = [];
  const walker = document.createTreeWalker(document.body, 0x4 /* SHOW_TEXT */);
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const companyId = idOf(node);
    if (companyId !== undefined) spans.push({ start: offset, end: offset + node.data.length, companyId, text: node.data });
    offset += node.data.length;
  }
  return spans;
}
