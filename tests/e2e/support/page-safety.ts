// What the page-safety suites compare between a page with and without Backstory: its readable text,
// the boxes of its elements, its form fields, and what marking cost in the content script's own
// measure. Runs in the page (playwright and puppeteer both pass these functions to evaluate).

export interface PageSnapshot {
  text: string;
  /** Rounded boxes of the first elements in document order (Backstory's own elements left out). */
  boxes: string[];
  fields: string[];
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
  return { text: document.body.textContent ?? '', boxes, fields };
}

/** In the page: marks where none may be (form fields, editable areas, code, buttons). */
export function marksInForbiddenPlaces(): number {
  return document.querySelectorAll(
    'input backstory-mark, textarea backstory-mark, select backstory-mark, [contenteditable] backstory-mark, code backstory-mark, pre backstory-mark, button backstory-mark, script backstory-mark, style backstory-mark',
  ).length;
}
