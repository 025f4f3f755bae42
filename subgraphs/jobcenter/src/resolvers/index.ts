import { normalizeBrn } from '../../../shared/jobs/brn.js';
import { closeJobPosting, registerJobPosting } from '../../../shared/jobs/mutations.js';
import { jobPostingResolvers } from '../../../shared/jobs/posting.js';
import { scalarResolvers } from '../../../shared/scalars.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { registerEmployer } from '../store/employers.js';

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  Krw: scalarResolvers.Krw,
  Query: {
    jobCenterEmployer: (_, { businessRegistrationNumber }, { loaders }) => loaders.employer.load(normalizeBrn(businessRegistrationNumber)),
  },
  JobCenterEmployer: {
    postings: (row, _, { loaders }) => loaders.postingsOfEmployer.load(row.businessRegistrationNumber),
  },
  Mutation: {
    // An employer is registered with its first posting at the center, in the same transaction.
    registerJobCenterJobPosting: registerJobPosting('JOBCENTER', registerEmployer),
    closeJobCenterJobPosting: closeJobPosting('JOBCENTER'),
  },
  JobPosting: jobPostingResolvers,
};
