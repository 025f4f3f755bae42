import { sql } from 'kysely';
import { readSubgraphConfig } from '../subgraphs/shared/config.js';
import { openDatabase } from '../subgraphs/shared/db/database.js';
import { loadDefinition, migrationsOf } from '../subgraphs/shared/definition.js';
import { generatePopulation, type Population } from '../subgraphs/shared/demo/population.js';
import { seedOnce } from '../subgraphs/shared/seed.js';
import { SUBGRAPH_NAMES } from '../subgraphs/registry.js';
import { commandLine, exitOnUsageError, oneOf, positive } from './usage-error.js';

/**
 * Seeds the demo world into every subgraph's database, wherever the usual
 * configuration points (POSTGRES_URL, <NAME>_DATABASE_URL, else embedded):
 *
 *   POSTGRES_URL=postgres://postgres@127.0.0.1:5432 npm run seed -- --size 100000 --reset
 */
const USAGE = `usage: npm run seed -- [--size N] [--reset] [--only list]
  --size N      people in the demo world (default 2000)
  --reset       empty each database first
  --only list   these subgraphs only: ${SUBGRAPH_NAMES.join(', ')}`;
const { size, reset, only } = exitOnUsageError(() => {
  const { values } = commandLine({
    options: { size: { type: 'string', default: '2000' }, reset: { type: 'boolean', default: false }, only: { type: 'string' } },
  });
  return {
    size: positive('size', values.size, { integer: true, max: Number.MAX_SAFE_INTEGER })!,
    reset: values.reset,
    only: values.only === undefined ? SUBGRAPH_NAMES : oneOf('only', values.only, SUBGRAPH_NAMES),
  };
}, USAGE);

let population: Population | undefined;
const world = () => (population ??= generatePopulation(size));

for (const name of only) {
  const started = Date.now();
  const definition = await loadDefinition(name);
  const storage = readSubgraphConfig(name).storage;
  const migrations = migrationsOf(definition);
  let database = await openDatabase({ storage, migrations });
  if (reset) {
    await sql`drop schema public cascade`.execute(database.db);
    await sql`create schema public`.execute(database.db);
    await database.close();
    database = await openDatabase({ storage, migrations });
  }
  const seeded = await seedOnce(database.db, definition, world);
  await database.close();
  const where = storage.kind === 'postgres' ? new URL(storage.url).pathname.slice(1) : (storage.dataDir ?? 'memory');
  console.log(
    seeded
      ? `${name}: seeded ${size} people into ${where} in ${((Date.now() - started) / 1000).toFixed(1)} s`
      : `${name}: ${where} was seeded before; pass --reset to replace its data`,
  );
}
