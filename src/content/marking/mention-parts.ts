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

/** What String.prototype.trim() takes away, by char code: no string made per character. */
function isBlank(code: number): boolean {
  return code <= 32 || code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The last node starting at or before `offset` (the nodes are in order of their start). */
function nodeAt(nodes: readonly BlockNode[], offset: number): number {
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (nodes[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The parts of the block text [start, end) node by node, or undefined when none touches a fresh
 * node (then the mention was read before: marked then, or evidence only).
 */
export function mentionParts(nodes: readonly BlockNode[], start: number, end: number): MentionPart[] | undefined {
  const parts: MentionPart[] = [];
  let fresh = false;
  for (let index = nodeAt(nodes, start); index < nodes.length && nodes[index]!.start < end; index++) {
    const node = nodes[index]!;
    const data = node.data;
    let from = Math.max(start, node.start) - node.start;
    let to = Math.min(end, node.start + data.length) - node.start;
    while (from < to && isBlank(data.charCodeAt(from))) from++;
    while (to > from && isBlank(data.charCodeAt(to - 1))) to--;
    if (from === to) continue;
    parts.push({ node: index, start: from, end: to });
    fresh ||= node.fresh;
  }
  return fresh ? parts : undefined;
}
