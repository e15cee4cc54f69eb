import { describe, expect, it } from 'vitest';
import { formatMoney, formatPartialDate, formatPercent } from '../../src/core/display/format';

// Expected strings are written out as Node 20 (ICU 78) prints them; \u00a0 is a non-breaking space.
describe('format, en-US', () => {
  it('formats money compactly', () => {
    expect(formatMoney(14_300_000_000, 'USD', 'en-US')).toBe('$14.3B');
    expect(formatMoney(1_500_000_000, 'USD', 'en-US')).toBe('$1.5B');
    expect(formatMoney(1_240_000, 'USD', 'en-US')).toBe('$1.2M');
    // Round amounts carry no ".0".
    expect(formatMoney(2_000_000_000, 'USD', 'en-US')).toBe('$2B');
    expect(formatMoney(250_000_000, 'USD', 'en-US')).toBe('$250M');
    expect(formatMoney(14_300_000_000, 'EUR', 'en-US')).toBe('€14.3B');
  });

  it('formats percentages with at most one decimal', () => {
    expect(formatPercent(49, 'en-US')).toBe('49%');
    expect(formatPercent(12.5, 'en-US')).toBe('12.5%');
    expect(formatPercent(33.333, 'en-US')).toBe('33.3%');
    expect(formatPercent(100, 'en-US')).toBe('100%');
  });

  it('shows only as much of a date as is known', () => {
    expect(formatPartialDate('2025', 'en-US')).toBe('2025');
    expect(formatPartialDate('2025-06', 'en-US')).toBe('Jun 2025');
    expect(formatPartialDate('2025-06-12', 'en-US')).toBe('Jun 12, 2025');
  });

  it('does not shift a date across midnight (UTC throughout)', () => {
    expect(formatPartialDate('2025-01-01', 'en-US')).toBe('Jan 1, 2025');
    expect(formatPartialDate('2024-12-31', 'en-US')).toBe('Dec 31, 2024');
  });
});

describe('format, de-DE', () => {
  it('honours the locale', () => {
    expect(formatMoney(14_300_000_000, 'USD', 'de-DE')).toBe('14,3\u00a0Mrd.\u00a0$');
    expect(formatPercent(49.5, 'de-DE')).toBe('49,5\u00a0%');
    expect(formatPartialDate('2025-06-12', 'de-DE')).toBe('12. Juni 2025');
    expect(formatPartialDate('2025-06', 'de-DE')).toBe('Juni 2025');
  });
});
