import type { Kysely } from 'kysely';
import { rowByColumn, rowsByColumn } from '../../shared/loaders.js';
import type { JobCenterDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(db: Kysely<JobCenterDB>) {
  return {
    employer: rowByColumn(db, 'employers', 'businessRegistrationNumber'),
    postingsOfEmployer: rowsByColumn(db, 'job_postings', 'businessRegistrationNumber', ['openOn', 'desc'], ['id', 'desc']),
  };
}
