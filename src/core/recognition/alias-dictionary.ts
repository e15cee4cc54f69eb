// The matcher's dictionary: every alias grouped by the key of its first word (a hash of its lower
// case) in a flat open-addressing table, behind two bitsets that turn away most words at once.
// A few typed arrays and no object per name, so 100,000 aliases compile in two short loops and
// take a few megabytes.
import type { EvidenceKind } from '../dataset/dataset-schema';
import { FIRST_WORD_FOLD, FOLD_TABLE, hashStep, IDEOGRAPH, isSpace, learnFold, SOFT } from './text-classes';

export interface AliasEntry {
  text: string;
  companyId: string;
  caseSensitive: boolean;
  /** Also an ordinary word: counted only with evidence (see recognizer.ts). */
  ambiguous?: boolean;
  evidence?: readonly EvidenceKind[];
  /** "ticker": found only as evidence for the company ("$AAPL"), never marked. */
  role?: 'name' | 'ticker';
}

/**
 * The first-word filters are bitsets over the low 20 bits of a word's key: 128 KB each, small
 * enough to stay in cache. One holds every alias's first word; the other only those that a word
 * starting in lower case can match, so "the" and "new" in running text go no further.
 */
const FILTER_BITS = 20;
const FILTER_MASK = (1 << (FILTER_BITS - 5)) - 1;

function addToFilter(filter: Uint32Array, key: number): void {
  filter[(key >>> 5) & FILTER_MASK]! |= 1 << (key & 31);
}

export function inFilter(filter: Uint32Array, key: number): boolean {
  return ((filter[(key >>> 5) & FILTER_MASK]! >>> (key & 31)) & 1) === 1;
}

/** A first word shared by more aliases than this is narrowed by the text's second word. */
export const NARROW_AT = 8;
/** The second-word key of a one-word alias: sorts before any real key. */
export const NO_SECOND = -0x80000000;
const SLOT_WIDTH = 3;

/**
 * The dictionary: aliases grouped by first-word key in a flat open-addressing table. A group
 * is a run of `order` (alias indexes), sorted by second-word key when it is large.
 */
export interface Dictionary {
  entries: AliasEntry[];
  filterAll: Uint32Array;
  filterLower: Uint32Array;
  mask: number;
  /** Per slot: the first-word key, where its group starts in `order`, and its size (0: empty). */
  slots: Int32Array;
  order: Int32Array;
  secondKey: Int32Array;
}

/** Whether every unit of `text` is ASCII: such a name needs no Unicode normalisation. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The text as matched: without surrounding spaces (trim only when there are any: it copies). */
function trimmed(text: string): string {
  return text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1))) ? text.trim() : text;
}

/** An alias's first two word keys and how it starts, read in one pass by readAliasWords. */
let aliasFirst = 0;
let aliasSecond = NO_SECOND;
let aliasCapital = false;

/** Reads the first two words of an alias into the variables above; false when it has no word. */
function readAliasWords(text: string): boolean {
  const fold = FOLD_TABLE;
  const length = text.length;
  let words = 0;
  let key = 0;
  let inWord = false;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 0x20;
    let folded = fold[code]!;
    if (folded === 0) folded = learnFold(code);
    if (folded === SOFT && inWord) continue;
    if (folded >= FIRST_WORD_FOLD) {
      if (!inWord) {
        if (words === 0) aliasCapital = folded !== code;
        inWord = true;
        key = 0;
      }
      key = (Math.imul(key, 31) + folded) | 0;
      continue;
    }
    if (inWord) {
      inWord = false;
      if (words++ === 0) aliasFirst = key;
      else {
        aliasSecond = key;
        return true;
      }
    }
    if (folded === IDEOGRAPH) {
      if (words === 0) aliasCapital = false;
      if (words++ === 0) aliasFirst = hashStep(0, code);
      else {
        aliasSecond = hashStep(0, code);
        return true;
      }
    }
  }
  if (words === 0) return false;
  aliasSecond = NO_SECOND;
  return true;
}

export function buildDictionary(aliases: readonly AliasEntry[]): Dictionary {
  const entries: AliasEntry[] = [];
  let firstKey = new Int32Array(aliases.length);
  let secondKey = new Int32Array(aliases.length);
  const filterAll = new Uint32Array(1 << (FILTER_BITS - 5));
  const filterLower = new Uint32Array(1 << (FILTER_BITS - 5));
  const add = (entry: AliasEntry) => {
    if (!readAliasWords(entry.text)) return;
    if (entries.length === firstKey.length) {
      // Accented names add a decomposed form: room for more.
      firstKey = grown(firstKey);
      secondKey = grown(secondKey);
    }
    firstKey[entries.length] = aliasFirst;
    secondKey[entries.length] = aliasSecond;
    entries.push(entry);
    addToFilter(filterAll, aliasFirst);
    if (!entry.caseSensitive || !aliasCapital) addToFilter(filterLower, aliasFirst);
  };
  for (const alias of aliases) {
    if (isAscii(alias.text)) {
      const text = trimmed(alias.text);
      // The caller's object is kept when its text needs no change: 100,000 aliases, no copies.
      add(text === alias.text ? alias : { ...alias, text });
      continue;
    }
    const text = alias.text.trim().normalize('NFC');
    add(text === alias.text ? alias : { ...alias, text });
    // Text may carry accents as separate marks ("e" + U+0301): match that form too.
    const decomposed = text.normalize('NFD');
    if (decomposed !== text) add({ ...alias, text: decomposed });
  }
  const count = entries.length;
  let { slots, mask, slotOf } = groupByFirstWord(firstKey, count, count);
  // Many names share a first word ("First", "American"): when there are far fewer first words than
  // names, the table is sized again for them, so that it stays small enough to stay in cache.
  let distinct = 0;
  for (let at = 0; at < slots.length; at += SLOT_WIDTH) if (slots[at + 2]! > 0) distinct++;
  if (distinct * 8 < mask + 1) ({ slots, mask, slotOf } = groupByFirstWord(firstKey, count, distinct * 2));
  // Groups laid out one after another, in slot order; each filled in alias order, the start
  // serving as the cursor and moved back after.
  let next = 0;
  for (let at = 0; at < slots.length; at += SLOT_WIDTH) {
    const size = slots[at + 2]!;
    if (size === 0) continue;
    slots[at + 1] = next;
    next += size;
  }
  const order = new Int32Array(count);
  for (let index = 0; index < count; index++) order[slots[slotOf[index]! * SLOT_WIDTH + 1]!++] = index;
  for (let at = 0; at < slots.length; at += SLOT_WIDTH) {
    const size = slots[at + 2]!;
    if (size === 0) continue;
    const start = (slots[at + 1]! -= size);
    // Large groups sorted by second word (ties in alias order).
    if (size <= NARROW_AT) continue;
    sortGroup(order, start, start + size, secondKey);
  }
  return { entries, filterAll, filterLower, mask, slots, order, secondKey };
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2 + 16);
  larger.set(array);
  return larger;
}

/**
 * An open-addressing table of first-word keys with room for `keys` of them at half load: per
 * slot the key and the number of aliases that start with it, and per alias its slot.
 */
function groupByFirstWord(firstKey: Int32Array, count: number, keys: number): { slots: Int32Array<ArrayBuffer>; mask: number; slotOf: Int32Array } {
  let capacity = 16;
  while (capacity < keys * 2) capacity *= 2;
  const mask = capacity - 1;
  // One slot is three numbers side by side (key, group start, group size): one cache line a probe.
  const slots = new Int32Array(capacity * SLOT_WIDTH);
  const slotOf = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    const key = firstKey[index]!;
    let slot = mixKey(key) & mask;
    while (slots[slot * SLOT_WIDTH + 2]! > 0 && slots[slot * SLOT_WIDTH] !== key) slot = (slot + 1) & mask;
    slots[slot * SLOT_WIDTH] = key;
    slots[slot * SLOT_WIDTH + 2]!++;
    slotOf[index] = slot;
  }
  return { slots, mask, slotOf };
}

/** Sorts order[from, to) by second-word key, ties in alias order: in place, as groups are small. */
function sortGroup(order: Int32Array, from: number, to: number, secondKey: Int32Array): void {
  if (to - from > 64) {
    order.set(Array.from(order.subarray(from, to)).sort((x, y) => secondKey[x]! - secondKey[y]! || x - y), from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const index = order[i]!;
    const key = secondKey[index]!;
    let j = i - 1;
    // Indexes arrive in alias order, so moving only past larger keys keeps ties in that order.
    while (j >= from && secondKey[order[j]!]! > key) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = index;
  }
}

/** Spreads a word key's bits so that neighbouring keys land in different slots. */
function mixKey(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b) ^ (key >>> 13);
}

/** Where the group of first-word key `key` is described in `slots` (key, start, size), or -1. */
export function findSlot(dictionary: Dictionary, key: number): number {
  const { slots, mask } = dictionary;
  let slot = mixKey(key) & mask;
  while (slots[slot * SLOT_WIDTH + 2]! > 0) {
    if (slots[slot * SLOT_WIDTH] === key) return slot * SLOT_WIDTH;
    slot = (slot + 1) & mask;
  }
  return -1;
}
