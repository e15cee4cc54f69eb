// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { annotate, countMarks, removeMarks } from '../../src/content/annotate';
import { compileMatcher } from '../../src/core/matcher';

const matcher = compileMatcher([
  { text: 'Meta', companyId: 'meta', caseSensitive: true },
  { text: 'Scale AI', companyId: 'scale-ai', caseSensitive: true },
  { text: 'OpenAI', companyId: 'openai', caseSensitive: true },
]);

/** Puts test markup into the body (parsed, not assigned through innerHTML). */
function page(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
  return document.body;
}

const marks = (root: ParentNode = document.body) =>
  Array.from(root.querySelectorAll('backstory-mark')).map((mark) => [mark.textContent, mark.getAttribute('data-backstory-company')]);

const textNodes = (element: Node) => Array.from(element.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE).length;

beforeEach(() => {
  document.body.replaceChildren();
});

describe('annotate', () => {
  it('wraps exactly each mention, leaving the text unchanged', () => {
    const body = page('<p>Meta\u2019s stake in Scale AI worries OpenAI.</p><p>Again: Meta</p>');
    const before = body.textContent;
    expect(annotate(body, matcher)).toBe(4);
    expect(marks()).toEqual([['Meta', 'meta'], ['Scale AI', 'scale-ai'], ['OpenAI', 'openai'], ['Meta', 'meta']]);
    expect(body.textContent).toBe(before);
    const first = body.querySelector('backstory-mark');
    expect(first?.childNodes).toHaveLength(1);
    expect(first?.parentElement?.tagName).toBe('P');
  });

  it('marks mentions inside inline formatting', () => {
    const body = page('<p>Read <a href="/x">about <b>Meta</b> today</a>.</p>');
    expect(annotate(body, matcher)).toBe(1);
    expect(body.querySelector('b > backstory-mark')?.textContent).toBe('Meta');
  });

  it('leaves inputs, code, scripts, controls, editable and hidden content alone', () => {
    const body = page([
      '<textarea>Meta</textarea>',
      '<input value="Meta">',
      '<script>var s = "Meta";</script>',
      '<style>.Meta { color: red }</style>',
      '<code>Meta</code>',
      '<pre>OpenAI</pre>',
      '<button>Meta</button>',
      '<div contenteditable="true"><p>Meta</p></div>',
      '<div contenteditable="">OpenAI</div>',
      '<div hidden><span>Meta</span></div>',
      '<div aria-hidden="true">Meta</div>',
      '<select><option>Meta</option></select>',
    ].join(''));
    const before = body.textContent;
    expect(annotate(body, matcher)).toBe(0);
    expect(body.querySelectorAll('backstory-mark')).toHaveLength(0);
    expect(body.textContent).toBe(before);
  });

  it('still marks text in a non-editable part', () => {
    const body = page('<div contenteditable="false">Meta</div><p>OpenAI</p>');
    expect(annotate(body, matcher)).toBe(2);
  });

  it('does not wrap a mention twice when run again', () => {
    const body = page('<p>Meta and Scale AI</p>');
    annotate(body, matcher);
    expect(annotate(body, matcher)).toBe(0);
    expect(marks()).toEqual([['Meta', 'meta'], ['Scale AI', 'scale-ai']]);
    expect(body.querySelectorAll('backstory-mark backstory-mark')).toHaveLength(0);
  });

  it('marks only under the root it is given', () => {
    const body = page('<p id="a">Meta</p><p id="b">Meta</p>');
    expect(annotate(body.querySelector('#b')!, matcher)).toBe(1);
    expect(body.querySelector('#a backstory-mark')).toBeNull();
  });
});

describe('removeMarks', () => {
  it('restores the text and the text nodes it was split from', () => {
    const body = page('<p>Meta and Scale AI met OpenAI</p><p>Nothing here</p><p>Ends with Meta</p>');
    const paragraphs = Array.from(body.querySelectorAll('p'));
    const before = paragraphs.map((p) => [p.textContent, textNodes(p)]);
    annotate(body, matcher);
    expect(textNodes(paragraphs[0]!)).toBeGreaterThan(1);
    removeMarks(body);
    expect(body.querySelectorAll('backstory-mark')).toHaveLength(0);
    expect(paragraphs.map((p) => [p.textContent, textNodes(p)])).toEqual(before);
  });

  it('can mark again after removing', () => {
    const body = page('<p>Meta and OpenAI</p>');
    annotate(body, matcher);
    removeMarks(body);
    expect(annotate(body, matcher)).toBe(2);
  });

  it('restores a mark that stands alone in its element', () => {
    const body = page('<p><b>x</b></p>');
    const mark = document.createElement('backstory-mark');
    mark.setAttribute('data-backstory-company', 'meta');
    mark.textContent = 'Meta';
    body.querySelector('p')!.append(mark);
    removeMarks(body);
    expect(body.querySelector('p')?.textContent).toBe('xMeta');
    expect(body.querySelector('backstory-mark')).toBeNull();
  });
});

describe('countMarks', () => {
  it('counts the marks per company', () => {
    const body = page('<p>Meta, Meta and OpenAI; not meta.</p><p>Meta</p>');
    annotate(body, matcher);
    expect(countMarks(body)).toEqual({ meta: 3, openai: 1 });
    removeMarks(body);
    expect(countMarks(body)).toEqual({});
  });
});
