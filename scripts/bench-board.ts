/**
 * Job board benchmark: indexes N posting events into Work-Plus's board and
 * times the board's reads, each beside a baseline measured in the same run
 * on the same data:
 *   - indexing (versioned upsert + regrouping) vs a plain insert of the same rows;
 *   - a page of grouped vacancies vs a page of ungrouped postings;
 *   - ranking candidates for 100 people (one statement) vs the same reads one person at a time.
 *
 *   npm run bench:board                        # PGlite, 20,000 postings
 *   npm run bench:board -- --postings 5000
 *   POSTGRES_URL=postgres://postgres@127.0.0.1:5432 npm run bench:board
 */
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../subgraphs/shared/db/database.js';
import { migrationsOf } from '../subgraphs/shared/definition.js';
import { OCCUPATIONS } from '../subgraphs/shared/demo/occupations.js';
import { addDays, demoFaker } from '../subgraphs/shared/demo/random.js';
import { MUNICIPALITIES } from '../subgraphs/shared/demo/regions.js';
import { brnCheckDigit } from '../subgraphs/shared/jobs/brn.js';
import { EMPLOYMENT_TYPES, type JobPostingSnapshot } from '../subgraphs/shared/jobs/posting.js';
import { isoToday } from '../subgraphs/shared/policy/disclosure.js';
import { boardCandidates } from '../subgraphs/workplus/src/board/candidates.js';
import { applyPostingEvent } from '../subgraphs/workplus/src/board/indexer.js';
import { countVacancies, openPostings, searchVacancies } from '../subgraphs/workplus/src/board/search.js';
import type { WorkplusDB } from '../subgraphs/workplus/src/store/tables.js';
import workplus from '../subgraphs/workplus/src/subgraph.js';
import { commandLine, exitOnUsageError, positive } from './usage-error.js';

const N = exitOnUsageError(
  () => positive('postings', commandLine({ options: { postings: { type: 'string', default: '20000' } } }).values.postings, { integer: true, max: 10_000_000 })!,
  'usage: npm run bench:board -- [--postings N]   (default 20000; PostgreSQL when POSTGRES_URL is set, else PGlite)',
);
const OWNERS = ['EMPLOYMENT', 'WOMEN', 'VETERANS', 'JOBCENTER'] as const;

/** N postings from N/3 employers, so that some are registered at several agencies with overlapping periods. */
function postings(today: string): JobPostingSnapshot[] {
  const f = demoFaker('bench-board');
  const employers = Array.from({ length: Math.max(1, Math.floor(N / 3)) }, (_, i) => {
    const nine = String(100_000_000 + i * 7919).slice(0, 9);
    return { brn: `${nine}${brnCheckDigit(nine)}`, name: `(주)벤치${i}` };
  });
  return Array.from({ length: N }, (_, i) => {
    const employer = f.helpers.arrayElement(employers);
    const occupation = f.helpers.arrayElement(OCCUPATIONS.slice(0, 6));
    const openOn = addDays(today, -f.number.int({ min: 0, max: 60 }));
    return {
      id: `job-bench-${i}`,
      agency: f.helpers.arrayElement(OWNERS),
      title: `${occupation.name} 채용`,
      employerName: employer.name,
      businessRegistrationNumber: employer.brn,
      occupationCode: occupation.code,
      occupationName: occupation.name,
      workMunicipalityCode: f.helpers.arrayElement(MUNICIPALITIES).code,
      monthlyWageKrw: f.number.int({ min: 210, max: 420 }) * 10_000,
      employmentType: f.helpers.arrayElement(EMPLOYMENT_TYPES),
      openings: 1,
      openOn,
      closeOn: addDays(openOn, f.number.int({ min: 30, max: 90 })),
      status: 'OPEN',
      closedReason: null,
      version: 1,
    };
  });
}

/** Median milliseconds of `runs` runs of `work`. */
async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const line = (what: string, ms: number, baselineWhat: string, baseline: number) =>
  console.log(
    `${what.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms   ${baselineWhat.padEnd(40)} ${baseline.toFixed(2).padStart(9)} ms   ×${(ms / baseline).toFixed(2)}`,
  );

async function withStorage<T>(run: (storage: Parameters<typeof openDatabase>[0]['storage']) => Promise<T>): Promise<T> {
  if (!process.env.POSTGRES_URL) return run({ kind: 'pglite', dataDir: null });
  const name = `bench_board_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(process.env.POSTGRES_URL);
    url.pathname = `/${name}`;
    return await run({ kind: 'postgres', url: url.toString() });
  } finally {
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  }
}

await withStorage(async (storage) => {
  const database = await openDatabase<WorkplusDB>({ storage, migrations: migrationsOf(workplus) });
  const db = database.db as Kysely<WorkplusDB>;
  try {
    const today = isoToday();
    await db
      .insertInto('municipalities')
      .values(MUNICIPALITIES.map(({ code, name, province }) => ({ code, name, province })))
      .execute();
    await sql`create table bench_plain_postings (like job_board_postings)`.execute(db);
    const all = postings(today);
    console.log(`job board benchmark: ${N} postings, ${storage.kind}, ${new Date().toISOString()}`);

    let start = performance.now();
    for (const posting of all) await applyPostingEvent(db as never, { posting, changedAt: new Date().toISOString() });
    const indexing = (performance.now() - start) / N;
    start = performance.now();
    for (const posting of all) {
      await sql`insert into bench_plain_postings (id, agency, title, employer_name, business_registration_number, occupation_code,
        occupation_name, work_municipality_code, monthly_wage_krw, employment_type, openings, open_on, close_on, status, version, changed_at, indexed_at)
        values (${posting.id}, ${posting.agency}, ${posting.title}, ${posting.employerName}, ${posting.businessRegistrationNumber},
        ${posting.occupationCode}, ${posting.occupationName}, ${posting.workMunicipalityCode}, ${posting.monthlyWageKrw},
        ${posting.employmentType}, 1, ${posting.openOn}, ${posting.closeOn}, 'OPEN', 1, now(), now())`.execute(db);
    }
    const plain = (performance.now() - start) / N;
    const vacancies = await countVacancies(db, {}, today);
    console.log(`${vacancies} vacancies after grouping; the board takes ${Math.round(1000 / indexing)} events/s with one consumer\n`);
    line('index one event (upsert + regroup)', indexing, 'plain insert of the same row', plain);

    const page = () => openPostings(db, today).selectAll().orderBy('openOn', 'desc').orderBy('id', 'desc').limit(21).execute();
    const filter = { occupationCode: OCCUPATIONS[0]!.code, province: '서울특별시', minMonthlyWageKrw: 3_000_000 };
    const filteredPage = () =>
      openPostings(db, today)
        .selectAll()
        .where('occupationCode', '=', filter.occupationCode)
        .where('monthlyWageKrw', '>=', filter.minMonthlyWageKrw)
        .where('workMunicipalityCode', 'like', '11%')
        .orderBy('openOn', 'desc')
        .limit(21)
        .execute();
    line(
      'first board page (vacancies), no filter',
      await median(20, () => searchVacancies(db, {}, 21, null, today)),
      'first page of ungrouped postings',
      await median(20, page),
    );
    line(
      'first board page, filtered',
      await median(20, () => searchVacancies(db, filter, 21, null, today)),
      'filtered page of ungrouped postings',
      await median(20, filteredPage),
    );
    line(
      'totalCount (distinct vacancies)',
      await median(20, () => countVacancies(db, {}, today)),
      'count of open postings',
      await median(20, () =>
        openPostings(db, today)
          .select(sql<number>`count(*)`.as('n'))
          .execute(),
      ),
    );

    const people = Array.from({ length: 100 }, (_, i) => ({
      occupations: [OCCUPATIONS[i % 6]!.code],
      provinces: [MUNICIPALITIES[i % MUNICIPALITIES.length]!.code.slice(0, 2)],
    }));
    const batched = await median(5, () => boardCandidates(db).loadMany(people));
    const oneByOne = await median(5, async () => {
      for (const person of people) await boardCandidates(db).load(person);
    });
    line('ranking candidates, 100 people batched', batched, 'the same, one person at a time', oneByOne);
  } finally {
    await database.close();
  }
});
