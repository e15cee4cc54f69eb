// Marks company mentions in the page by splitting text nodes and wrapping each mention in one
// inline element. Only text nodes are split and wrapped, so the page's text stays identical.
import type { Matcher } from '../core/matcher';

export const MARK_TAG = 'backstory-mark';
export const COMPANY_ATTRIBUTE = 'data-backstory-company';

// Text here is code, input, controls or not text at all; never touch it.
const SKIP_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object',
  '[contenteditable]:not([contenteditable="false"])', '[aria-hidden="true"]', '[hidden]',
  MARK_TAG, 'backstory-card',
].join(',');

function isMarkable(text: Text): boolean {
  const parent = text.parentElement;
  if (!parent || text.data.trim() === '') return false;
  if (parent.isContentEditable) return false;
  return parent.closest(SKIP_SELECTOR) === null;
}

/** Marks every mention under `root`; returns how many marks it added. */
export function annotate(root: Node, matcher: Matcher): number {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (isMarkable(node as Text) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  // Collect first: wrapping while walking would move the walker onto the new nodes.
  const work: { node: Text; mentions: ReturnType<Matcher['find']> }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const mentions = matcher.find((node as Text).data);
    if (mentions.length > 0) work.push({ node: node as Text, mentions });
  }
  let added = 0;
  for (const { node, mentions } of work) {
    // From the last mention back, so earlier offsets stay valid in the first part of the node.
    for (let i = mentions.length - 1; i >= 0; i--) {
      const mention = mentions[i]!;
      const tail = node.splitText(mention.start);
      tail.splitText(mention.end - mention.start);
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute(COMPANY_ATTRIBUTE, mention.companyId);
      tail.replaceWith(mark);
      mark.appendChild(tail);
      added++;
    }
  }
  return added;
}

/** Removes every mark under `root`, joining the text back into the nodes it was split from. */
export function removeMarks(root: ParentNode): void {
  for (const mark of Array.from(root.querySelectorAll(MARK_TAG))) {
    const text = mark.textContent ?? '';
    const before = mark.previousSibling;
    const after = mark.nextSibling;
    if (before instanceof Text) {
      before.data += text;
      if (after instanceof Text) {
        before.data += after.data;
        after.remove();
      }
      mark.remove();
    } else if (after instanceof Text) {
      after.data = text + after.data;
      mark.remove();
    } else {
      mark.replaceWith(text);
    }
  }
}

/** Mentions per company id among the marks under `root`. */
export function countMarks(root: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mark of Array.from(root.querySelectorAll(`${MARK_TAG}[${COMPANY_ATTRIBUTE}]`))) {
    const id = mark.getAttribute(COMPANY_ATTRIBUTE)!;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}
