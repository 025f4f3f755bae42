import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { isoToday } from './disclosure.js';

afterEach(() => {
  jest.useRealTimers();
});

describe('isoToday', () => {
  test('is the date in Korea, which turns at 15:00 UTC', () => {
    jest.useFakeTimers({ now: new Date('2026-12-01T14:59:59.999Z') });
    expect(isoToday()).toBe('2026-12-01');
    jest.setSystemTime(new Date('2026-12-01T15:00:00.000Z'));
    expect(isoToday()).toBe('2026-12-02');
    // A clock set back (NTP, a test) is a day earlier again, though the day just before was worked out already.
    jest.setSystemTime(new Date('2026-12-01T14:59:59.999Z'));
    expect(isoToday()).toBe('2026-12-01');
  });

  test('agrees with the time-zone database at every hour of a year, across month and year ends', () => {
    const korean = (at: Date) => at.toLocaleDateString('sv-SE', { timeZone: 'Asia/Seoul' });
    for (let at = Date.parse('2026-01-01T00:30:00Z'); at < Date.parse('2027-01-01T00:30:00Z'); at += 3600_000) {
      jest.useFakeTimers({ now: at });
      expect([new Date(at).toISOString(), isoToday()]).toEqual([new Date(at).toISOString(), korean(new Date(at))]);
    }
  });
});
