// Partial ISO dates ("2025", "2025-06", "2025-06-12"): the form carries the precision.

export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(value: string): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** True when the string names a calendar date that exists and is not after `now`. */
export function isRealPastDate(value: string, now: Date = new Date()): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists && date.getTime() <= now.getTime();
}
