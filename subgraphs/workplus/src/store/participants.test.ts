import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type Database } from '../../../shared/db/database.js';
import { loadDefinition, migrationsOf } from '../../../shared/definition.js';
import { CENTERS } from '../../../shared/demo/regions.js';
import { generatePopulation } from '../../../shared/demo/population.js';
import { seedOnce } from '../../../shared/seed.js';
import type { Agency } from '../../__generated__/resolvers-types.js';
import { countParticipants, searchParticipants, type ParticipantSearch, type SearchScope } from './participants.js';
import type { WorkplusDB } from './tables.js';

/**
 * The search walks the scope as index-ordered arms (participants.ts). Its
 * specification is the plain definition below, one `where` over the whole
 * table: for every demo center, every agency in it and the Work-Plus desk, and
 * filters drawn from the data, paging and counting must give exactly its IDs.
 */
let database: Database<WorkplusDB>;
let db: Kysely<WorkplusDB>;
beforeAll(async () => {
  const definition = await loadDefinition('workplus');
  database = await openDatabase<WorkplusDB>({ storage: { kind: 'pglite', dataDir: null }, migrations: migrationsOf(definition) });
  db = database.db;
  await seedOnce(db, definition, () => generatePopulation(600));
  // The demo world has no intakes; some here bring people into a center they are not otherwise known to.
  const people = await db.selectFrom('participants').select(['id', 'centerId']).orderBy('id').execute();
  const intakes = people.flatMap((person, i) => {
    if (i % 9) return [];
    const center = CENTERS[i % CENTERS.length]!;
    if (center.id === person.centerId) return [];
    const agency = center.agencies[i % center.agencies.length]!;
    return [{ id: `itk-test-${i}`, participantId: person.id, centerId: center.id, counsellorId: `stf-test-${i}`, counsellorAgency: agency }];
  });
  for (const intake of intakes) {
    await db
      .insertInto('intakes')
      .values({ ...intake, needs: ['EMPLOYMENT'], notes: null, outcome: 'RECORDED', idempotencyKey: intake.id })
      .execute();
  }
}, 60_000);
afterAll(() => database?.close());

/** The definition of the scope, as one predicate per row. */
async function specified(scope: SearchScope, search: ParticipantSearch): Promise<string[]> {
  const { center, agency, municipalities } = scope;
  const conditions = [
    sql`p.center_id = ${center}`,
    ...(municipalities.length ? [sql`p.municipality_code in (${sql.join(municipalities)})`] : []),
    sql`p.id in (select participant_id from referrals where center_id = ${center} ${agency ? sql`and (from_agency = ${agency} or to_agency = ${agency})` : sql``})`,
    sql`p.id in (select participant_id from intakes where center_id = ${center} ${agency ? sql`and counsellor_agency = ${agency}` : sql``})`,
  ];
  const filters = [
    ...(search.ids ? [search.ids.length ? sql`p.id in (${sql.join(search.ids)})` : sql`false`] : []),
    ...(search.name ? [search.name.endsWith('*') ? sql`p.name like ${`${search.name.slice(0, -1)}%`}` : sql`p.name = ${search.name}`] : []),
    ...(search.birthDate ? [sql`p.birth_date = ${search.birthDate}`] : []),
    ...(search.municipalityCode ? [sql`p.municipality_code = ${search.municipalityCode}`] : []),
  ];
  const where = sql.join([sql`(${sql.join(conditions, sql` or `)})`, ...filters], sql` and `);
  const { rows } = await sql<{ id: string }>`select p.id from participants p where ${where} order by p.id`.execute(db);
  return rows.map((r) => r.id);
}

/** Every page of `size`, followed by its cursor, as a client pages. */
async function paged(scope: SearchScope, search: ParticipantSearch, size: number): Promise<string[]> {
  const seen: string[] = [];
  for (;;) {
    const rows = await searchParticipants(db, search, scope, size + 1, seen.at(-1) ?? null);
    seen.push(...rows.slice(0, size).map((r) => r.id));
    if (rows.length <= size) return seen;
  }
}

/** Filters taken from the center's own people and from elsewhere, so some match and some do not. */
async function searchesFor(center: (typeof CENTERS)[number]): Promise<ParticipantSearch[]> {
  const local = await db.selectFrom('participants').selectAll().where('centerId', '=', center.id).orderBy('id').limit(1).executeTakeFirstOrThrow();
  const stranger = await db.selectFrom('participants').selectAll().where('centerId', '<>', center.id).orderBy('id').limit(1).executeTakeFirstOrThrow();
  return [
    {},
    { municipalityCode: center.serves.at(-1)! },
    { name: `${local.name.slice(0, 1)}*` },
    { name: local.name, birthDate: local.birthDate },
    { birthDate: stranger.birthDate },
    { ids: [local.id, stranger.id, 'ptc_nobody'] },
    { ids: [] },
  ];
}

describe.each(CENTERS.map((center) => [center.id, center] as const))('a participant search at %s', (_, center) => {
  const agencies: (Agency | null)[] = [null, ...center.agencies.filter((a) => a !== 'WORKPLUS')];

  test.each(agencies.map((agency) => [agency ?? 'the Work-Plus desk', agency] as const))(
    'as %s: every page and every count is the scope as specified',
    async (_, agency) => {
      const scope: SearchScope = { center: center.id, municipalities: center.serves, agency };
      for (const search of await searchesFor(center)) {
        const expected = await specified(scope, search);
        expect([search, await paged(scope, search, 7)]).toEqual([search, expected]);
        expect([search, await countParticipants(db, search, scope, null)]).toEqual([search, expected.length]);
        for (const upTo of [1, 5, expected.length, expected.length + 1]) {
          if (upTo > 0) expect([search, upTo, await countParticipants(db, search, scope, upTo)]).toEqual([search, upTo, Math.min(upTo, expected.length)]);
        }
      }
    },
    60_000,
  );
});

test('people come into a scope through referrals and intakes too, not only by registration', async () => {
  const center = CENTERS[0]!;
  const scope: SearchScope = { center: center.id, municipalities: [], agency: null };
  const registered = await db.selectFrom('participants').select('id').where('centerId', '=', center.id).execute();
  expect((await specified(scope, {})).length).toBeGreaterThan(registered.length);
  expect(await countParticipants(db, {}, { ...scope, municipalities: center.serves }, null)).toBeGreaterThan(0);
});
