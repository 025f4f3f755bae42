import { fail } from './errors.js';

export const MAX_PAGE_SIZE = 100;

/** Cursors are opaque to clients: base64url of the sort key of the last row seen. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

const notACursor = () => fail('`after` is not a cursor returned by this connection', 'BAD_USER_INPUT');

export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor) throw notACursor();
  return key;
}

/** What each part of a composite sort key must be, so a forged cursor is refused before it reaches SQL. */
const PART: Record<'instant' | 'date' | 'id', (part: string) => boolean> = {
  instant: (part) => /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(part) && !Number.isNaN(Date.parse(part)),
  date: (part) => /^\d{4}-\d{2}-\d{2}$/.test(part) && !Number.isNaN(Date.parse(part)),
  id: (part) => /^[\w-]{1,128}$/.test(part),
};

/** The parts of a `a|b` cursor, each checked for its kind. */
export function decodeCursorParts(cursor: string, kinds: readonly (keyof typeof PART)[]): string[] {
  const parts = decodeCursor(cursor).split('|');
  if (parts.length !== kinds.length || !parts.every((part, i) => PART[kinds[i]!](part))) throw notACursor();
  return parts;
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  return wholeNumberUpTo('`first`', first ?? fallback, MAX_PAGE_SIZE);
}

/** The most a connection's `count` counts: beyond it a count costs more than a page of people. */
export const MAX_COUNT = 10_000;

export function countLimit(limit: number | null | undefined): number {
  return wholeNumberUpTo('`count(limit:)`', limit, MAX_COUNT);
}

/** A size argument from 1 to `max`, or BAD_USER_INPUT naming it. */
function wholeNumberUpTo(name: string, value: number | null | undefined, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw fail(`${name} must be between 1 and ${max}`, 'BAD_USER_INPUT');
  }
  return value;
}

export type Connection<R> = ReturnType<typeof toConnection<R>>;

/** Turns `first + 1` fetched rows into a Relay connection page. */
export function toConnection<R>(rows: R[], first: number, keyOf: (row: R) => string) {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * A page read only when `edges` or `pageInfo` is asked for, and then once: a query for a count alone
 * reads, and discloses, nobody. (GraphQL's default resolver calls a function-valued property.)
 */
export function lazyConnection<R>(read: () => Promise<Connection<R>>) {
  let page: Promise<Connection<R>> | undefined;
  const once = () => (page ??= read());
  return { edges: () => once().then(({ edges }) => edges), pageInfo: () => once().then(({ pageInfo }) => pageInfo) };
}
