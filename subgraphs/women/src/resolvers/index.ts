import { closeJobPosting, registerJobPosting } from '../../../shared/jobs/mutations.js';
import { jobPostingResolvers } from '../../../shared/jobs/posting.js';
import { required } from '../../../shared/loaders.js';
import { agencyTimeline } from '../../../shared/timeline.js';
import { womenEvents } from '../timeline.js';
import { scalarResolvers } from '../../../shared/scalars.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';

const occupation = (code: string, name: string) => ({ code, name });

export const resolvers: Resolvers = {
  Mutation: { registerWomenJobPosting: registerJobPosting('WOMEN'), closeWomenJobPosting: closeJobPosting('WOMEN') },
  JobPosting: jobPostingResolvers,
  Date: scalarResolvers.Date,
  Krw: scalarResolvers.Krw,
  Participant: {
    // The representation carries the key and the person's consents, which the policy reads; records load per field.
    __resolveReference: (reference) => reference,
    womenReemployment: ({ id }, _, { loaders }) => loaders.profile.load(id),
    womenReemploymentTimeline: agencyTimeline('WOMEN', womenEvents),
  },
  WomenReemploymentRecord: {
    profile: (row) => row,
    counsellingSessions: (row, _, { loaders }) => loaders.counsellingSessions.load(row.participantId),
    trainingEnrollments: (row, _, { loaders }) => loaders.trainingEnrollments.load(row.participantId),
    internships: (row, _, { loaders }) => loaders.internships.load(row.participantId),
    placements: (row, _, { loaders }) => loaders.placements.load(row.participantId),
  },
  WomenCareerBreakProfile: {
    lastOccupation: (row) => (row.lastOccupationCode && row.lastOccupationName ? occupation(row.lastOccupationCode, row.lastOccupationName) : null),
    desiredOccupation: (row) => occupation(row.desiredOccupationCode, row.desiredOccupationName),
  },
  WomenTrainingEnrollment: {
    course: async (row, _, { loaders }) => required(await loaders.trainingCourse.load(row.courseId)),
  },
  WomenInternship: {
    occupation: (row) => occupation(row.occupationCode, row.occupationName),
    subsidyPayments: (row, _, { loaders }) => loaders.subsidyPayments.load(row.id),
    // Shares the batch (and the statement) with subsidyPayments.
    employerSubsidyTotalKrw: async (row, _, { loaders }) =>
      (await loaders.subsidyPayments.load(row.id)).filter((payment) => payment.recipient === 'EMPLOYER').reduce((sum, payment) => sum + payment.amountKrw, 0),
  },
  WomenPlacement: {
    occupation: (row) => occupation(row.occupationCode, row.occupationName),
    fromInternship: async (row, _, { loaders }) => (row.internshipId === null ? null : required(await loaders.internship.load(row.internshipId))),
  },
};
