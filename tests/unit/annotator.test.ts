// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_NODE_CHARS } from '../../src/content/marking/annotator';
import { countMarks } from '../../src/content/marking/dom-rules';
import type { AliasEntry } from '../../src/core/recognition/matcher';
import { annotateAll, annotator, ManualScheduler, marks, page } from './dom-page';

const ALIASES: AliasEntry[] = [
  { text: 'Meta', companyId: 'meta', caseSensitive: true },
  { text: 'Scale AI', companyId: 'scale-ai', caseSensitive: true },
  { text: 'OpenAI', companyId: 'openai', caseSensitive: true },
];

const textNodes = (element: Node) => Array.from(element.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE).length;

/** Lets queued MutationObserver callbacks run. */
const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.replaceChildren();
});

describe('Annotator', () => {
  it('wraps exactly each mention, leaving the text unchanged', () => {
    const body = page('<p>Meta\u2019s stake in Scale AI worries OpenAI.</p><p>Again: Meta</p>');
    const before = body.textContent;
    expect(annotateAll(ALIASES).added).toBe(4);
    expect(marks()).toEqual([['Meta', 'meta'], ['Scale AI', 'scale-ai'], ['OpenAI', 'openai'], ['Meta', 'meta']]);
    expect(body.textContent).toBe(before);
    const first = body.querySelector('backstory-mark');
    expect(first?.childNodes).toHaveLength(1);
    expect(first?.parentElement?.tagName).toBe('P');
  });

  it('marks mentions inside inline formatting, and reads a paragraph across its inline elements', () => {
    const body = page('<p>Read <a href="/x">about <b>Meta</b> today</a>.</p>');
    expect(annotateAll(ALIASES).added).toBe(1);
    expect(body.querySelector('b > backstory-mark')?.textContent).toBe('Meta');
  });

  it('leaves inputs, code, scripts, controls, editable and hidden content alone', () => {
    const body = page([
      '<textarea>Meta</textarea>', '<input value="Meta">', '<script>var s = "Meta";</script>',
      '<style>.Meta { color: red }</style>', '<code>Meta</code>', '<pre>OpenAI</pre>', '<button>Meta</button>',
      '<div contenteditable="true"><p>Meta</p></div>', '<div contenteditable="">OpenAI</div>',
      '<div hidden><span>Meta</span></div>', '<div aria-hidden="true">Meta</div>', '<select><option>Meta</option></select>',
      '<svg><text>Meta</text></svg>', '<noscript>OpenAI</noscript>',
    ].join(''));
    const before = body.textContent;
    expect(annotateAll(ALIASES).added).toBe(0);
    expect(body.textContent).toBe(before);
  });

  it('still marks text in a part that is explicitly not editable', () => {
    page('<div contenteditable="false">Meta</div><p>OpenAI</p>');
    expect(annotateAll(ALIASES).added).toBe(2);
  });

  it('does not wrap a mention twice when run again', () => {
    const body = page('<p>Meta and Scale AI</p>');
    const { annotator: first } = annotateAll(ALIASES);
    first.runToCompletion();
    expect(annotateAll(ALIASES).added).toBe(0);
    expect(marks()).toEqual([['Meta', 'meta'], ['Scale AI', 'scale-ai']]);
    expect(body.querySelectorAll('backstory-mark backstory-mark')).toHaveLength(0);
  });

  it('stop() restores the text and the very text nodes it split', () => {
    const body = page('<p>Meta and Scale AI met OpenAI</p><p>Nothing here</p><p>Ends with Meta</p>');
    const paragraphs = Array.from(body.querySelectorAll('p'));
    const originals = paragraphs.map((p) => p.firstChild);
    const before = paragraphs.map((p) => [p.textContent, textNodes(p)]);
    const { annotator: instance } = annotateAll(ALIASES);
    expect(textNodes(paragraphs[0]!)).toBeGreaterThan(1);
    instance.stop();
    expect(body.querySelectorAll('backstory-mark')).toHaveLength(0);
    expect(paragraphs.map((p) => [p.textContent, textNodes(p)])).toEqual(before);
    expect(paragraphs.map((p) => p.firstChild)).toEqual(originals);
  });

  it('can mark again after stopping', () => {
    page('<p>Meta and OpenAI</p>');
    annotateAll(ALIASES).annotator.stop();
    expect(annotateAll(ALIASES).added).toBe(2);
  });

  it('counts the marks per company', () => {
    const body = page('<p>Meta, Meta and OpenAI; not meta.</p><p>Meta</p>');
    const { annotator: instance } = annotateAll(ALIASES);
    expect(countMarks(body)).toEqual({ meta: 3, openai: 1 });
    instance.stop();
    expect(countMarks(body)).toEqual({});
  });

  it('works in slices: a long page is marked over several idle callbacks, none longer than its budget', () => {
    page(Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} about Meta and OpenAI.</p>`).join(''));
    const scheduler = new ManualScheduler();
    const instance = annotator(ALIASES, scheduler);
    // Each step of reading costs 1 ms on this clock, so a 4 ms slice reads only a few nodes.
    const realNow = scheduler.now.bind(scheduler);
    scheduler.now = () => (scheduler.time += 1, realNow());
    instance.start();
    const afterFirstSlice = instance.markCount;
    expect(afterFirstSlice).toBeGreaterThan(0);
    expect(afterFirstSlice).toBeLessThan(800);
    expect(scheduler.tasks).toHaveLength(1);
    scheduler.runAll();
    expect(instance.markCount).toBe(800);
    instance.stop();
  });

  it('marks what the page adds later, once, without reading the rest again', async () => {
    const body = page('<main><p>Meta first.</p></main>');
    const scheduler = new ManualScheduler();
    const instance = annotator(ALIASES, scheduler);
    instance.start();
    scheduler.runAll();
    expect(instance.markCount).toBe(1);
    const added = document.createElement('p');
    added.textContent = 'Later, OpenAI and Scale AI.';
    body.querySelector('main')!.append(added);
    await mutationsDelivered();
    scheduler.runAll();
    expect(marks()).toEqual([['Meta', 'meta'], ['OpenAI', 'openai'], ['Scale AI', 'scale-ai']]);
    // Content the page replaces is read again.
    added.textContent = 'Now Meta again';
    await mutationsDelivered();
    scheduler.runAll();
    expect(marks()).toEqual([['Meta', 'meta'], ['Meta', 'meta']]);
    instance.stop();
    expect(body.querySelectorAll('backstory-mark')).toHaveLength(0);
    expect(body.textContent).toBe('Meta first.Now Meta again');
  });

  it('marks inside open shadow roots', () => {
    const body = page('<div id="host"></div><p>OpenAI</p>');
    const shadow = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    inner.textContent = 'Inside, Meta.';
    shadow.append(inner);
    const { annotator: instance } = annotateAll(ALIASES);
    expect(marks(shadow)).toEqual([['Meta', 'meta']]);
    expect(marks()).toEqual([['OpenAI', 'openai']]);
    // The tally the page session fetches profiles from counts the shadow root's marks too.
    expect([...instance.markedCompanyIds].sort()).toEqual(['meta', 'openai']);
    instance.stop();
    expect(shadow.textContent).toBe('Inside, Meta.');
    expect(instance.markedCompanyIds.size).toBe(0);
  });

  it('marks a name split across inline elements in each element, as one mention that is also evidence', () => {
    page('<p><b>Scale</b> AI and Apple</p>');
    const aliases: AliasEntry[] = [
      ...ALIASES,
      { text: 'Apple', companyId: 'scale-ai', caseSensitive: true, ambiguous: true, evidence: ['other-name-on-page'] },
    ];
    const { annotator, added } = annotateAll(aliases);
    expect(marks()).toEqual([['Scale', 'scale-ai'], ['AI', 'scale-ai'], ['Apple', 'scale-ai']]);
    // The space between the parts stays outside both marks, and the text is unchanged.
    expect(document.querySelector('p')!.textContent).toBe('Scale AI and Apple');
    expect(document.querySelector('b > backstory-mark')?.textContent).toBe('Scale');
    expect(added).toBe(2);
    expect(countMarks(document)).toEqual({ 'scale-ai': 2 });
    expect(document.querySelectorAll('[data-backstory-continues]')).toHaveLength(1);
    annotator.stop();
    const paragraph = document.querySelector('p')!;
    expect(Array.from(paragraph.childNodes, (node) => [node.nodeName, node.textContent])).toEqual([['B', 'Scale'], ['#text', ' AI and Apple']]);
    expect(paragraph.querySelector('b')!.childNodes).toHaveLength(1);
  });

  it('marks no text that would become the first or last element next to blocks, so p:first-child rules still match', () => {
    page('<section>Intro on Scale AI.<p>First</p>Between, OpenAI.<h2>Heading</h2>Outro on Meta Platforms</section><p>In a paragraph, <b>Scale AI</b> and OpenAI <a href="#">here</a>.</p>');
    annotateAll(ALIASES);
    expect(marks()).toEqual([['OpenAI', 'openai'], ['Scale AI', 'scale-ai'], ['OpenAI', 'openai']]);
    const section = document.querySelector('section')!;
    expect(section.firstElementChild!.localName).toBe('p');
    expect(section.lastElementChild!.localName).toBe('h2');
  });

  it('leaves a split name unmarked when part of it was marked before, and says nothing twice', () => {
    page('<p><b>Scale</b> AI</p>');
    annotateAll([{ text: 'Scale', companyId: 'scale-co', caseSensitive: true }]);
    const { added } = annotateAll(ALIASES);
    expect(added).toBe(0);
    expect(marks()).toEqual([['Scale', 'scale-co']]);
  });

  it('reads the blank text between two marks, so a second run does not join their words (found by the property test)', () => {
    page('<p>Scale Scale Meta</p>');
    const aliases: AliasEntry[] = [
      { text: 'Meta', companyId: 'meta', caseSensitive: true, ambiguous: true, evidence: ['capitalized-mid-sentence'] },
      { text: 'Scale', companyId: 'scale-co', caseSensitive: true },
    ];
    annotateAll(aliases);
    const first = marks();
    expect(annotateAll(aliases).added).toBe(0);
    expect(marks()).toEqual(first);
  });

  it('leaves a text node too long to be prose alone, and says so in its stats', () => {
    const huge = `Scale AI ${'data '.repeat(MAX_TEXT_NODE_CHARS / 5)}`;
    page('<p>Meta bought a stake.</p><div id="dump"></div>');
    document.querySelector('#dump')!.append(document.createTextNode(huge));
    const { annotator } = annotateAll(ALIASES);
    expect(marks()).toEqual([['Meta', 'meta']]);
    expect(annotator.stats.skippedNodes).toBe(1);
    expect(document.querySelector('#dump')!.textContent).toBe(huge);
  });

  it('reads a very long block in pieces and still marks every name inside its text nodes', () => {
    const spans = Array.from({ length: 120 }, (_, i) => `<span>${'filler text '.repeat(40)}Scale AI item ${i}. </span>`).join('');
    page(`<div>${spans}</div>`);
    annotateAll(ALIASES);
    expect(marks()).toHaveLength(120);
  });

  it('keeps count of its slices and when the page was marked', () => {
    page('<p>Meta and Scale AI.</p>');
    const { annotator } = annotateAll(ALIASES);
    expect(annotator.stats.slices).toBeGreaterThanOrEqual(1);
    expect(annotator.stats.firstMarkAt).toBeTypeOf('number');
    expect(annotator.stats.doneAt).toBeGreaterThanOrEqual(annotator.stats.firstMarkAt!);
  });

  it('forgets the marks the page removes, so they can be collected and no longer count', async () => {
    const body = page('<main><p id="old">OpenAI first.</p><p>Meta stays.</p></main>');
    const scheduler = new ManualScheduler();
    const instance = annotator(ALIASES, scheduler);
    instance.start();
    scheduler.runAll();
    expect([instance.markCount, [...instance.markedCompanyIds].sort()]).toEqual([2, ['meta', 'openai']]);
    body.querySelector('#old')!.remove();
    await mutationsDelivered();
    scheduler.runAll();
    expect([instance.markCount, [...instance.markedCompanyIds]]).toEqual([1, ['meta']]);
    instance.stop();
    expect(body.textContent).toBe('Meta stays.');
  });
});
