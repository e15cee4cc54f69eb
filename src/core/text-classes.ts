// Character classes for matching names in text, by char code, cached: the matcher's inner loop
// asks for every character of a page, so the answer must be a table read.

export const WORD = 1;
export const OTHER = 2;
/** Han, kana: each character is a word of its own, since these scripts put no spaces between words. */
export const IDEOGRAPH = 3;
/** A soft hyphen: inside a word, but not part of its key ("Open\u00adAI" is "OpenAI"). */
export const SOFT = 4;

/** Class of each UTF-16 unit (0: not yet known), filled as units are met. Read it directly in hot loops. */
export const CLASS_TABLE = new Uint8Array(65536);
/** Lower case of each unit, filled together with its class. */
export const LOWER_TABLE = new Uint16Array(65536);
const WORD_PATTERN = /[\p{L}\p{M}\p{N}]/u;

function computeClass(code: number): number {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? WORD : OTHER;
  }
  if (code === 0xad) return SOFT;
  if (code >= 0xd800 && code <= 0xdfff) return WORD; // halves of astral characters: part of a word
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) {
    return IDEOGRAPH;
  }
  return WORD_PATTERN.test(String.fromCharCode(code)) ? WORD : OTHER;
}

export function classOf(code: number): number {
  let value = CLASS_TABLE[code]!;
  if (value === 0) {
    value = computeClass(code);
    CLASS_TABLE[code] = value;
    const lower = String.fromCharCode(code).toLowerCase();
    LOWER_TABLE[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  return value;
}

/** Lower case of one UTF-16 unit, or the unit itself when it has no single-unit lower case. */
export function lowerOf(code: number): number {
  classOf(code);
  return LOWER_TABLE[code]!;
}

for (let code = 0; code < 128; code++) classOf(code);

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

export const HASH_SEED = 0;

