import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { rejectProblems } from '../../../shared/errors.js';
import { isoToday } from '../../../shared/policy/disclosure.js';
import { doesCasework, type ForwardedIdentity } from '../../../shared/trust/identity.js';
import type { Kysely } from 'kysely';
import type { Agency, PurposeOfUse, Resolvers } from '../../__generated__/resolvers-types.js';
import type { WorkplusDB } from '../store/tables.js';

function mayManageConsent(identity: ForwardedIdentity, participantId: string): boolean {
  if (identity.roles.includes('CITIZEN')) return identity.participant === participantId;
  return doesCasework(identity);
}

export const consentResolvers: Resolvers = {
  Participant: {
    consents: (row, _, { loaders }) => loaders.consents.load(row.id),
  },
  Mutation: {
    withdrawConsent: async (_, { id }, { db, identity }) => {
      const consent = await db.selectFrom('consents').selectAll().where('id', '=', id).executeTakeFirst();
      if (!consent) throw new GraphQLError(`No consent with ID ${id}`, { extensions: { code: 'NOT_FOUND' } });
      if (!mayManageConsent(identity, consent.participantId)) {
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

const MAX_CONSENT_YEARS = 5;

type ConsentInput = { discloser: string; recipient: string; purposes: string[]; validUntil: string };

/** Every problem with the input, so the counsellor fixes them all at once. */
export function consentProblems(consents: readonly ConsentInput[], today: string): string[] {
  const latest = `${Number(today.slice(0, 4)) + MAX_CONSENT_YEARS}${today.slice(4)}`;
  const problems = consents.length === 0 ? ['give at least one consent'] : [];
  consents.forEach((c, i) => {
    if (c.discloser === c.recipient) problems.push(`consents[${i}]: an agency does not consent to itself`);
    if (c.purposes.length === 0) problems.push(`consents[${i}]: name at least one purpose`);
    if (c.validUntil < today) problems.push(`consents[${i}]: validUntil ${c.validUntil} is in the past`);
    if (c.validUntil > latest) problems.push(`consents[${i}]: validUntil may be at most ${MAX_CONSENT_YEARS} years ahead (${latest})`);
  });
  return problems;
}

/** The same consent always gets the same ID, which makes recording it again a no-op. */
function consentId(participantId: string, c: ConsentInput): string {
  const digest = createHash('sha256').update(JSON.stringify([[...new Set(c.purposes)].sort(), c.validUntil])).digest('hex');
  return `cns-${participantId.slice(4)}-${c.discloser.toLowerCase()}-${c.recipient.toLowerCase()}-${digest.slice(0, 8)}`;
}

export const recordConsentResolvers: Resolvers = {
  Mutation: {
    recordConsents: async (_, { participantId, consents }, { db, identity, loaders }) => {
      if (!mayManageConsent(identity, participantId)) {
        throw new GraphQLError('Only counselling staff or the person may record consent', { extensions: { code: 'FORBIDDEN' } });
      }
      if (!(await loaders.participant.load(participantId))) {
        throw new GraphQLError(`No participant with ID ${participantId}`, { extensions: { code: 'NOT_FOUND' } });
      }
      const today = isoToday();
      rejectProblems('Consent not recorded', consentProblems(consents, today));
      const ids = await insertConsents(db, participantId, consents, today);
      return db.selectFrom('consents').selectAll().where('id', 'in', ids).orderBy('id').execute();
    },
  },
};

/** Writes validated consents given today; one already on file is kept as is. Returns their IDs. */
export async function insertConsents(db: Kysely<WorkplusDB>, participantId: string, consents: readonly ConsentInput[], today: string): Promise<string[]> {
  const rows = consents.map((c) => ({
    id: consentId(participantId, c),
    participantId,
    discloser: c.discloser as Agency,
    recipient: c.recipient as Agency,
    purposes: [...new Set(c.purposes)].sort() as PurposeOfUse[],
    grantedOn: today,
    validUntil: c.validUntil,
    withdrawnOn: null,
  }));
  await db.insertInto('consents').values(rows).onConflict((oc) => oc.column('id').doNothing()).execute();
  return rows.map((r) => r.id);
}
