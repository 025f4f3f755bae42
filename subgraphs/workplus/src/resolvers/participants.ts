import { required } from '../../../shared/loaders.js';
import { GraphQLError } from 'graphql';
import { decodeCursor, MAX_PAGE_SIZE, pageSize, toConnection } from '../../../shared/pagination.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { countParticipants, searchParticipants, type ParticipantSearch } from '../store/participants.js';
import type { ParticipantRow } from '../store/tables.js';

export type ParticipantPage = ReturnType<typeof toConnection<ParticipantRow>> & { search: ParticipantSearch };

export const participantResolvers: Resolvers = {
  Query: {
    participant: (_, { id }, { loaders, identity }) => {
      if (identity.roles.includes('CITIZEN') && identity.participant !== id) {
        throw new GraphQLError('A citizen token reads only its own participant', { extensions: { code: 'WITHHELD', owner: 'WORKPLUS' } });
      }
      return loaders.participant.load(id);
    },
    participants: async (_, { filter, first, after }, { db, loaders, identity }) => {
      if (identity.roles.includes('CITIZEN')) {
        throw new GraphQLError('Searching participants is for staff', { extensions: { code: 'FORBIDDEN' } });
      }
      const size = pageSize(first);
      const search: ParticipantSearch = filter ?? {};
      if (search.ids && search.ids.length > MAX_PAGE_SIZE) {
        throw new GraphQLError(`\`filter.ids\` takes at most ${MAX_PAGE_SIZE} IDs`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const rows = await searchParticipants(db, search, size + 1, after ? decodeCursor(after) : null);
      for (const row of rows) loaders.participant.prime(row.id, row);
      return { ...toConnection(rows, size, (row) => row.id), search };
    },
  },
  ParticipantConnection: {
    totalCount: ({ search }, _, { db }) => countParticipants(db, search),
  },
  Participant: {
    // Fields other subgraphs provide for @requires (the agencies' access logs) ride along with the key.
    __resolveReference: async ({ id, ...provided }, { loaders }) => {
      const row = await loaders.participant.load(id);
      return row && { ...row, ...provided };
    },
    contact: (row) => ({ phone: row.phone, email: row.email }),
    homeMunicipality: (row, _, { loaders }) => loaders.municipality.load(row.municipalityCode).then(required),
    registeredCenter: (row, _, { loaders }) => loaders.center.load(row.centerId).then(required),
  },
};
