import type { Kysely } from 'kysely';
import { rowByColumn, rowsByColumn } from '../../shared/loaders.js';
import type { VeteransDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

/** One SQL statement per entity type, whatever the number of participants in the request. */
export function createLoaders(db: Kysely<VeteransDB>) {
  return {
    registration: rowByColumn(db, 'registrations', 'participantId'),
    service: rowByColumn(db, 'military_services', 'participantId'),
    counsellingSessions: rowsByColumn(db, 'counselling_sessions', 'participantId', ['heldOn', 'desc'], ['id', 'desc']),
    placements: rowsByColumn(db, 'placements', 'participantId', ['startedOn', 'desc']),
    supportMeasures: rowsByColumn(db, 'support_measures', 'participantId', ['appliedOn', 'desc'], ['id', 'asc']),
    supportPayments: rowsByColumn(db, 'support_payments', 'measureId', ['round', 'asc']),
  };
}
