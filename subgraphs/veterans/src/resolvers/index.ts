import { closeJobPosting, registerJobPosting } from '../../../shared/jobs/mutations.js';
import { jobPostingResolvers } from '../../../shared/jobs/posting.js';
import { required } from '../../../shared/loaders.js';
import { agencyTimeline } from '../../../shared/timeline.js';
import { veteransEvents } from '../timeline.js';
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
  Mutation: { registerVeteranJobPosting: registerJobPosting('VETERANS'), closeVeteranJobPosting: closeJobPosting('VETERANS') },
  JobPosting: jobPostingResolvers,
  Date: scalarResolvers.Date,
  Krw: scalarResolvers.Krw,
  Participant: {
    // The representation carries the key and the person's consents, which the policy reads; records load per field.
    __resolveReference: (reference) => reference,
    veterans: ({ id }, _, { loaders }) => loaders.registration.load(id),
    veteransTimeline: agencyTimeline('VETERANS', veteransEvents),
  },
  VeteranRecord: {
    registration: (row) => row,
    // registrations.participant_id references military_services: the row is always there.
    service: async (row, _, { loaders }) => required(await loaders.service.load(row.participantId)),
    counsellingSessions: (row, _, { loaders }) => loaders.counsellingSessions.load(row.participantId),
    placements: (row, _, { loaders }) => loaders.placements.load(row.participantId),
    supportMeasures: (row, _, { loaders }) => loaders.supportMeasures.load(row.participantId),
  },
  VeteranRegistration: {
    desiredOccupation: (row) => occupation(row.desiredOccupationCode, row.desiredOccupationName),
  },
  VeteranServiceSummary: {
    corps: (row) => CORPS_OF_RANK[row.rankAtDischarge],
    militaryPensionEligible: (row) => row.serviceMonths >= PENSION_MONTHS,
  },
  VeteranPlacement: {
    occupation: (row) => occupation(row.occupationCode, row.occupationName),
  },
  VeteranSupportMeasure: {
    payments: (row, _, { loaders }) => loaders.supportPayments.load(row.id),
  },
};
