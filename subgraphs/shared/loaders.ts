import DataLoader from 'dataloader';
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import { inSpan } from './observability/tracing.js';

/**
 * Per-request loaders. Each batch function issues one SQL statement for all
 * keys, then hands results back in key order. A key with no row gets `null`
 * (or `[]`): an agency not knowing a person is an answer, not an error.
 * Within a trace, each batch is a span `load <name>` with its key count.
 */
export function oneByKey<K extends string | number, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
  name = 'batch',
): DataLoader<K, R | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await traced(name, keys, fetch)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

export function manyByKey<K extends string | number, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K, name = 'batch'): DataLoader<K, R[]> {
  return new DataLoader(async (keys) => {
    const byKey = new Map<K, R[]>(keys.map((key) => [key, []]));
    for (const row of await traced(name, keys, fetch)) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key)!);
  });
}

function traced<K, R>(name: string, keys: readonly K[], fetch: (keys: readonly K[]) => Promise<R[]>): Promise<R[]> {
  return inSpan(`load ${name}`, { 'workplus.loader.keys': keys.length }, () => fetch(keys));
}

/** For foreign keys the database guarantees; a miss here is a bug, not missing data. */
export function required<T>(value: T | null): T {
  if (value === null) throw new Error('referenced row is missing');
  return value;
}

/**
 * `column = any($1)`, the keys as one array parameter, where `in ($1, …, $n)` had a parameter a key: the same
 * statement text for any number of keys, so one prepared statement and one cached plan serve every batch size
 * (PostgreSQL planned each 50-key batch anew on every bind), and less SQL for Kysely to build and pg to send.
 */
function equalsAny(column: string, keys: readonly string[]) {
  return (eb: ExpressionBuilder<any, any>) => eb(eb.ref(column), '=', eb.fn.any(eb.val(keys)));
}

type Order = readonly [column: string, direction: 'asc' | 'desc'];

/** Loads the row of `table` whose `column` equals each key: `select * from table where column = any($1)`. */
export function rowByColumn<DB, T extends keyof DB & string>(
  db: Kysely<DB>,
  table: T,
  column: keyof DB[T] & string,
): DataLoader<string, Selectable<DB[T]> | null> {
  return oneByKey(
    (keys: readonly string[]) => (db as Kysely<any>).selectFrom(table).selectAll().where(equalsAny(column, keys)).execute() as Promise<Selectable<DB[T]>[]>,
    (row) => (row as Record<string, unknown>)[column] as string,
    `${table} by ${column}`,
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
      let query = (db as Kysely<any>).selectFrom(table).selectAll().where(equalsAny(column, keys));
      for (const [by, direction] of order) query = query.orderBy(by, direction);
      return query.execute() as Promise<Selectable<DB[T]>[]>;
    },
    (row) => (row as Record<string, unknown>)[column] as string,
    `${table} by ${column}`,
  );
}
