import type { Kysely } from 'kysely';
import { demoPostings, seedJobPostings } from '../../../shared/jobs/demo.js';
import { registerEmployer } from './employers.js';
import type { JobCenterDB } from './tables.js';

/** The job center's part of the demo world: its postings and the employers behind them. No people. */
export async function seed(db: Kysely<JobCenterDB>): Promise<void> {
  await seedJobPostings(db, 'JOBCENTER');
  for (const posting of demoPostings().filter((p) => p.agency === 'JOBCENTER')) await registerEmployer(db, posting);
}
