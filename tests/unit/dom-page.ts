// Test helpers for DOM tests: build a page from markup (parsed, never through innerHTML) and read
// what Backstory marked on it.
import { Annotator, type Scheduler } from '../../src/content/marking/annotator';
import { compileMatcher, type AliasEntry } from '../../src/core/recognition/matcher';
import { PageRecognizer } from '../../src/core/recognition/recognizer';

export function page(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
  return document.body;
}

export const marks = (root: ParentNode = document.body) =>
  Array.from(root.querySelectorAll('backstory-mark')).map((mark) => [mark.textContent, mark.getAttribute('data-backstory-company')]);

/** A scheduler the test drives: tasks run only when the test says so. */
export class ManualScheduler implements Scheduler {
  tasks: (() => void)[] = [];
  time = 0;
  later(task: () => void): void {
    this.tasks.push(task);
  }
  now(): number {
    return this.time;
  }
  runAll(limit = 10_000): void {
    for (let i = 0; i < limit && this.tasks.length > 0; i++) this.tasks.shift()!();
  }
}

export function annotator(aliases: AliasEntry[], scheduler = new ManualScheduler()): Annotator {
  return new Annotator(document, new PageRecognizer(compileMatcher(aliases)), { scheduler });
}

/** Marks the whole page at once; returns the annotator (to stop it) and how many marks it added. */
export function annotateAll(aliases: AliasEntry[]): { annotator: Annotator; added: number } {
  const instance = annotator(aliases);
  instance.runToCompletion();
  return { annotator: instance, added: instance.markCount };
}
