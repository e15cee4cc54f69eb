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

const DAY_MS = 86_400_000;

/** The first and last day (as UTC milliseconds) that a partial date can mean: "2024" is all of 2024. */
export function dateRange(value: string): [number, number] {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined) {
    const start = Date.UTC(year, month! - 1, day);
    return [start, start];
  }
  if (month !== undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1) - DAY_MS];
  return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1) - DAY_MS];
}

/** Days between two partial dates at their closest readings (0 when their ranges overlap). */
export function daysApart(a: string, b: string): number {
  const [aStart, aEnd] = dateRange(a);
  const [bStart, bEnd] = dateRange(b);
  const gap = Math.max(bStart - aEnd, aStart - bEnd, 0);
  return Math.round(gap / DAY_MS);
}
