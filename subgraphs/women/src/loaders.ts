import type { Kysely } from 'kysely';
import { rowByColumn, rowsByColumn } from '../../shared/loaders.js';
import type { WomenDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

/** One SQL statement per entity type, whatever the number of participants in the request. */
export function createLoaders(db: Kysely<WomenDB>) {
  return {
    profile: rowByColumn(db, 'career_break_profiles', 'participant_id'),
    counsellingSessions: rowsByColumn(db, 'counselling_sessions', 'participant_id', ['held_on', 'desc'], ['id', 'desc']),
    trainingEnrollments: rowsByColumn(db, 'training_enrollments', 'participant_id', ['enrolled_on', 'desc']),
    trainingCourse: rowByColumn(db, 'training_courses', 'id'),
    internships: rowsByColumn(db, 'internships', 'participant_id', ['started_on', 'desc']),
    internship: rowByColumn(db, 'internships', 'id'),
    subsidyPayments: rowsByColumn(db, 'internship_subsidy_payments', 'internship_id', ['round', 'asc']),
    placements: rowsByColumn(db, 'placements', 'participant_id', ['started_on', 'desc']),
  };
}
