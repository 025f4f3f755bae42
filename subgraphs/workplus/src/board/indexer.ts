import { sql, type Kysely } from 'kysely';
import type { SubgraphWorker } from '../../../shared/definition.js';
import type { JobPostingEvent } from '../../../shared/jobs/posting.js';
import { JOB_BOARD_GROUP, openEventStream } from '../../../shared/jobs/stream.js';
import { Outage } from '../../../shared/outage.js';
import { groupVacancies } from './grouping.js';
import type { JobBoardTables } from './tables.js';

/**
 * Takes one posting event into the board, idempotently: a posting's row only
 * ever moves to a higher version, so a replayed or late event changes
 * nothing. Then regroups the postings of that employer and occupation.
 */
export async function applyPostingEvent(db: Kysely<JobBoardTables>, { posting, changedAt }: JobPostingEvent): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // One writer per employer and occupation at a time, across replicas, so regrouping never races.
    await sql`select pg_advisory_xact_lock(hashtext(${`${posting.businessRegistrationNumber}|${posting.occupationCode}`}))`.execute(trx);
    const open = posting.status === 'OPEN';
    const row = {
      ...posting,
      changedAt: new Date(changedAt),
      indexedAt: new Date(),
      vacancyId: open ? `vac-${posting.id}` : null,
      vacancyOpenedOn: open ? posting.openOn : null,
    };
    const { id: _, ...changes } = row;
    const applied = await trx
      .insertInto('job_board_postings')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(changes).where('job_board_postings.version', '<', posting.version))
      .returning('id')
      .executeTakeFirst();
    if (applied) await regroup(trx, posting.businessRegistrationNumber, posting.occupationCode);
  });
}

/** Recomputes the vacancies of one employer and occupation, the only postings a change can regroup. */
async function regroup(db: Kysely<JobBoardTables>, brn: string, occupationCode: string): Promise<void> {
  const postings = await db
    .selectFrom('job_board_postings')
    .select(['id', 'businessRegistrationNumber', 'occupationCode', 'openOn', 'closeOn', 'vacancyId', 'vacancyOpenedOn'])
    .where('businessRegistrationNumber', '=', brn)
    .where('occupationCode', '=', occupationCode)
    .where('status', '=', 'OPEN')
    .execute();
  const vacancies = groupVacancies(postings);
  for (const p of postings) {
    const vacancy = vacancies.get(p.id)!;
    if (p.vacancyId === vacancy.id && p.vacancyOpenedOn === vacancy.openedOn) continue;
    await db.updateTable('job_board_postings').set({ vacancyId: vacancy.id, vacancyOpenedOn: vacancy.openedOn }).where('id', '=', p.id).execute();
  }
}

/** Work-Plus's worker: consumes every owner's posting events into the board. */
export const boardIndexer: SubgraphWorker = async ({ db, config, log }) => {
  const stream = openEventStream(config, log);
  const subscription = await stream.subscribe(
    JOB_BOARD_GROUP,
    (event) => applyPostingEvent(db, event),
    new Outage(log, `job board reading posting events from ${config.jobEventsStream}`),
  );
  return async () => {
    await subscription.close();
    await stream.close();
  };
};
