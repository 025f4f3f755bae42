import type { Kysely } from 'kysely';
import { rowByColumn, rowsByColumn } from '../../shared/loaders.js';
import type { EmploymentDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

/** One SQL statement per entity type, whatever the number of participants in the request. */
export function createLoaders(db: Kysely<EmploymentDB>) {
  return {
    jobSeeker: rowByColumn(db, 'job_seekers', 'participant_id'),
    benefitClaims: rowsByColumn(db, 'benefit_claims', 'participant_id', ['claimed_on', 'desc']),
    nespParticipations: rowsByColumn(db, 'nesp_participations', 'participant_id', ['applied_on', 'desc']),
    placements: rowsByColumn(db, 'placements', 'participant_id', ['started_on', 'desc']),
    trainings: rowsByColumn(db, 'trainings', 'participant_id', ['started_on', 'desc']),
    activityPlan: rowByColumn(db, 'nesp_activity_plans', 'participation_id'),
    plannedActivities: rowsByColumn(db, 'nesp_planned_activities', 'participation_id', ['due_on', 'asc']),
    allowancePayments: rowsByColumn(db, 'nesp_allowance_payments', 'participation_id', ['round', 'asc']),
  };
}
