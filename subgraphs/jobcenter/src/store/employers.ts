import type { Kysely } from 'kysely';
import type { JobPostingRow } from '../../../shared/jobs/posting.js';
import type { JobCenterDB } from './tables.js';

/** The employer behind a posting, registered the first time it posts; its first name and date stay. */
export async function registerEmployer(
  db: Kysely<JobCenterDB>,
  posting: Pick<JobPostingRow, 'businessRegistrationNumber' | 'employerName' | 'registeredBy' | 'openOn'>,
): Promise<void> {
  await db
    .insertInto('employers')
    .values({
      businessRegistrationNumber: posting.businessRegistrationNumber,
      name: posting.employerName,
      registeredOn: posting.openOn,
      registeredBy: posting.registeredBy,
    })
    .onConflict((oc) => oc.column('businessRegistrationNumber').doNothing())
    .execute();
}
