import { required } from '../../../shared/loaders.js';
import { scalarResolvers } from '../../../shared/scalars.js';
import type { MilitaryCorps, MilitaryRank, Resolvers } from '../../__generated__/resolvers-types.js';

const occupation = (code: string, name: string) => ({ code, name });

/** Months of service from which a military pension (군인연금) is paid: 19 years 6 months. */
const PENSION_MONTHS = 234;

const CORPS_OF_RANK: Record<MilitaryRank, MilitaryCorps> = {
  STAFF_SERGEANT: 'NCO',
  SERGEANT_FIRST_CLASS: 'NCO',
  MASTER_SERGEANT: 'NCO',
  SERGEANT_MAJOR: 'NCO',
  WARRANT_OFFICER: 'WARRANT_OFFICER',
  SECOND_LIEUTENANT: 'OFFICER',
  FIRST_LIEUTENANT: 'OFFICER',
  CAPTAIN: 'OFFICER',
  MAJOR: 'OFFICER',
  LIEUTENANT_COLONEL: 'OFFICER',
  COLONEL: 'OFFICER',
};

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  Krw: scalarResolvers.Krw,
  Participant: {
    // The key is all this subgraph needs; the record itself loads per field, batched.
    __resolveReference: ({ id }) => ({ id }),
    veterans: ({ id }, _, { loaders }) => loaders.registration.load(id),
  },
  VeteranRecord: {
    registration: (row) => row,
    // registrations.participant_id references military_services: the row is always there.
    service: async (row, _, { loaders }) => required(await loaders.service.load(row.participant_id)),
    counsellingSessions: (row, _, { loaders }) => loaders.counsellingSessions.load(row.participant_id),
    placements: (row, _, { loaders }) => loaders.placements.load(row.participant_id),
    supportMeasures: (row, _, { loaders }) => loaders.supportMeasures.load(row.participant_id),
  },
  VeteranRegistration: {
    registeredOn: (row) => row.registered_on,
    status: (row) => row.status as never,
    counsellorId: (row) => row.counsellor_id,
    desiredOccupation: (row) => occupation(row.desired_occupation_code, row.desired_occupation_name),
    desiredRegionCode: (row) => row.desired_region_code,
    desiredMonthlyWageKrw: (row) => row.desired_monthly_wage_krw,
    closedOn: (row) => row.closed_on,
  },
  VeteranServiceSummary: {
    rankAtDischarge: (row) => row.rank_at_discharge as never,
    corps: (row) => CORPS_OF_RANK[row.rank_at_discharge as MilitaryRank],
    serviceStartedOn: (row) => row.service_started_on,
    dischargedOn: (row) => row.discharged_on,
    serviceMonths: (row) => row.service_months,
    dischargeType: (row) => row.discharge_type as never,
    militaryPensionEligible: (row) => row.service_months >= PENSION_MONTHS,
    branch: (row) => row.branch as never,
    category: (row) => row.category as never,
  },
  VeteranCounsellingSession: {
    heldOn: (row) => row.held_on,
    topic: (row) => row.topic as never,
    channel: (row) => row.channel as never,
    counsellorId: (row) => row.counsellor_id,
    durationMinutes: (row) => row.duration_minutes,
  },
  VeteranPlacement: {
    employerName: (row) => row.employer_name,
    businessRegistrationNumber: (row) => row.business_registration_number,
    occupation: (row) => occupation(row.occupation_code, row.occupation_name),
    startedOn: (row) => row.started_on,
    monthlyWageKrw: (row) => row.monthly_wage_krw,
    employmentForm: (row) => row.employment_form as never,
    route: (row) => row.route as never,
    retainedSixMonths: (row) => row.retained_six_months,
  },
  VeteranSupportMeasure: {
    kind: (row) => row.kind as never,
    status: (row) => row.status as never,
    appliedOn: (row) => row.applied_on,
    decidedOn: (row) => row.decided_on,
    startsOn: (row) => row.starts_on,
    endsOn: (row) => row.ends_on,
    approvedAmountKrw: (row) => row.approved_amount_krw,
    payments: (row, _, { loaders }) => loaders.supportPayments.load(row.id),
  },
  VeteranSupportPayment: {
    paidOn: (row) => row.paid_on,
    amountKrw: (row) => row.amount_krw,
    kind: (row) => row.kind as never,
  },
};
