import DataLoader from 'dataloader';

/**
 * Per-request loaders. Each batch function issues one SQL statement for all
 * keys, then hands results back in key order. A key with no row gets `null`
 * (or `[]`): an agency not knowing a person is an answer, not an error.
 */
export function oneByKey<K extends string | number, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
): DataLoader<K, R | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

export function manyByKey<K extends string | number, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
): DataLoader<K, R[]> {
  return new DataLoader(async (keys) => {
    const byKey = new Map<K, R[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key)!);
  });
}

/** For foreign keys the database guarantees; a miss here is a bug, not missing data. */
export function required<T>(value: T | null): T {
  if (value === null) throw new Error('referenced row is missing');
  return value;
}
