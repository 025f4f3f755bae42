import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, sql, type Dialect, type LogEvent, type Migration } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Storage } from '../config.js';
import { retryUntilReachable, type ConnectPatience } from './availability.js';
import { driverView } from './driver-view.js';
import { openPglite } from './pglite.js';
import { preparingPool } from './prepared.js';
import { toSafeInteger } from './types.js';
import { traceStatement } from '../observability/tracing.js';

export interface OpenOptions {
  storage: Storage;
  migrations: Record<string, Migration>;
  /** Called once for every SQL statement sent, including failed ones. */
  onStatement?: () => void;
  /** How long start-up waits for a PostgreSQL server that cannot be reached yet, and which variable named it. */
  connect?: ConnectPatience;
}

export interface Database<DB> {
  db: Kysely<DB>;
  /**
   * The same database on the same connections, its statements left out of `onStatement`: work that is not the
   * cost of a request (keeping other agencies' audit checkpoints).
   */
  uncounted: Kysely<DB>;
  /** Asks the database to answer, outside the statement count (health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the subgraph's own database (embedded or server), then brings its schema up to date. */
export async function openDatabase<DB>({ storage, migrations, onStatement, connect = {} }: OpenOptions): Promise<Database<DB>> {
  const driver = storage.kind === 'pglite' ? await openPglite(storage.dataDir) : await openPool(storage.url, storage.poolSize ?? 10, connect);
  const prepared = storage.kind === 'postgres' && storage.prepared !== false;
  const dialect = driver instanceof pg.Pool ? new PostgresDialect({ pool: prepared ? preparingPool(driver) : driver }) : new PGliteDialect(driver);
  const shared = dialect.createDriver();
  const over = (log: (event: LogEvent) => void) =>
    new Kysely<DB>({
      dialect: { ...dialectParts(dialect), createDriver: () => driverView(shared) },
      // TypeScript sees camelCase columns (`participantId`), SQL keeps snake_case (`participant_id`).
      plugins: [new CamelCasePlugin({ underscoreBeforeDigits: true, maintainNestedObjectKeys: true })],
      log,
    });
  const db = over((event) => {
    onStatement?.();
    traceStatement(event);
  });
  try {
    await migrate(db, migrations);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    uncounted: over(traceStatement),
    ping: () => withinMs(PING_TIMEOUT_MS, async () => void (driver instanceof pg.Pool ? await driver.query('select 1') : await driver.query('select 1'))),
    close: () => db.destroy(),
  };
}

/** A dialect's parts but its driver, bound (Kysely calls them as plain functions). */
function dialectParts(dialect: Dialect): Omit<Dialect, 'createDriver'> {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}

async function migrate(db: Kysely<any>, migrations: Record<string, Migration>): Promise<void> {
  if (await allApplied(db, migrations)) return;
  // Shared migrations (0000_*) and an agency's own interleave by name; a database made before a new shared
  // one must still take it, so order is not enforced against what already ran.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Whether exactly these migrations have run already: the usual start, which then needs no Migrator. The Migrator
 * would look for its own tables through Kysely's introspection, reading every column of every table, twice; that was
 * 0.5 s of a warm `npm start`'s seven. A database that has run one this code does not know (made by a newer version)
 * goes to the Migrator, which refuses it.
 */
async function allApplied(db: Kysely<any>, migrations: Record<string, Migration>): Promise<boolean> {
  // No such table yet (a new database) reads as none applied.
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db).catch(() => ({ rows: [] }));
  const applied = new Set(rows.map((row) => row.name));
  const known = Object.keys(migrations);
  return applied.size === known.length && known.every((name) => applied.has(name));
}

/** A migration written as plain SQL statements, run in order (the Migrator wraps all in one transaction). */
export function sqlMigration(...statements: string[]): Migration {
  return {
    async up(db) {
      for (const statement of statements) await sql.raw(statement).execute(db);
    },
  };
}

const DATE_OID = 1082;
const INT8_OID = 20;

/** The same row shapes as PGlite: dates as 'YYYY-MM-DD' strings, bigint as number. */
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (value: string) => value;
    if (oid === INT8_OID) return toSafeInteger;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** A health check that gets no answer in this time counts as the database being down. */
const PING_TIMEOUT_MS = 2000;

function withinMs(ms: number, run: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([run(), late]).finally(() => clearTimeout(timer));
}

async function openPool(url: string, max: number, patience: ConnectPatience): Promise<pg.Pool> {
  // The first connection waits for a server that is not up yet (a container starting beside it), within bounds.
  await retryUntilReachable(url, patience, (leftMs) => createDatabaseIfMissing(url, leftMs));
  const pool = new pg.Pool({ connectionString: url, types: typeParsers, max });
  // pg reports a connection the server or network dropped ('terminating connection due to administrator command',
  // 'Connection terminated unexpectedly') as an 'error' event on its client. The pool listens only while a client is
  // idle; one checked out (a Kysely query or transaction) has no listener, and the unheard event would end the
  // process. So every client gets its own listener as it connects: the statement it was running fails on its own
  // (DATABASE_UNAVAILABLE, see errors.ts), the pool discards the broken client, and the next request gets a new one.
  pool.on('connect', (client) => {
    let told = false;
    client.on('error', (error) => {
      if (!told) console.warn(`PostgreSQL connection lost: ${error.message}`);
      told = true;
    });
  });
  pool.on('error', () => {}); // what the pool hears for an idle client, that client's own listener has already said
  return pool;
}

/** Lets a bare server (local or CI) host every subgraph's database without manual setup. */
async function createDatabaseIfMissing(url: string, connectTimeoutMs: number): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: connectTimeoutMs });
  // An admin connection the server drops during these two statements fails them; unheard, it would end the process.
  client.on('error', () => {});
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } catch (error) {
    // Two subgraphs or test workers may race to create the same database.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}
