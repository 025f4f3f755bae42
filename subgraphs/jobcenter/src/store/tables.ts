import type { Selectable } from 'kysely';
import type { JobPostingTables } from '../../../shared/jobs/posting.js';

/** The municipal job center's database: its postings (shared shape) and the employers it registered. */
export interface JobCenterDB extends JobPostingTables {
  employers: {
    businessRegistrationNumber: string;
    name: string;
    registeredOn: string;
    registeredBy: string;
  };
}

export type EmployerRow = Selectable<JobCenterDB['employers']>;
