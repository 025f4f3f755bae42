import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { sql } from 'kysely';
import { readSubgraphConfig } from '../subgraphs/shared/config.js';
import { openDatabase, sqlMigration } from '../subgraphs/shared/db/database.js';
import { migrationsOf } from '../subgraphs/shared/definition.js';
import { startSubgraph } from '../subgraphs/shared/server.js';
import employment from '../subgraphs/employment/src/subgraph.js';
import workplus from '../subgraphs/workplus/src/subgraph.js';
import { generatePopulation } from '../subgraphs/shared/demo/population.js';
import { callSubgraph, EMPLOYMENT_COUNSELLOR, gatewaySignature } from './support/signing.js';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'workplus-persist-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function count(url: string, keysDir: string): Promise<number> {
  const query = '{ participants { totalCount } }';
  const { body } = await callSubgraph(url, query, {}, await gatewaySignature(keysDir, 'workplus', query, {}));
  return body.data.participants.totalCount;
}

test('embedded data survives a restart: seeded once, and what users wrote is kept', async () => {
  const config = readSubgraphConfig('workplus', { DATA_DIR: dataDir, WORKPLUS_PORT: '0', SEED_SIZE: '40', LOG_LEVEL: 'warn' });
  expect(config.storage).toEqual({ kind: 'pglite', dataDir: path.join(dataDir, 'workplus') });

  // The signed caller is a Seoul-West employment counsellor, who finds the people that center registered or serves.
  const { center, municipalities } = EMPLOYMENT_COUNSELLOR;
  const seeded = generatePopulation(40).people.filter((p) => p.centerId === center || municipalities.includes(p.municipalityCode)).length;
  expect(seeded).toBeGreaterThan(0);
  const first = await startSubgraph(workplus, config);
  expect(await count(first.url, config.devKeysDir)).toBe(seeded);
  await first.close();

  // Someone registers a person between runs.
  const database = await openDatabase<any>({
    storage: config.storage,
    migrations: migrationsOf(workplus),
  });
  await sql`insert into participants (id, name, birth_date, gender, municipality_code, center_id)
            values ('ptc_kept000001', '홍길동', '1990-01-01', 'MALE', '11440', 'ctr-seoul-west')`.execute(database.db);
  await database.close();

  const second = await startSubgraph(workplus, config);
  try {
    expect(await count(second.url, config.devKeysDir)).toBe(seeded + 1);
  } finally {
    await second.close();
  }
});

test('a database made by a later version (a migration this code does not know) is refused, and left as it was', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'workplus-downgrade-'));
  try {
    const storage = { kind: 'pglite' as const, dataDir: path.join(dir, 'employment') };
    const later = { ...migrationsOf(employment), '9999_later': sqlMigration('create table later_only (id int)') };
    await (await openDatabase({ storage, migrations: later })).close();
    await expect(openDatabase({ storage, migrations: migrationsOf(employment) })).rejects.toThrow(/9999_later/);
    const again = await openDatabase<any>({ storage, migrations: later });
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(again.db);
    expect(rows.map((r) => r.name)).toEqual(Object.keys(later).sort());
    await again.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a database made by an earlier version takes shared migrations added since', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'workplus-upgrade-'));
  try {
    const storage = { kind: 'pglite' as const, dataDir: path.join(dir, 'employment') };
    // As before the access log existed: the same migrations but the access log's.
    const older = Object.fromEntries(Object.entries(migrationsOf(employment)).filter(([name]) => !name.startsWith('0000_access_log')));
    await (await openDatabase({ storage, migrations: older })).close();
    const upgraded = await openDatabase<any>({ storage, migrations: migrationsOf(employment) });
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from access_log`.execute(upgraded.db);
    expect(rows[0]!.n).toBe(0);
    await upgraded.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
