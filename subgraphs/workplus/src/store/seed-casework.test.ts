import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { openDatabase, type Database } from '../../../shared/db/database.js';
import { loadDefinition, migrationsOf } from '../../../shared/definition.js';
import { generatePopulation, REFERENCE_DATE, type Population } from '../../../shared/demo/population.js';
import { addDays } from '../../../shared/demo/random.js';
import { seedOnce } from '../../../shared/seed.js';
import { seedCasework } from './seed-casework.js';
import type { WorkplusDB } from './tables.js';

/**
 * The seeded casework is dated back from the day it is seeded: whatever that
 * day, the same referrals are open, in the same states and as many days old
 * as when seeded on the population's reference day. So a worklist always
 * holds open referrals on both sides of some overdue limit a center may set.
 */
const DAY_MS = 86_400_000;
const OPEN = ['REQUESTED', 'ACCEPTED', 'IN_PROGRESS'];
let database: Database<WorkplusDB>;
let population: Population;

beforeAll(async () => {
  const definition = await loadDefinition('workplus');
  database = await openDatabase<WorkplusDB>({ storage: { kind: 'pglite', dataDir: null }, migrations: migrationsOf(definition) });
  population = generatePopulation(600);
  await seedOnce(database.db, definition, () => population);
}, 60_000);
afterAll(async () => {
  jest.useRealTimers();
  await database?.close();
});

/** The casework seeded at noon in Korea on `day`: each referral's state, and its age in days on that day. */
async function seededOn(day: string) {
  const db = database.db;
  for (const table of ['placement_credits', 'placements', 'referral_changes', 'referrals'] as const) await db.deleteFrom(table).execute();
  const noon = Date.parse(`${day}T03:00:00Z`);
  // Only the clock is set: PGlite's own timers run as they do.
  jest.useFakeTimers({
    now: noon,
    doNotFake: [
      'nextTick',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'hrtime',
      'performance',
    ],
  });
  try {
    await seedCasework(db, population);
  } finally {
    jest.useRealTimers();
  }
  const rows = await db.selectFrom('referrals').select(['id', 'status', 'requestedAt']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, status: r.status, age: Math.floor((noon - r.requestedAt.getTime()) / DAY_MS) }));
}

test.each([45, 200, 400, 1000, 3650].map((n) => addDays(REFERENCE_DATE, n)))(
  'seeded on %s, the same referrals are open, in the same states and as old, as when seeded on the reference day',
  async (day) => {
    const then = await seededOn(REFERENCE_DATE);
    const open = then.filter((r) => OPEN.includes(r.status));
    expect(open.length).toBeGreaterThanOrEqual(10);
    // Open referrals of two or more ages within the 15-180 days a center may set as its limit: one between splits them.
    expect(new Set(open.filter((r) => r.age >= 15 && r.age <= 180).map((r) => r.age)).size).toBeGreaterThanOrEqual(2);
    expect(await seededOn(day)).toEqual(then);
  },
  60_000,
);
