import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, sql, type Migration } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Storage } from '../config.js';
import { openPglite } from './pglite.js';
import { toSafeInteger } from './types.js';

export interface OpenOptions {
  storage: Storage;
  migrations: Record<string, Migration>;
  /** Called once for every SQL statement sent, including failed ones. */
  onStatement?: () => void;
}

export interface Database<DB> {
  db: Kysely<DB>;
  /** Asks the database to answer, outside the statement count (health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the subgraph's own database (embedded or server), then brings its schema up to date. */
export async function openDatabase<DB>({ storage, migrations, onStatement }: OpenOptions): Promise<Database<DB>> {
  const driver = storage.kind === 'pglite' ? await openPglite(storage.dataDir) : await openPool(storage.url, storage.poolSize ?? 10);
  const dialect = driver instanceof pg.Pool ? new PostgresDialect({ pool: driver }) : new PGliteDialect(driver);
  const db = new Kysely<DB>({
    dialect,
    // TypeScript sees camelCase columns (`participantId`), SQL keeps snake_case (`participant_id`).
    plugins: [new CamelCasePlugin({ underscoreBeforeDigits: true, maintainNestedObjectKeys: true })],
    log: () => onStatement?.(),
  });
  try {
    await migrate(db, migrations);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    ping: async () => void (driver instanceof pg.Pool ? await driver.query('select 1') : await driver.query('select 1')),
    close: () => db.destroy(),
  };
}

async function migrate(db: Kysely<any>, migrations: Record<string, Migration>): Promise<void> {
  // Shared migrations (0000_*) and an agency's own interleave by name; a database made before a new shared
  // one must still take it, so order is not enforced against what already ran.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${(error as Error).message}`, { cause: error });
  }
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

async function openPool(url: string, max: number): Promise<pg.Pool> {
  await createDatabaseIfMissing(url);
  const pool = new pg.Pool({ connectionString: url, types: typeParsers, max });
  // An idle connection the server drops (restart, failover) is replaced on next use; unheard, it would crash the process.
  pool.on('error', (error) => console.warn(`idle PostgreSQL connection lost: ${error.message}`));
  return pool;
}

/** Lets a bare server (local or CI) host every subgraph's database without manual setup. */
async function createDatabaseIfMissing(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
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
