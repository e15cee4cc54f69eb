// Reading Backstory's marks from the page's own scripting context, as any outside check can: the
// CSS highlight registry (README, "What a page can see"). `backstory` holds every mention's range,
// `backstory:<company id>` each company's. Works with Playwright and Puppeteer pages alike.

// Playwright's and Puppeteer's evaluate() differ in their types, not in how they are called.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Evaluates = { evaluate: (...args: any[]) => Promise<any> };
type Moves = Evaluates & {
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
};

/** The company ids that have at least one mention on the page, sorted. */
export function markedCompanies(page: Evaluates): Promise<string[]> {
  return page.evaluate(() => {
    const ids: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('backstory:') && highlight.size > 0) ids.push(name.slice('backstory:'.length));
    });
    return ids.sort();
  }, undefined);
}

/** How many mentions the page has (of one company, when given). */
export function mentionCount(page: Evaluates, companyId?: string): Promise<number> {
  return page.evaluate((id: string | undefined) => CSS.highlights.get(id === undefined ? 'backstory' : `backstory:${id}`)?.size ?? 0, companyId);
}

/** The text of each mention (of one company, when given), in the page's order. */
export function mentionTexts(page: Evaluates, companyId?: string): Promise<string[]> {
  return page.evaluate((id: string | undefined) => {
    const ranges = [...(CSS.highlights.get(id === undefined ? 'backstory' : `backstory:${id}`) ?? [])] as Range[];
    return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((range) => range.toString());
  }, companyId);
}

/** The middle of a mention's first box, after scrolling it to the middle of the window. */
export function mentionPoint(page: Evaluates, companyId: string, index = 0, selector?: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(({ id, nth, within }: { id: string; nth: number; within: string | undefined }) => {
    const scope = within ? document.querySelector(within) : null;
    const ranges = ([...(CSS.highlights.get(`backstory:${id}`) ?? [])] as Range[])
      .filter((range) => !scope || scope.contains(range.startContainer))
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = ranges[nth];
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = range.getClientRects()[0];
    return box ? { x: box.left + Math.min(box.width / 2, 8), y: box.top + box.height / 2 } : null;
  }, { id: companyId, nth: index, within: selector });
}

/** Moves the real pointer onto a mention (found as mentionPoint finds it); throws when there is none. */
export async function hoverMention(page: Moves, companyId: string, index = 0, selector?: string): Promise<{ x: number; y: number }> {
  const point = await mentionPoint(page, companyId, index, selector);
  if (!point) throw new Error(`no visible mention of ${companyId} (#${index}) on the page`);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  return point;
}

/** How many mentions lie inside elements matching `selector` (none should, for fields and code). */
export function mentionsInside(page: Evaluates, selector: string): Promise<number> {
  return page.evaluate((within: string) => {
    const ranges = [...(CSS.highlights.get('backstory') ?? [])] as Range[];
    return ranges.filter((range) => range.startContainer.parentElement?.closest(within)).length;
  }, selector);
}

/** The names Backstory has registered now (none once it is off). */
export function highlightNames(page: Evaluates): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('backstory')).sort(), undefined);
}

/** How the first mention is painted: the computed `::highlight(backstory)` style of its element. */
export function mentionPaint(page: Evaluates): Promise<{ line: string; style: string; background: string } | null> {
  return page.evaluate(() => {
    const [range] = [...(CSS.highlights.get('backstory') ?? [])] as Range[];
    const element = range?.startContainer.parentElement;
    if (!element) return null;
    const paint = getComputedStyle(element, '::highlight(backstory)');
    return { line: paint.textDecorationLine, style: paint.textDecorationStyle, background: paint.backgroundColor };
  }, undefined);
}

/** Waits until the page has a mention (of one company, when given): usable outside a test too. */
export async function waitForMentions(page: Evaluates, companyId?: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await mentionCount(page, companyId).catch(() => 0)) === 0) {
    if (Date.now() > until) throw new Error(`no mention${companyId ? ` of ${companyId}` : ''} appeared within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
