// Numbers and dates in the reader's locale: "$14.3B", "49%", "Jun 2025".
import { precisionOf } from '../dataset/dates';

// Building an Intl formatter costs far more than using one; a card formats dozens of figures.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatMoney(amount: number, currency: string, locale?: string): string {
  return cached(`money|${locale}|${currency}`, () =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }),
  ).format(amount);
}

export function formatPercent(percent: number, locale?: string): string {
  return cached(`percent|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(percent / 100);
}

/** Shows only as much of the date as is known: "2025", "Jun 2025" or "Jun 12, 2025". */
export function formatPartialDate(value: string, locale?: string): string {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  const precision = precisionOf(value);
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
        : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return cached(`date|${locale}|${precision}`, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** "1 company", "2 companies". */
export function countLabel(count: number, singular: string, plural: string, locale?: string): string {
  return `${cached(`count|${locale}`, () => new Intl.NumberFormat(locale)).format(count)} ${count === 1 ? singular : plural}`;
}
