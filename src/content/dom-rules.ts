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

// Text here is code, input, controls, or not text at all: never touch it.
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE',
  'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
  CARD_TAG.toUpperCase(),
]);

// Elements inside a line of text: a name may continue across them, and they do not end a sentence.
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL', 'MARK', 'Q', 'S',
  'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR', 'NOBR', 'BIG', 'TT', MARK_TAG.toUpperCase(),
]);

/** Whether the subtree under this element may hold text to mark. */
export function isReadable(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName.toUpperCase())) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return false;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return false;
  return true;
}

export function isMark(node: Node | null): boolean {
  return node instanceof Element && node.tagName.toLowerCase() === MARK_TAG;
}

/** The nearest ancestor that is not inline: the paragraph, heading or list item a text belongs to. */
export function blockOf(node: Node): Node {
  let element = node.parentElement;
  while (element && INLINE_TAGS.has(element.tagName.toUpperCase()) && element.parentElement) element = element.parentElement;
  return element ?? node.getRootNode();
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
