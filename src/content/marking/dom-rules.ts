// Which parts of a page Backstory reads, and how it groups text into blocks.

export const MARK_TAG = 'backstory-mark';
export const COMPANY_ATTRIBUTE = 'data-backstory-company';
/** On the second and later marks of a mention split across elements ("<b>Scale</b> AI"). */
export const CONTINUATION_ATTRIBUTE = 'data-backstory-continues';
/** One per mention: its first mark. What is counted, stepped through and revealed. */
export const MENTION_SELECTOR = `${MARK_TAG}[${COMPANY_ATTRIBUTE}]:not([${CONTINUATION_ATTRIBUTE}])`;
export const CARD_TAG = 'backstory-card';
/** On the page's root element: the reader's highlight style, which marks.css follows. */
export const HIGHLIGHT_ATTRIBUTE = 'data-backstory-highlight';

// Text here is code, input, controls, or not text at all: never touch it. By localName, which
// needs no string made per element (tagName.toUpperCase() did, for every element of a page).
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'code', 'pre',
  'kbd', 'samp', 'var', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title',
  CARD_TAG,
]);

/** Hidden, or editable: one native check instead of three attribute reads per element. */
const SKIP_ATTRIBUTES = '[hidden],[aria-hidden="true"],[contenteditable]:not([contenteditable="false"])';

// Elements inside a line of text: a name may continue across them, and they do not end a sentence.
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'label', 'mark', 'q', 's',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr', 'nobr', 'big', 'tt', MARK_TAG,
]);

/** Whether the subtree under this element may hold text to mark. */
export function isReadable(element: Element): boolean {
  return !SKIP_TAGS.has(element.localName) && !element.matches(SKIP_ATTRIBUTES);
}

export function isMark(node: Node | null): node is Element {
  return node instanceof Element && node.localName === MARK_TAG;
}

/** The nearest ancestor that is not inline: the paragraph, heading or list item a text belongs to. */
export function blockOf(node: Node): Node {
  let element = node.parentElement;
  while (element && INLINE_TAGS.has(element.localName) && element.parentElement) element = element.parentElement;
  return element ?? node.getRootNode();
}

// Elements that stand as blocks of their own among a container's children.
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'blockquote', 'figure', 'figcaption', 'pre', 'hr', 'form', 'fieldset',
  'details', 'summary', 'address',
]);

/**
 * Whether a mark in this text would become the first or the last element among blocks: text
 * straight in a container, before its first element child or after its last, next to a <p> or
 * an <h2>. A page's `> p:first-child { margin-top: 0 }` would then no longer match that <p> and the
 * page would move (IGN's articles: 12 px). Text between elements, and text in paragraphs among
 * links and emphasis, is not affected by such rules.
 */
export function marksWouldRestyleBlocks(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent || INLINE_TAGS.has(parent.localName)) return false;
  if (node.previousElementSibling && node.nextElementSibling) return false;
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.localName)) return true;
  }
  return false;
}

/** Whether anything above this node (up to its root) keeps it from being read. */
export function isInReadableArea(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (!isReadable(element)) return false;
  }
  return true;
}

/** Mentions per company id among the marks under `root`. */
export function countMarks(root: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mark of Array.from(root.querySelectorAll(MENTION_SELECTOR))) {
    const id = mark.getAttribute(COMPANY_ATTRIBUTE)!;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}
