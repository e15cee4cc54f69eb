// Which parts of a page Backstory reads, and how it groups text into blocks.

/** Backstory's own elements on a page: the card's host, and the keyboard's focus ring. */
export const CARD_TAG = 'backstory-card';
export const FOCUS_TAG = 'backstory-focus';

// Text here is code, input, controls, or not text at all: never touch it. By localName, which
// needs no string made per element (tagName.toUpperCase() did, for every element of a page).
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'code', 'pre',
  'kbd', 'samp', 'var', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title',
  CARD_TAG, FOCUS_TAG,
]);

/** Hidden, or editable: one native check instead of three attribute reads per element. */
const SKIP_ATTRIBUTES = '[hidden],[aria-hidden="true"],[contenteditable]:not([contenteditable="false"])';

// Elements inside a line of text: a name may continue across them, and they do not end a sentence.
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'label', 'mark', 'q', 's',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr', 'nobr', 'big', 'tt',
]);

/** Whether the subtree under this element may hold text to mark. */
export function isReadable(element: Element): boolean {
  return !SKIP_TAGS.has(element.localName) && !element.matches(SKIP_ATTRIBUTES);
}

/** The nearest ancestor that is not inline: the paragraph, heading or list item a text belongs to. */
export function blockOf(node: Node): Node {
  let element = node.parentElement;
  while (element && INLINE_TAGS.has(element.localName) && element.parentElement) element = element.parentElement;
  return element ?? node.getRootNode();
}

/** Whether anything above this node (up to its root) keeps it from being read. */
export function isInReadableArea(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (!isReadable(element)) return false;
  }
  return true;
}
