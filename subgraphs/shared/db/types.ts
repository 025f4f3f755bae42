/** Postgres bigint arrives as text; amounts in KRW fit a JS number exactly up to 2^53. */
export function toSafeInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${value} is outside the safe integer range`);
  return n;
}
