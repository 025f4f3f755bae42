import type { Kysely } from 'kysely';
import { rowByColumn, rowsByColumn } from '../../shared/loaders.js';
import type { SelfSufficiencyDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

/** One SQL statement per entity type, whatever the number of participants in the request. */
export function createLoaders(db: Kysely<SelfSufficiencyDB>) {
  return {
    enrollment: rowByColumn(db, 'enrollments', 'participantId'),
    // A center runs only a handful of units: loading all of them at once lets every program
    // reference in the request (current unit, units in past work months) share one statement.
    centerPrograms: rowsByColumn(db, 'programs', 'centerId', ['id', 'asc']),
    workMonths: rowsByColumn(db, 'work_months', 'participantId', ['month', 'desc']),
    plan: rowByColumn(db, 'plans', 'participantId'),
    assetAccounts: rowsByColumn(db, 'asset_accounts', 'participantId', ['openedOn', 'desc']),
  };
}
