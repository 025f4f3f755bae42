import { required } from '../../../shared/loaders.js';
import { countLimit, decodeCursor, lazyConnection, MAX_PAGE_SIZE, pageSize, toConnection } from '../../../shared/pagination.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { mayRead } from '../../../shared/policy/disclosure.js';
import { doesCasework, type ForwardedIdentity } from '../../../../trust/identity.js';
import { identityPolicy } from '../policy.js';
import { countParticipants, searchParticipants, type ParticipantSearch, type SearchScope } from '../store/participants.js';
import type { ParticipantRow } from '../store/tables.js';
import { fail } from '../../../shared/errors.js';

export type ParticipantPage = ReturnType<typeof lazyConnection<ParticipantRow>> & { search: ParticipantSearch; scope: SearchScope };

/** The participant ID of a probe record: a count is about everyone it counted, not one person. */
export const PROBE_SUBJECT = '*';

/** Only casework staff search, within their center's relationship to people (policy.ts). */
function searchScope(identity: ForwardedIdentity): SearchScope {
  if (!doesCasework(identity)) {
    throw fail('Searching participants is for counsellors and supervisors, within the people their center serves', 'FORBIDDEN');
  }
  const { center, municipalities, agency } = identity;
  return { center, municipalities, agency: agency === 'WORKPLUS' ? null : agency };
}

/** What a search looked at: `participants.search.name`, … for each filter given. */
function searchItems(search: ParticipantSearch): string[] {
  const given = Object.entries(search).filter(([, value]) => value !== null && value !== undefined);
  return given.length ? given.map(([key]) => `participants.search.${key}`).sort() : ['participants.search'];
}

export const participantResolvers: Resolvers = {
  Query: {
    participant: (_, { id }, { loaders, identity }) => {
      if (identity.roles.includes('CITIZEN') && identity.participant !== id) {
        throw fail('A citizen token reads only its own participant', 'WITHHELD', { owner: 'WORKPLUS' });
      }
      return loaders.participant.load(id);
    },
    participants: (_, { filter, first, after }, context) => {
      const { db, loaders, identity } = context;
      const scope = searchScope(identity);
      const size = pageSize(first);
      const search: ParticipantSearch = filter ?? {};
      if (search.ids && search.ids.length > MAX_PAGE_SIZE) {
        throw fail(`\`filter.ids\` takes at most ${MAX_PAGE_SIZE} IDs`, 'BAD_USER_INPUT');
      }
      const from = after ? decodeCursor(after) : null;
      const page = lazyConnection(async () => {
        const found = toConnection(await searchParticipants(db, search, scope, size + 1, from), size, (row) => row.id);
        // Finding someone is reading that they match: each person found is logged with the filter's items.
        const items = searchItems(search);
        for (const { node } of found.edges) {
          loaders.participant.prime(node.id, node);
          const basis = await mayRead(identityPolicy, node, context);
          if (basis) context.accesses.push({ participantId: node.id, items, basis });
        }
        return found;
      });
      return { ...page, search, scope };
    },
  },
  ParticipantConnection: {
    // A count touches everyone it counts, so it is logged too: one probe record of the caller, with the filter's items.
    count: async ({ search, scope }, args, { db, accesses }) => {
      const limit = countLimit(args.limit);
      accesses.push({ participantId: PROBE_SUBJECT, items: [...searchItems(search), 'participants.count'], basis: { kind: 'PROBE' } });
      const count = await countParticipants(db, search, scope, limit + 1);
      return count > limit ? { count: limit, precision: 'AT_LEAST' } : { count, precision: 'EXACT' };
    },
    totalCount: async ({ search, scope }, _, { db, accesses }) => {
      accesses.push({ participantId: PROBE_SUBJECT, items: [...searchItems(search), 'participants.totalCount'], basis: { kind: 'PROBE' } });
      return countParticipants(db, search, scope, null);
    },
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
