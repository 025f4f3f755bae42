import { afterAll, beforeAll, expect, test } from '@jest/globals';
import pg from 'pg';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { SUBGRAPH_NAMES } from '../subgraphs/registry.js';
import { AGENCY_FIELDS, EXAMPLE_QUERY } from './support/queries.js';
import { statementsForTenAndHundred } from './support/sql-count.js';
import { System, TEST_POSTGRES_URL } from './support/system.js';

/** The same graph on the local PostgreSQL server: same SQL, same migrations, same answers. */
const SEED = 200;
let system: System;

beforeAll(async () => {
  system = await System.start({ storage: 'postgres', seedSize: SEED });
});
afterAll(() => system?.stop());

test('every subgraph has its own database on the server', async () => {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("select datname from pg_database where datname like 'wptest\\_%'");
    for (const name of SUBGRAPH_NAMES) expect(rows.some((r) => r.datname.endsWith(`_${name}`))).toBe(true);
  } finally {
    await client.end();
  }
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
