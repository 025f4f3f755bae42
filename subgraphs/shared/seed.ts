import { sql, type Insertable, type Kysely } from 'kysely';
import { sqlMigration } from './db/database.js';
import type { SubgraphDefinition } from './definition.js';
import type { Population } from './demo/population.js';

/** Every subgraph's database remembers whether demo data was written, so it is written once. */
export const seedMarkerMigration = {
  '0000_demo_seed_marker': sqlMigration(
    `create table demo_seed (
       seeded_at timestamptz not null default now(),
       people integer not null check (people > 0)
     )`,
  ),
};

/**
 * Seeds this agency's part of the demo world unless the database was seeded
 * before, so what users wrote since is never overwritten. All or nothing;
 * then vacuums and analyses the tables.
 */
export async function seedOnce(db: Kysely<any>, definition: SubgraphDefinition, makePopulation: () => Population): Promise<boolean> {
  const seeded = await sql<{ n: number }>`select count(*)::int as n from demo_seed`.execute(db);
  if (seeded.rows[0]!.n > 0) return false;
  const population = makePopulation();
  await db.transaction().execute(async (trx) => {
    await definition.seed(trx, population);
    await sql`insert into demo_seed (people) values (${population.people.length})`.execute(trx);
  });
  // Fresh statistics, so a newly seeded server plans with them and not with an empty table's (at 1,000,000 people
  // the caseload took twice as long until autovacuum got round to it). Vacuumed too, so index-only scans (the
  // participant search walks several) need not visit the table. The agency's own tables only: a bare `vacuum
  // analyze` also goes through every system catalog, which took 1.1 s of `npm start`'s first start over its seven
  // embedded databases, against 0.2 s for their own tables.
  const own = await sql<{ name: string }>`select format('%I', tablename) as name from pg_tables where schemaname = current_schema()`.execute(db);
  await sql.raw(`vacuum analyze ${own.rows.map((table) => table.name).join(', ')}`).execute(db);
  return true;
}

/** Inserts rows in chunks that stay under Postgres' 65,535 bind-parameter limit. */
export async function insertChunked<DB, T extends keyof DB & string>(db: Kysely<DB>, table: T, rows: readonly Insertable<DB[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]!).length;
  const size = Math.max(1, Math.floor(60_000 / perRow));
  for (let i = 0; i < rows.length; i += size) {
    await (db as Kysely<any>)
      .insertInto(table)
      .values(rows.slice(i, i + size))
      .execute();
  }
}

/** Rows for some of a database's tables, inserted in key order (parents before children). */
export type SeedRows<DB> = { [T in keyof DB]?: Insertable<DB[T]>[] };

export async function insertTables<DB>(db: Kysely<DB>, rows: SeedRows<DB>): Promise<void> {
  for (const table of Object.keys(rows) as (keyof DB & string)[]) await insertChunked(db, table, rows[table] ?? []);
}
