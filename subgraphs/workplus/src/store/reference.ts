import { sql, type Kysely } from 'kysely';
import { AGENCIES } from '../../../../trust/identity.js';
import type { WorkplusDB } from './tables.js';

/** Every registered agency is a row of `agencies`, which offices, consents and the job board refer to: a new registry line needs no migration. */
export async function registerAgencies(db: Kysely<WorkplusDB>): Promise<void> {
  await sql`insert into agencies (code) select unnest(${[...AGENCIES]}::text[]) on conflict do nothing`.execute(db);
}
