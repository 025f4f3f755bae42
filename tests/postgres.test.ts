import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { envPrefix, SUBGRAPH_NAMES } from '../subgraphs/registry.js';
import { AGENCY_FIELDS, EXAMPLE_QUERY } from './support/queries.js';
import { statementsForTenAndHundred } from './support/sql-count.js';
import { System, TEST_POSTGRES_URL } from './support/system.js';

/** The same graph on the local PostgreSQL server, in production mode: same SQL, same migrations, same answers. */
const SEED = 200;
let system: System;

beforeAll(async () => {
  system = await System.start({ storage: 'postgres', seedSize: SEED, production: true });
});
afterAll(() => system?.stop());

/** The databases this run created on the server. */
async function databaseNames(): Promise<string[]> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    const created = system.databases.map((url) => new URL(url).pathname.slice(1));
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname = any($1)', [created]);
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

test('every subgraph has its own database on the server', async () => {
  const names = await databaseNames();
  for (const name of SUBGRAPH_NAMES) expect(names.some((n) => n.endsWith(`_${name}`))).toBe(true);
});

test('the example query returns the showcase participant with data from all six subgraphs', async () => {
  const showcase = showcaseParticipant(generatePopulation(SEED));
  const { data, errors } = await system.query(EXAMPLE_QUERY, { id: showcase.id });
  expect(errors).toBeUndefined();
  expect(data.participant.name).toBe(showcase.name);
  for (const field of AGENCY_FIELDS) expect([field, data.participant[field]]).not.toEqual([field, null]);
  expect(data.participant.welfare.household.assetsKrw).toBe(45_000_000);
});

test('the SQL statements per subgraph are the same for 10 and for 100 participants', async () => {
  const { ten, hundred } = await statementsForTenAndHundred(system);
  expect(hundred).toEqual(ten);
});

test('in production an internal failure says only "Internal server error": no SQL, no stack, no host', async () => {
  const database = (await databaseNames()).find((name) => name.endsWith('_employment'))!;
  const client = new pg.Client({ connectionString: Object.assign(new URL(TEST_POSTGRES_URL), { pathname: `/${database}` }).toString() });
  await client.connect();
  try {
    await client.query('alter table placements rename to placements_moved');
    const showcase = showcaseParticipant(generatePopulation(SEED));
    const { data, errors } = await system.query('query ($id: ID!) { participant(id: $id) { name employment { placements { employerName } } } }', { id: showcase.id });
    expect(data.participant.name).toBe(showcase.name);
    expect(errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    const { path: _path, ...withoutPath } = errors![0]!;
    expect(JSON.stringify(withoutPath)).not.toMatch(/placements|relation|select|127\.0\.0\.1|stacktrace|\.ts:/i);
  } finally {
    await client.query('alter table placements_moved rename to placements');
    await client.end();
  }
});

describe('the access log', () => {
  const urlOf = (name: string) => system.databases.find((url) => url.endsWith(`_${name}`))!;
  const rows = async (name: string, participantId: string) => {
    const client = new pg.Client({ connectionString: urlOf(name) });
    await client.connect();
    try {
      return (await client.query('select * from access_log where participant_id = $1 order by seq', [participantId])).rows;
    } finally {
      await client.end();
    }
  };
  const auditVerify = () =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
      encoding: 'utf8',
      env: { ...process.env, ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${envPrefix(n)}_DATABASE_URL`, urlOf(n)])) },
    });

  test('every read of personal data is recorded by its owner: who, for what, on which basis, which items', async () => {
    const showcase = showcaseParticipant(generatePopulation(SEED));
    const { errors } = await system.query('query ($id: ID!) { participant(id: $id) { name employment { placements { employerName } } womenReemployment { profile { office } } } }', { id: showcase.id });
    expect(errors).toBeUndefined();
    const own = (await rows('employment', showcase.id)).at(-1);
    expect(own).toMatchObject({
      subject: 'stf-seoul-west-employment-1',
      agency: 'EMPLOYMENT',
      center: 'ctr-seoul-west',
      purpose: 'COUNSELLING',
      basis: 'OWN_AGENCY',
      items: ['employment.placements'],
    });
    const partner = (await rows('women', showcase.id)).at(-1);
    expect(partner).toMatchObject({ agency: 'EMPLOYMENT', basis: `CONSENT cns-${showcase.id.slice(4)}-women-employment`, items: ['womenReemployment.profile'] });
    expect((await rows('workplus', showcase.id)).at(-1)).toMatchObject({ basis: 'CENTER_REGISTRATION', items: expect.arrayContaining(['participant.name']) });
  });

  test('audit:verify passes on untouched chains and names the first tampered record', async () => {
    const clean = auditVerify();
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/employment: intact, \d+ records/);

    const client = new pg.Client({ connectionString: urlOf('employment') });
    await client.connect();
    const { rows: [target] } = await client.query('select seq from access_log order by seq limit 1 offset 1');
    await client.query("update access_log set purpose = 'PLACEMENT' where seq = $1", [target.seq]);
    await client.end();

    const tampered = auditVerify();
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain(`employment: BROKEN at record ${target.seq}`);
    expect(tampered.stdout).toMatch(/edited/);
    expect(tampered.stdout).toMatch(/women: intact/);
  });
});
