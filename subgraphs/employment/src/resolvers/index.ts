import { closeJobPosting, registerJobPosting } from '../../../shared/jobs/mutations.js';
import { jobPostingResolvers } from '../../../shared/jobs/posting.js';
import { scalarResolvers } from '../../../shared/scalars.js';
import { agencyTimeline } from '../../../shared/timeline.js';
import { employmentEvents } from '../timeline.js';
import { decideEligibility } from '../nesp/eligibility.js';
import { nespEligibility } from '../nesp/participant.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';

const occupation = (code: string, name: string) => ({ code, name });

export const resolvers: Resolvers = {
  Mutation: { registerEmploymentJobPosting: registerJobPosting('EMPLOYMENT'), closeEmploymentJobPosting: closeJobPosting('EMPLOYMENT') },
  JobPosting: jobPostingResolvers,
  Date: scalarResolvers.Date,
  Krw: scalarResolvers.Krw,
  Query: {
    nespEligibilityCheck: (_, { input }) => decideEligibility(input),
  },
  Participant: {
    // The representation carries the key and the person's consents, which the policy reads; records load per field.
    __resolveReference: (reference) => reference,
    employment: ({ id }, _, { loaders }) => loaders.jobSeeker.load(id),
    employmentTimeline: agencyTimeline('EMPLOYMENT', employmentEvents),
    nespEligibility,
  },
  EmploymentRecord: {
    jobSeeker: (row) => row,
    unemploymentBenefitClaims: (row, _, { loaders }) => loaders.benefitClaims.load(row.participantId),
    nespParticipations: (row, _, { loaders }) => loaders.nespParticipations.load(row.participantId),
    placements: (row, _, { loaders }) => loaders.placements.load(row.participantId),
    trainings: (row, _, { loaders }) => loaders.trainings.load(row.participantId),
  },
  JobSeekerRegistration: {
    desiredOccupation: (row) => occupation(row.desiredOccupationCode, row.desiredOccupationName),
  },
  NespParticipation: {
    activityPlan: (row, _, { loaders }) => loaders.activityPlan.load(row.id),
    allowancePayments: (row, _, { loaders }) => loaders.allowancePayments.load(row.id),
  },
  ActivityPlan: {
    goalOccupation: (row) => occupation(row.goalOccupationCode, row.goalOccupationName),
    activities: (row, _, { loaders }) => loaders.plannedActivities.load(row.participationId),
  },
  EmploymentPlacement: {
    occupation: (row) => occupation(row.occupationCode, row.occupationName),
  },
};
