// Where a mention lies in a block's text nodes. A name may run across inline elements
// ("<b>Scale</b> AI"): each node it touches gets its own part, spaces at a part's edges left out;
// the mention's range runs from its first part's start to its last part's end.

/** One text node of a block, as read: where its text starts in the block's joined text. */
export interface BlockNode {
  data: string;
  start: number;
  /** Not read before: a mention touching only nodes read before was marked then (or never is). */
  fresh: boolean;
}

export interface MentionPart {
  /** Index of the node in the block. */
  node: number;
  /** Offsets in that node's text. */
  start: number;
  end: number;
}

const isBlank = (char: string) => char.trim() === '';

/**
 * The parts of the block text [start, end) node by node, or undefined when none touches a fresh
 * node (then the mention was read before: marked then, or evidence only).
 */
export function mentionParts(nodes: readonly BlockNode[], start: number, end: number): MentionPart[] | undefined {
  let first = nodes.length - 1;
  while (first > 0 && nodes[first]!.start > start) first--;
  const parts: MentionPart[] = [];
  for (let index = first; index < nodes.length && nodes[index]!.start < end; index++) {
    const node = nodes[index]!;
    let from = Math.max(start, node.start) - node.start;
    let to = Math.min(end, node.start + node.data.length) - node.start;
    while (from < to && isBlank(node.data[from]!)) from++;
    while (to > from && isBlank(node.data[to - 1]!)) to--;
    if (from === to) continue;
    parts.push({ node: index, start: from, end: to });
  }
  return parts.some((part) => nodes[part.node]!.fresh) ? parts : undefined;
}
