import type { Kysely } from 'kysely';
import { rowByColumn, rowsByColumn } from '../../shared/loaders.js';
import type { EmploymentDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

/** One SQL statement per entity type, whatever the number of participants in the request. */
export function createLoaders(db: Kysely<EmploymentDB>) {
  return {
    jobSeeker: rowByColumn(db, 'job_seekers', 'participantId'),
    benefitClaims: rowsByColumn(db, 'benefit_claims', 'participantId', ['claimedOn', 'desc']),
    nespParticipations: rowsByColumn(db, 'nesp_participations', 'participantId', ['appliedOn', 'desc']),
    placements: rowsByColumn(db, 'placements', 'participantId', ['startedOn', 'desc']),
    trainings: rowsByColumn(db, 'trainings', 'participantId', ['startedOn', 'desc']),
    activityPlan: rowByColumn(db, 'nesp_activity_plans', 'participationId'),
    plannedActivities: rowsByColumn(db, 'nesp_planned_activities', 'participationId', ['dueOn', 'asc']),
    allowancePayments: rowsByColumn(db, 'nesp_allowance_payments', 'participationId', ['round', 'asc']),
  };
}
