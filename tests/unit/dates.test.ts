import { describe, expect, it } from 'vitest';
import { isRealPastDate, precisionOf } from '../../src/core/dataset/dates';

const NOW = new Date('2025-06-15T12:00:00Z');

describe('precisionOf', () => {
  it('reads the precision from the form', () => {
    expect(precisionOf('2025')).toBe('year');
    expect(precisionOf('2025-06')).toBe('month');
    expect(precisionOf('2025-06-12')).toBe('day');
  });
});

describe('isRealPastDate', () => {
  it('accepts real dates at each precision', () => {
    expect(isRealPastDate('2024', NOW)).toBe(true);
    expect(isRealPastDate('2024-12', NOW)).toBe(true);
    expect(isRealPastDate('2024-12-31', NOW)).toBe(true);
  });

  it('knows leap years', () => {
    expect(isRealPastDate('2024-02-29', NOW)).toBe(true);
    expect(isRealPastDate('2023-02-29', NOW)).toBe(false);
    expect(isRealPastDate('2000-02-29', NOW)).toBe(true);
    expect(isRealPastDate('1900-02-29', NOW)).toBe(false);
  });

  it('rejects months and days that do not exist', () => {
    expect(isRealPastDate('2024-13', NOW)).toBe(false);
    expect(isRealPastDate('2024-00', NOW)).toBe(false);
    expect(isRealPastDate('2024-04-31', NOW)).toBe(false);
    expect(isRealPastDate('2024-01-00', NOW)).toBe(false);
    expect(isRealPastDate('2024-01-32', NOW)).toBe(false);
  });

  it('rejects dates after now, down to the day', () => {
    expect(isRealPastDate('2025-06-15', NOW)).toBe(true);
    expect(isRealPastDate('2025-06-16', NOW)).toBe(false);
    expect(isRealPastDate('2025-07', NOW)).toBe(false);
    expect(isRealPastDate('2026', NOW)).toBe(false);
    // A partial date counts from its first day: June 2025 has begun.
    expect(isRealPastDate('2025-06', NOW)).toBe(true);
    expect(isRealPastDate('2025', NOW)).toBe(true);
  });

  it('rejects malformed strings', () => {
    for (const value of ['', '25', '2025-6', '2025-06-1', '2025/06/12', ' 2025', '2025-06-12T00:00', '12-06-2025', 'June 2025', '２０２５']) {
      expect(isRealPastDate(value, NOW), value).toBe(false);
    }
  });
});
