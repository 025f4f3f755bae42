import type { Kysely } from 'kysely';
import { rowByColumn, rowsByColumn } from '../../shared/loaders.js';
import type { VeteransDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

/** One SQL statement per entity type, whatever the number of participants in the request. */
export function createLoaders(db: Kysely<VeteransDB>) {
  return {
    registration: rowByColumn(db, 'registrations', 'participant_id'),
    service: rowByColumn(db, 'military_services', 'participant_id'),
    counsellingSessions: rowsByColumn(db, 'counselling_sessions', 'participant_id', ['held_on', 'desc'], ['id', 'desc']),
    placements: rowsByColumn(db, 'placements', 'participant_id', ['started_on', 'desc']),
    supportMeasures: rowsByColumn(db, 'support_measures', 'participant_id', ['applied_on', 'desc'], ['id', 'asc']),
    supportPayments: rowsByColumn(db, 'support_payments', 'measure_id', ['round', 'asc']),
  };
}
