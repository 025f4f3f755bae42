import { scalarResolvers } from '../../../shared/scalars.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';

const occupation = (code: string, name: string) => ({ code, name });

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  Krw: scalarResolvers.Krw,
  Participant: {
    // The key is all this subgraph needs; the record itself loads per field, batched.
    __resolveReference: ({ id }) => ({ id }),
    employment: ({ id }, _, { loaders }) => loaders.jobSeeker.load(id),
  },
  EmploymentRecord: {
    jobSeeker: (row) => row,
    unemploymentBenefitClaims: (row, _, { loaders }) => loaders.benefitClaims.load(row.participant_id),
    nespParticipations: (row, _, { loaders }) => loaders.nespParticipations.load(row.participant_id),
    placements: (row, _, { loaders }) => loaders.placements.load(row.participant_id),
    trainings: (row, _, { loaders }) => loaders.trainings.load(row.participant_id),
  },
  JobSeekerRegistration: {
    registeredOn: (row) => row.registered_on,
    validUntil: (row) => row.valid_until,
    status: (row) => row.status as never,
    desiredOccupation: (row) => occupation(row.desired_occupation_code, row.desired_occupation_name),
    desiredRegionCode: (row) => row.desired_region_code,
    desiredMonthlyWageKrw: (row) => row.desired_monthly_wage_krw,
    desiredEmploymentType: (row) => row.desired_employment_type as never,
    education: (row) => row.education as never,
  },
  UnemploymentBenefitClaim: {
    claimedOn: (row) => row.claimed_on,
    lastEmployerName: (row) => row.last_employer_name,
    separationDate: (row) => row.separation_date,
    separationReason: (row) => row.separation_reason as never,
    insuredDays: (row) => row.insured_days,
    dailyBenefitKrw: (row) => row.daily_benefit_krw,
    benefitDays: (row) => row.benefit_days,
    paidDays: (row) => row.paid_days,
    status: (row) => row.status as never,
  },
  NespParticipation: {
    track: (row) => row.track as never,
    stage: (row) => row.stage as never,
    appliedOn: (row) => row.applied_on,
    decidedOn: (row) => row.decided_on,
    counsellorId: (row) => row.counsellor_id,
    closedOn: (row) => row.closed_on,
    activityPlan: (row, _, { loaders }) => loaders.activityPlan.load(row.id),
    allowancePayments: (row, _, { loaders }) => loaders.allowancePayments.load(row.id),
  },
  ActivityPlan: {
    agreedOn: (row) => row.agreed_on,
    goalOccupation: (row) => occupation(row.goal_occupation_code, row.goal_occupation_name),
    activities: (row, _, { loaders }) => loaders.plannedActivities.load(row.participation_id),
  },
  PlannedActivity: {
    kind: (row) => row.kind as never,
    dueOn: (row) => row.due_on,
    completedOn: (row) => row.completed_on,
  },
  AllowancePayment: {
    paidOn: (row) => row.paid_on,
    amountKrw: (row) => row.amount_krw,
    dependentsAddOnKrw: (row) => row.dependents_add_on_krw,
  },
  EmploymentPlacement: {
    employerName: (row) => row.employer_name,
    businessRegistrationNumber: (row) => row.business_registration_number,
    occupation: (row) => occupation(row.occupation_code, row.occupation_name),
    startedOn: (row) => row.started_on,
    monthlyWageKrw: (row) => row.monthly_wage_krw,
    employmentType: (row) => row.employment_type as never,
    retainedSixMonths: (row) => row.retained_six_months,
  },
  TrainingEnrollment: {
    courseName: (row) => row.course_name,
    startedOn: (row) => row.started_on,
    endedOn: (row) => row.ended_on,
    status: (row) => row.status as never,
  },
};
