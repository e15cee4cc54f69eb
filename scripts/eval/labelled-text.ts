// Labelled evaluation pages: a name a person would mark is written [[text|company-id]] in the
// page source. This turns such a source into the plain page and the list of expected mentions.

export interface Label {
  text: string;
  companyId: string;
}

const LABEL = /\[\[([^\]|]+)\|([a-z0-9-]+)\]\]/g;

/** The page as a reader sees it (labels replaced by their text), and the labels in order. */
export function unlabel(source: string): { html: string; labels: Label[] } {
  const labels: Label[] = [];
  const html = source.replace(LABEL, (_match, text: string, companyId: string) => {
    labels.push({ text, companyId });
    return text;
  });
  return { html, labels };
}

/** The source with each label as an element, so a DOM can tell where each expected mention is. */
export function labelsAsElements(source: string, tag: string): string {
  return source.replace(LABEL, (_match, text: string, companyId: string) => `<${tag} data-id="${companyId}">${text}</${tag}>`);
}

export interface Span {
  start: number;
  end: number;
  companyId: string;
}

export interface Score {
  truePositives: number;
  falsePositives: Span[];
  falseNegatives: Span[];
  precision: number;
  recall: number;
}

const key = (span: Span) => `${span.start}:${span.end}:${span.companyId}`;

export function score(expected: readonly Span[], found: readonly Span[]): Score {
  const wanted = new Set(expected.map(key));
  const got = new Set(found.map(key));
  const truePositives = found.filter((span) => wanted.has(key(span))).length;
  const falsePositives = found.filter((span) => !wanted.has(key(span)));
  const falseNegatives = expected.filter((span) => !got.has(key(span)));
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: found.length === 0 ? 1 : truePositives / found.length,
    recall: expected.length === 0 ? 1 : truePositives / expected.length,
  };
}
