import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fail, rejectProblems } from '../../../shared/errors.js';
import { isoToday, mayRead } from '../../../shared/policy/disclosure.js';
import type { ForwardedIdentity } from '../../../../trust/identity.js';
import type { Agency, PurposeOfUse, Resolvers } from '../../__generated__/resolvers-types.js';
import { recordingAuthority, withdrawalAuthority, type ConsentSubject } from '../consent-authority.js';
import { identityPolicy } from '../policy.js';
import type { ConsentChangeRow, WorkplusDB } from '../store/tables.js';

export const consentResolvers: Resolvers = {
  Participant: {
    // A list shows what the caller may see: the consents of a person whose identity they may read, else none.
    consents: async (row, _, context) => {
      const basis = await mayRead(identityPolicy, row, context);
      if (!basis) return [];
      context.accesses.push({ participantId: row.id, items: ['participant.consents'], basis });
      return context.loaders.consents.load(row.id);
    },
  },
  DisclosureConsent: {
    history: (row, _, { loaders }) => loaders.consentChanges.load(row.id),
  },
  ConsentChange: {
    by: (row) => row.bySubject,
  },
  Mutation: {
    withdrawConsent: async (_, { id }, { db, identity }) => {
      return db.transaction().execute(async (trx) => {
        const consent = await trx.selectFrom('consents').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        const person = consent && (await subjectOf(trx, consent.participantId));
        if (!consent || !person) throw fail(`No consent with ID ${id}`, 'NOT_FOUND');
        const authority = withdrawalAuthority(identity, person);
        // Withdrawing twice keeps the first date and the first record: the mutation is safe to retry.
        if (consent.withdrawnOn !== null) return consent;
        await recordChange(trx, id, 'WITHDRAWN', identity, authority);
        return trx.updateTable('consents').set({ withdrawnOn: isoToday() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      });
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
  const digest = createHash('sha256')
    .update(JSON.stringify([[...new Set(c.purposes)].sort(), c.validUntil]))
    .digest('hex');
  return `cns-${participantId.slice(4)}-${c.discloser.toLowerCase()}-${c.recipient.toLowerCase()}-${digest.slice(0, 8)}`;
}

export const recordConsentResolvers: Resolvers = {
  Mutation: {
    recordConsents: async (_, { participantId, consents }, { db, identity }) => {
      const person = await subjectOf(db, participantId);
      if (!person) throw fail(`No participant with ID ${participantId}`, 'NOT_FOUND');
      const today = isoToday();
      rejectProblems('Consent not recorded', consentProblems(consents, today));
      const ids = await db.transaction().execute((trx) => insertConsents(trx, identity, person, consents, today));
      return db.selectFrom('consents').selectAll().where('id', 'in', ids).orderBy('id').execute();
    },
  },
};

async function subjectOf(db: Kysely<WorkplusDB>, participantId: string): Promise<ConsentSubject | undefined> {
  return db.selectFrom('participants').select(['id', 'centerId', 'municipalityCode']).where('id', '=', participantId).executeTakeFirst();
}

/**
 * Writes validated consents given today, each only if `identity` may record
 * it (recordingAuthority), with who recorded it and why. One already on file
 * is kept as is. Returns their IDs. Call inside a transaction.
 */
export async function insertConsents(
  trx: Kysely<WorkplusDB>,
  identity: ForwardedIdentity,
  person: ConsentSubject,
  consents: readonly ConsentInput[],
  today: string,
): Promise<string[]> {
  const authorities = consents.map((c) => recordingAuthority(identity, person, c));
  const rows = consents.map((c) => ({
    id: consentId(person.id, c),
    participantId: person.id,
    discloser: c.discloser as Agency,
    recipient: c.recipient as Agency,
    purposes: [...new Set(c.purposes)].sort() as PurposeOfUse[],
    grantedOn: today,
    validUntil: c.validUntil,
    withdrawnOn: null,
  }));
  const inserted = new Set(
    (
      await trx
        .insertInto('consents')
        .values(rows)
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute()
    ).map((r) => r.id),
  );
  for (const [i, row] of rows.entries()) {
    if (inserted.has(row.id)) await recordChange(trx, row.id, 'RECORDED', identity, authorities[i]!);
  }
  return rows.map((r) => r.id);
}

async function recordChange(
  trx: Kysely<WorkplusDB>,
  consentId: string,
  action: ConsentChangeRow['action'],
  identity: ForwardedIdentity,
  authority: ConsentChangeRow['authority'],
): Promise<void> {
  const last = await trx.selectFrom('consent_changes').select('seq').where('consentId', '=', consentId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  await trx
    .insertInto('consent_changes')
    .values({ consentId, seq: (last?.seq ?? 0) + 1, action, bySubject: identity.subject, byAgency: identity.agency, byCenter: identity.center, authority })
    .execute();
}
