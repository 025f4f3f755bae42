import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Kysely } from 'kysely';
import { openDatabase, type Database } from '../../../shared/db/database.js';
import type { JobPostingEvent, JobPostingSnapshot } from '../../../shared/jobs/posting.js';
import { migrations } from '../store/migrations.js';
import { applyPostingEvent } from './indexer.js';
import type { JobBoardTables } from './tables.js';

let database: Database<JobBoardTables>;
let db: Kysely<JobBoardTables>;
beforeAll(async () => {
  database = await openDatabase<JobBoardTables>({ storage: { kind: 'pglite', dataDir: null }, migrations });
  db = database.db;
}, 30_000);
afterAll(() => database?.close());

const posting = (id: string, over: Partial<JobPostingSnapshot> = {}): JobPostingSnapshot => ({
  id,
  agency: 'WOMEN',
  title: '요양보호사',
  employerName: '(주)새솔돌봄',
  businessRegistrationNumber: '2118765434',
  occupationCode: '5501',
  occupationName: '요양보호사',
  workMunicipalityCode: '11440',
  monthlyWageKrw: 2_500_000,
  employmentType: 'PERMANENT',
  openings: 1,
  openOn: '2030-01-01',
  closeOn: '2030-02-28',
  status: 'OPEN',
  closedReason: null,
  version: 1,
  ...over,
});
const event = (p: JobPostingSnapshot): JobPostingEvent => ({ posting: p, changedAt: new Date().toISOString() });
const row = (id: string) => db.selectFrom('job_board_postings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

test('an event replayed or arriving late never takes a posting back to an older version', async () => {
  const closed = posting('p1', { status: 'CLOSED', closedReason: '채용 완료', version: 2 });
  await applyPostingEvent(db, event(closed));
  await applyPostingEvent(db, event(posting('p1')));
  await applyPostingEvent(db, event(closed));
  expect(await row('p1')).toMatchObject({ status: 'CLOSED', version: 2, vacancyId: null });
  await applyPostingEvent(db, event(posting('p1', { title: '다시', version: 3 })));
  expect(await row('p1')).toMatchObject({ status: 'OPEN', title: '다시', version: 3, vacancyId: 'vac-p1' });
});

test('a posting that bridged two others splits their vacancy when it closes', async () => {
  const brn = { businessRegistrationNumber: '1048123454' };
  await applyPostingEvent(db, event(posting('a', { ...brn, openOn: '2030-01-01', closeOn: '2030-01-31' })));
  await applyPostingEvent(db, event(posting('c', { ...brn, openOn: '2030-03-01', closeOn: '2030-03-31' })));
  expect((await row('c')).vacancyId).toBe('vac-c');
  await applyPostingEvent(db, event(posting('b', { ...brn, openOn: '2030-01-15', closeOn: '2030-03-10' })));
  expect([(await row('a')).vacancyId, (await row('b')).vacancyId, (await row('c')).vacancyId]).toEqual(['vac-a', 'vac-a', 'vac-a']);
  await applyPostingEvent(db, event(posting('b', { ...brn, openOn: '2030-01-15', closeOn: '2030-03-10', status: 'CLOSED', closedReason: 'x', version: 2 })));
  expect([(await row('a')).vacancyId, (await row('b')).vacancyId, (await row('c')).vacancyId]).toEqual(['vac-a', null, 'vac-c']);
});
