// What the page-safety suites compare between a page with and without Backstory: its tree as
// markup (marks are highlights: not one node may change), its readable text, the boxes of its
// elements and its form fields. Runs in the page (playwright and puppeteer both pass these
// functions to evaluate).

export interface PageSnapshot {
  text: string;
  /** Rounded boxes of the first elements in document order (Backstory's own elements left out). */
  boxes: string[];
  fields: string[];
  /** The document serialised, open shadow roots after it. */
  dom: string;
}

/** In the page: everything a reader could notice changing. */
export function snapshotPage(limit: number): PageSnapshot {
  const ours = (element: Element) => element.tagName.toLowerCase().startsWith('backstory-');
  const boxes: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node && boxes.length < limit; node = walker.nextNode()) {
    const element = node as Element;
    if (ours(element)) continue;
    const box = element.getBoundingClientRect();
    boxes.push(`${element.tagName}:${Math.round(box.x)},${Math.round(box.y)},${Math.round(box.width)},${Math.round(box.height)}`);
  }
  const fields = Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')).map(
    (field) => `${field.tagName}#${field.id}=${field.value}`,
  );
  for (const editable of Array.from(document.querySelectorAll('[contenteditable]'))) fields.push(`editable#${editable.id}=${editable.textContent}`);
  const serializer = new XMLSerializer();
  const parts = [serializer.serializeToString(document.documentElement)];
  const all = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
  for (let node = all.nextNode(); node; node = all.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow && !ours(node as Element)) parts.push(Array.from(shadow.childNodes, (child) => serializer.serializeToString(child)).join(''));
  }
  return { text: document.body.textContent ?? '', boxes, fields, dom: parts.join('\n') };
}

/** Where two serialisations first differ, with a little context, or 'the same'. */
export function firstDifference(a: string, b: string): string {
  if (a === b) return 'the same';
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return `differ at ${at} of ${a.length}/${b.length}: …${a.slice(Math.max(0, at - 60), at + 60)}… vs …${b.slice(Math.max(0, at - 60), at + 60)}…`;
}

/** In the page: mentions where none may be (form fields, editable areas, code, buttons). */
export function marksInForbiddenPlaces(): number {
  const forbidden = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), code, pre, button, script, style';
  const ranges = [...(CSS.highlights.get('backstory') ?? [])] as Range[];
  return ranges.filter((range) => range.startContainer.parentElement?.closest(forbidden)).length;
}
