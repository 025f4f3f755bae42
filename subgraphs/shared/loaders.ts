import DataLoader from 'dataloader';
import type { Kysely, Selectable } from 'kysely';

/**
 * Per-request loaders. Each batch function issues one SQL statement for all
 * keys, then hands results back in key order. A key with no row gets `null`
 * (or `[]`): an agency not knowing a person is an answer, not an error.
 */
export function oneByKey<K extends string | number, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K): DataLoader<K, R | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

export function manyByKey<K extends string | number, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K): DataLoader<K, R[]> {
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

type Order = readonly [column: string, direction: 'asc' | 'desc'];

/** Loads the row of `table` whose `column` equals each key: `select * from table where column in (...)`. */
export function rowByColumn<DB, T extends keyof DB & string>(
  db: Kysely<DB>,
  table: T,
  column: keyof DB[T] & string,
): DataLoader<string, Selectable<DB[T]> | null> {
  return oneByKey(
    (keys: readonly string[]) =>
      (db as Kysely<any>)
        .selectFrom(table)
        .selectAll()
        .where(column as string, 'in', keys)
        .execute() as Promise<Selectable<DB[T]>[]>,
    (row) => (row as Record<string, unknown>)[column] as string,
  );
}

/** Loads every row of `table` whose `column` equals each key, in `order`. */
export function rowsByColumn<DB, T extends keyof DB & string>(
  db: Kysely<DB>,
  table: T,
  column: keyof DB[T] & string,
  ...order: Order[]
): DataLoader<string, Selectable<DB[T]>[]> {
  return manyByKey(
    (keys: readonly string[]) => {
      let query = (db as Kysely<any>)
        .selectFrom(table)
        .selectAll()
        .where(column as string, 'in', keys);
      for (const [by, direction] of order) query = query.orderBy(by, direction);
      return query.execute() as Promise<Selectable<DB[T]>[]>;
    },
    (row) => (row as Record<string, unknown>)[column] as string,
  );
}
