import type { Kysely } from 'kysely';
import { rowByColumn, rowsByColumn } from '../../shared/loaders.js';
import type { WomenDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

/** One SQL statement per entity type, whatever the number of participants in the request. */
export function createLoaders(db: Kysely<WomenDB>) {
  return {
    profile: rowByColumn(db, 'career_break_profiles', 'participantId'),
    counsellingSessions: rowsByColumn(db, 'counselling_sessions', 'participantId', ['heldOn', 'desc'], ['id', 'desc']),
    trainingEnrollments: rowsByColumn(db, 'training_enrollments', 'participantId', ['enrolledOn', 'desc']),
    trainingCourse: rowByColumn(db, 'training_courses', 'id'),
    internships: rowsByColumn(db, 'internships', 'participantId', ['startedOn', 'desc']),
    internship: rowByColumn(db, 'internships', 'id'),
    subsidyPayments: rowsByColumn(db, 'internship_subsidy_payments', 'internshipId', ['round', 'asc']),
    placements: rowsByColumn(db, 'placements', 'participantId', ['startedOn', 'desc']),
  };
}
