import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { fail, problemsOf } from '../../../shared/errors.js';
import { isoToday } from '../../../shared/policy/disclosure.js';
import type { ForwardedIdentity } from '../../../../trust/identity.js';
import type { ReferralService } from '../../__generated__/resolvers-types.js';
import type { ReferralRow, WorkplusDB } from '../store/tables.js';
import { checkMove, OPEN_STATUSES, SERVICE_AGENCY, TRANSITIONS, type Move } from './lifecycle.js';

export interface NewReferral {
  participantId: string;
  service: ReferralService;
  toAgency: string;
  note?: string | null;
  intakeId?: string | null;
  idempotencyKey: string;
}

/** Every problem with what a referral asks for that can be seen without the database. */
export function referralProblems(referral: Pick<NewReferral, 'service' | 'toAgency' | 'note'>, fromAgency: string, label = 'referral'): string[] {
  const owner = SERVICE_AGENCY[referral.service];
  return problemsOf([
    owner !== referral.toAgency && `${label}: ${referral.service} is a service of ${owner}, not ${referral.toAgency}`,
    referral.toAgency === fromAgency && `${label}: an agency does not refer to itself`,
    (referral.note?.length ?? 0) > 2000 && `${label}: note is longer than 2000 characters`,
  ]);
}

/**
 * Sends one referral inside the caller's transaction: checks the receiving
 * desk, the person's consent and that no referral for the same service is
 * open, then writes the referral and the first line of its history.
 */
export async function insertReferral(trx: Kysely<WorkplusDB>, identity: ForwardedIdentity, input: NewReferral): Promise<ReferralRow> {
  const desk = await trx
    .selectFrom('center_agencies')
    .select('agency')
    .where('centerId', '=', identity.center)
    .where('agency', '=', input.toAgency as never)
    .executeTakeFirst();
  if (!desk) throw fail(`${input.toAgency} has no desk in ${identity.center}, so it cannot receive referrals there`, 'BAD_USER_INPUT');
  const consentId = identity.agency === 'WORKPLUS' ? null : await referralConsent(trx, input.participantId, identity.agency, input.toAgency);
  if (consentId === undefined) {
    throw fail(
      `The person has not consented to ${identity.agency} disclosing to ${input.toAgency} for referral: record that consent first (recordConsents)`,
      'CONSENT_REQUIRED',
    );
  }
  const open = await trx
    .selectFrom('referrals')
    .select(['id', 'status'])
    .where('participantId', '=', input.participantId)
    .where('service', '=', input.service)
    .where('status', 'in', OPEN_STATUSES)
    .executeTakeFirst();
  if (open) throw fail(`Referral ${open.id} for ${input.service} is already ${open.status} for this person`, 'CONFLICT', { referralId: open.id });
  const referral = await trx
    .insertInto('referrals')
    .values({
      id: `ref-${randomUUID()}`,
      participantId: input.participantId,
      centerId: identity.center,
      fromAgency: identity.agency,
      toAgency: input.toAgency as never,
      service: input.service,
      note: input.note?.trim() || null,
      status: 'REQUESTED',
      consentId,
      intakeId: input.intakeId ?? null,
      requestedBy: identity.subject,
      acceptedAt: null,
      closedAt: null,
      closingNote: null,
      idempotencyKey: input.idempotencyKey,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('referral_changes')
    .values({
      referralId: referral.id,
      seq: 1,
      at: referral.requestedAt,
      fromStatus: null,
      toStatus: 'REQUESTED',
      byStaff: identity.subject,
      byAgency: identity.agency,
      note: referral.note,
    })
    .execute();
  return referral;
}

/** The live consent under which `from` may disclose to `to` for referral, or undefined. */
async function referralConsent(trx: Kysely<WorkplusDB>, participantId: string, from: string, to: string): Promise<string | undefined> {
  const consent = await trx
    .selectFrom('consents')
    .select('id')
    .where('participantId', '=', participantId)
    .where('discloser', '=', from as never)
    .where('recipient', '=', to as never)
    .where(sql<boolean>`'REFERRAL' = any(purposes)`)
    .where('validUntil', '>=', isoToday())
    .where('withdrawnOn', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  return consent?.id;
}

/**
 * Moves a referral one step, in one transaction with its history line. The
 * row is locked first, so two racing moves are decided one after the other.
 * A move the referral already made returns it unchanged: safe to retry.
 */
export async function moveReferral(
  db: Kysely<WorkplusDB>,
  identity: ForwardedIdentity,
  id: string,
  move: Move,
  note: string | null | undefined,
): Promise<ReferralRow> {
  const text = note?.trim() || null;
  if (TRANSITIONS[move].reasonRequired && !text) throw fail(`Give a reason to ${move} a referral`, 'BAD_USER_INPUT');
  if ((text?.length ?? 0) > 2000) throw fail('The reason is longer than 2000 characters', 'BAD_USER_INPUT');
  return db.transaction().execute(async (trx) => {
    const referral = await trx.selectFrom('referrals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!referral || referral.centerId !== identity.center) throw fail(`No referral with ID ${id} in ${identity.center}`, 'NOT_FOUND');
    if (checkMove(referral, move, identity.agency) === 'done') return referral;
    const to = TRANSITIONS[move].to;
    const now = new Date();
    const updated = await trx
      .updateTable('referrals')
      .set({
        status: to,
        ...(to === 'ACCEPTED' && { acceptedAt: now }),
        ...(!OPEN_STATUSES.includes(to) && { closedAt: now, closingNote: text }),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const { last } = await trx
      .selectFrom('referral_changes')
      .select((eb) => eb.fn.max('seq').as('last'))
      .where('referralId', '=', id)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('referral_changes')
      .values({
        referralId: id,
        seq: Number(last) + 1,
        at: now,
        fromStatus: referral.status,
        toStatus: to,
        byStaff: identity.subject,
        byAgency: identity.agency,
        note: text,
      })
      .execute();
    return updated;
  });
}
