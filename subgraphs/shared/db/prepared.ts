import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** At most this many statement texts are prepared per process; others run unnamed, parsed and planned each time. */
export const MAX_PREPARED_TEXTS = 300;

/** PostgreSQL's refusal to run a prepared `select *` after its table gained or lost a column (another replica migrated). */
const staleResultType = (error: unknown) => {
  const { code, message } = error as { code?: string; message?: string };
  return code === '0A000' && message?.includes('cached plan must not change result type') === true;
};

/**
 * A pool whose statements with parameters run as named prepared statements:
 * a connection's server process parses each text once, and after a few runs
 * plans it once too, where an unnamed statement is parsed and planned on
 * every run. A subgraph sends the same few dozen texts all day; at 10,000
 * people, parsing and planning was about as much of the server's time as
 * running them (the caseload's participant page: 0.8 ms of 2.2).
 *
 * Each text gets a name of its own, so a name never stands for two texts.
 * Texts without parameters (migrations, `begin`, `commit`) run as they are:
 * several statements in one text cannot be prepared. A prepared statement
 * whose result type changed under it (a column added by a newer replica's
 * migration) is run unnamed this once, and its text is prepared again under
 * a new name next time (inside a transaction, the transaction fails instead,
 * as PostgreSQL has aborted it).
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  let made = 0; // never reused: a name stands for one text on every connection, for as long as it lives
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (name === undefined && names.size < MAX_PREPARED_TEXTS) names.set(text, (name = `workplus_${made++}`));
    return name;
  };
  const query = async (client: pg.PoolClient, text: string, values: readonly unknown[]) => {
    const name = nameOf(text);
    if (name === undefined) return client.query(text, [...values]);
    try {
      return await client.query({ name, text, values: [...values] });
    } catch (error) {
      if (!staleResultType(error)) throw error;
      // Its text is prepared anew under another name; this connection lets the old one go (others keep theirs, unused).
      if (names.get(text) === name) names.delete(text);
      await client.query(`deallocate ${name}`);
      return client.query(text, [...values]);
    }
  };
  const own = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    query: ((textOrCursor: unknown, values?: readonly unknown[]) =>
      typeof textOrCursor === 'string' && values?.length ? query(client, textOrCursor, values) : client.query(textOrCursor as never, values as never)) as never,
    // pg-pool gives a client a new `release` each time it is checked out: look it up when called.
    release: () => client.release(),
  });
  return {
    connect: async () => {
      const client = await pool.connect();
      let wrapped = own.get(client);
      if (!wrapped) own.set(client, (wrapped = wrap(client)));
      return wrapped;
    },
    end: () => pool.end(),
  };
}
