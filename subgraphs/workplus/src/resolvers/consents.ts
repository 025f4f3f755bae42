import { GraphQLError } from 'graphql';
import { isoToday } from '../../../shared/policy/disclosure.js';
import type { ForwardedIdentity } from '../../../shared/trust/identity.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';

const STAFF_WHO_RECORD_CONSENT = ['COUNSELLOR', 'SUPERVISOR'] as const;

function mayWithdraw(identity: ForwardedIdentity, participantId: string): boolean {
  if (identity.roles.includes('CITIZEN')) return identity.participant === participantId;
  return identity.roles.some((role) => (STAFF_WHO_RECORD_CONSENT as readonly string[]).includes(role));
}

export const consentResolvers: Resolvers = {
  Participant: {
    consents: (row, _, { loaders }) => loaders.consents.load(row.id),
  },
  Mutation: {
    withdrawConsent: async (_, { id }, { db, identity }) => {
      const consent = await db.selectFrom('consents').selectAll().where('id', '=', id).executeTakeFirst();
      if (!consent) throw new GraphQLError(`No consent with ID ${id}`, { extensions: { code: 'NOT_FOUND' } });
      if (!mayWithdraw(identity, consent.participantId)) {
        throw new GraphQLError('Only the person or the center\'s counselling staff may withdraw a consent', { extensions: { code: 'FORBIDDEN' } });
      }
      // Withdrawing twice keeps the first date: the mutation is safe to retry.
      return db
        .updateTable('consents')
        .set((eb) => ({ withdrawnOn: eb.fn.coalesce('withdrawnOn', eb.val(isoToday())) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  },
};
