import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, sqlMigration, type Database } from './database.js';
import { MAX_PREPARED_TEXTS } from './prepared.js';

/** The PostgreSQL server tests use; `.ci/run` makes sure it is up. */
const SERVER = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const url = new URL(SERVER);
url.pathname = `/wptest_prepared_${randomBytes(4).toString('hex')}`;

const migrations = {
  '0000_people': sqlMigration(`create table people (id text primary key, name text not null)`, `insert into people values ('a', 'Kim'), ('b', 'Lee')`),
};
let database: Database<{ people: { id: string; name: string } }>;
const admin = new pg.Client({ connectionString: url.toString() });

beforeAll(async () => {
  database = await openDatabase({
    // One connection, so that what the server has prepared (pg_prepared_statements, one session's) is all of it.
    storage: { kind: 'postgres', url: url.toString(), poolSize: 1 },
    migrations,
  });
  await admin.connect();
});
afterAll(async () => {
  await database.close();
  await admin.end();
  const server = new pg.Client({ connectionString: SERVER });
  await server.connect();
  await server.query(`drop database if exists "${url.pathname.slice(1)}" with (force)`);
  await server.end();
});

const serverPrepared = async () =>
  Number((await sql<{ n: string }>`select count(*) as n from pg_prepared_statements where name like 'workplus_%'`.execute(database.db)).rows[0]!.n);

test('a statement with parameters is prepared once per connection and answers as an unnamed one would', async () => {
  const byId = (id: string) => database.db.selectFrom('people').selectAll().where('id', '=', id).execute();
  expect(await byId('a')).toEqual([{ id: 'a', name: 'Kim' }]);
  expect(await byId('b')).toEqual([{ id: 'b', name: 'Lee' }]);
  expect(await byId('none')).toEqual([]);
  expect(await serverPrepared()).toBeGreaterThan(0);
});

test('a prepared select * still answers after another process adds a column to its table', async () => {
  const all = () => database.db.selectFrom('people').selectAll().where('id', 'in', ['a', 'b']).orderBy('id').execute();
  await all();
  await all();
  await admin.query(`alter table people add column municipality text not null default '11440'`);
  for (const rows of [await all(), await all()])
    expect(rows.map((r) => ({ ...r }))).toEqual([
      { id: 'a', name: 'Kim', municipality: '11440' },
      { id: 'b', name: 'Lee', municipality: '11440' },
    ]);
});

test(`texts beyond ${MAX_PREPARED_TEXTS} run unnamed, so a process never prepares without bound`, async () => {
  // Lists of every length up to past the bound: each is a text of its own (in ($1), in ($1, $2), …).
  for (let n = 1; n <= MAX_PREPARED_TEXTS + 20; n++) {
    const ids = Array.from({ length: n }, (_, i) => (i === 0 ? 'a' : `x${i}`));
    expect(await database.db.selectFrom('people').select('id').where('id', 'in', ids).execute()).toEqual([{ id: 'a' }]);
  }
  expect(await serverPrepared()).toBeLessThanOrEqual(MAX_PREPARED_TEXTS);
});

test('with prepared statements off (DATABASE_PREPARED_STATEMENTS=false), nothing is prepared', async () => {
  const unprepared = await openDatabase<{ people: { id: string } }>({
    storage: { kind: 'postgres', url: url.toString(), poolSize: 1, prepared: false },
    migrations,
  });
  try {
    expect(await unprepared.db.selectFrom('people').select('id').where('id', '=', 'a').execute()).toEqual([{ id: 'a' }]);
    const { rows } = await sql<{ n: string }>`select count(*) as n from pg_prepared_statements`.execute(unprepared.db);
    expect(Number(rows[0]!.n)).toBe(0);
  } finally {
    await unprepared.close();
  }
});
