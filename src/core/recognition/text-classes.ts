// Character classes for matching names in text, by char code, cached in one table: the matcher's
// inner loop asks for every character of a page, so the answer must be a single table read.

/** Not yet known: computed on first sight by learnFold. */
export const UNKNOWN = 0;
export const OTHER = 1;
/** A soft hyphen: inside a word, but not part of its key ("Open\u00adAI" is "OpenAI"). */
export const SOFT = 2;
/** Han, kana: each character is a word of its own, since these scripts put no spaces between words. */
export const IDEOGRAPH = 3;
/**
 * Folded values at or above this are word characters, the value being the unit's lower case. No
 * word character folds below it: '0' (48) is the smallest.
 */
export const FIRST_WORD_FOLD = 48;

/**
 * For each UTF-16 unit: its lower case when it is part of a word (letters, marks, digits), or one
 * of the classes above. Filled as units are met. Read it directly in hot loops.
 */
export const FOLD_TABLE = new Uint16Array(65536);
const WORD_PATTERN = /[\p{L}\p{M}\p{N}]/u;

function computeFold(code: number): number {
  if (code < 128) {
    if (code >= 48 && code <= 57) return code;
    if (code >= 97 && code <= 122) return code;
    if (code >= 65 && code <= 90) return code + 32;
    return OTHER;
  }
  if (code === 0xad) return SOFT;
  if (code >= 0xd800 && code <= 0xdfff) return code; // halves of astral characters: part of a word
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) {
    return IDEOGRAPH;
  }
  const char = String.fromCharCode(code);
  if (!WORD_PATTERN.test(char)) return OTHER;
  const lower = char.toLowerCase();
  const folded = lower.length === 1 ? lower.charCodeAt(0) : code;
  return folded >= FIRST_WORD_FOLD ? folded : code;
}

/** The table's value for `code`, computing it the first time. */
export function learnFold(code: number): number {
  let value = FOLD_TABLE[code]!;
  if (value === UNKNOWN) {
    value = computeFold(code);
    FOLD_TABLE[code] = value;
  }
  return value;
}

for (let code = 0; code < 128; code++) learnFold(code);

export function isWordUnit(code: number): boolean {
  const value = learnFold(code);
  return value >= FIRST_WORD_FOLD || value === IDEOGRAPH;
}

/** Lower case of one UTF-16 unit, or the unit itself when it has no single-unit lower case. */
export function lowerOf(code: number): number {
  const value = learnFold(code);
  return value >= FIRST_WORD_FOLD ? value : code;
}

export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x202f ||
    code === 0x2009 || code === 0x2007 || code === 0x200a || code === 0x3000 || code === 0x0c;
}

export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0xff07;
}

export function isDash(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2014);
}

/** One step of a word's key over a lower-cased unit (h × 31 + c): the same whatever its case. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}
