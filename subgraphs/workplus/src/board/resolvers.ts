import { jobPostingResolvers } from '../../../shared/jobs/posting.js';
import { decodeCursorParts, lazyConnection, pageSize, toConnection } from '../../../shared/pagination.js';
import { isoToday } from '../../../shared/policy/disclosure.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { provinceOf, rankVacancies, wishesOf, type DisclosedWishes } from './recommendations.js';
import { countVacancies, lastIndexedAt, searchVacancies, vacancyKey, type BoardSearch } from './search.js';
import { fail } from '../../../shared/errors.js';

const MAX_RECOMMENDATIONS = 50;

export const boardResolvers: Resolvers = {
  Query: {
    jobBoard: (_, { filter, first, after }, { db }) => {
      const size = pageSize(first);
      const search: BoardSearch = filter ?? {};
      const today = isoToday();
      const from = after ? decodeCursorParts(after, ['date', 'id']).join('|') : null;
      const page = lazyConnection(async () => toConnection(await searchVacancies(db, search, size + 1, from, today), size, vacancyKey));
      return { ...page, search, today };
    },
  },
  JobBoardConnection: {
    totalCount: ({ search, today }, _, { db }) => countVacancies(db, search, today),
    lastIndexedAt: (_, __, { db }) => lastIndexedAt(db),
  },
  JobVacancy: {
    employerName: (v) => v.postings[0]!.employerName,
    businessRegistrationNumber: (v) => v.postings[0]!.businessRegistrationNumber,
    occupation: (v) => jobPostingResolvers.occupation(v.postings[0]!),
    openOn: (v) => v.postings.map((p) => p.openOn).sort()[0]!,
    closeOn: (v) =>
      v.postings
        .map((p) => p.closeOn)
        .sort()
        .at(-1)!,
    agencies: (v) => [...new Set(v.postings.map((p) => p.agency))].sort(),
  },
  JobPosting: jobPostingResolvers,
  Participant: {
    recommendedJobs: async (person, { first }, { loaders }) => {
      const size = first ?? 10;
      if (!Number.isInteger(size) || size < 1 || size > MAX_RECOMMENDATIONS) {
        throw fail(`\`first\` must be between 1 and ${MAX_RECOMMENDATIONS}`, 'BAD_USER_INPUT');
      }
      const wishes = wishesOf(person as unknown as DisclosedWishes);
      const candidates = await loaders.boardCandidates.load({
        occupations: [...wishes.occupations.keys()],
        provinces: [...new Set([...wishes.regions.keys()].map(provinceOf))],
      });
      const today = isoToday();
      return Promise.all(
        rankVacancies(candidates, wishes, size).map(async (r) => {
          const postings = (await loaders.vacancyPostings.load(r.posting.vacancyId!)).filter((p) => p.closeOn >= today);
          const vacancy = { id: r.posting.vacancyId!, openedOn: r.posting.vacancyOpenedOn!, postings };
          return { ...r, vacancy, posting: postings.find((p) => p.id === r.posting.id)! };
        }),
      );
    },
  },
};
