import { Faker, base, en, ko } from '@faker-js/faker';

/** A Korean-locale faker with a fixed seed derived from `key`, so every run makes the same data. */
export function demoFaker(key: string): Faker {
  return new Faker({ locale: [ko, en, base], seed: hashSeed(key) });
}

/** A fixed yes-or-no for `key`, true for about `share` of keys: a choice that draws nothing from any faker's sequence. */
export function stableChance(key: string, share: number): boolean {
  return hashSeed(key) / 2 ** 32 < share;
}

function hashSeed(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** ISO date `days` after (or before, if negative) `iso`. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from ISO date `from` to ISO date `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Full age (만 나이) on `onDate`. */
export function fullAge(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
