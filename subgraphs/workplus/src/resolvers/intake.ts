import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { fail, rejectProblems, type Check } from '../../../shared/errors.js';
import { createOnce, idempotencyKeyProblem, idempotentRequest } from '../../../shared/idempotency.js';
import { required } from '../../../shared/loaders.js';
import { isoToday } from '../../../shared/policy/disclosure.js';
import type { ForwardedIdentity } from '../../../../trust/identity.js';
import type { IntakeInput, IntakeNeed, IntakeOutcome, Resolvers } from '../../__generated__/resolvers-types.js';
import { assertCaseworker, visibleRecords } from '../case-access.js';
import type { Context } from '../context.js';
import { findPossibleDuplicates, lockPersonKeys, normalizeName, normalizePhone, type DuplicateCandidateValue } from '../intake/duplicates.js';
import { SERVICE_AGENCY } from '../referrals/lifecycle.js';
import { insertReferral, referralProblems } from '../referrals/store.js';
import type { IntakeRow, WorkplusDB } from '../store/tables.js';
import { consentProblems, insertConsents } from './consents.js';
import { visibleReferrals } from './referrals.js';

export interface IntakeResultValue {
  outcome: IntakeOutcome;
  intake: IntakeRow | null;
  possibleDuplicates: DuplicateCandidateValue[];
}

/** The agency that serves each need; a referral from an intake must go to one of them. */
const NEED_AGENCY: Record<IntakeNeed, string> = {
  EMPLOYMENT: 'EMPLOYMENT',
  WELFARE: 'SOCIAL_SECURITY',
  CAREER_BREAK: 'WOMEN',
  VETERAN: 'VETERANS',
  SELF_SUFFICIENCY: 'SELF_SUFFICIENCY',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every check of the input that can be made before touching the database, so the counsellor fixes them at once. */
function intakeChecks(input: IntakeInput, identity: ForwardedIdentity, today: string): Check[] {
  const { person } = input;
  const checks: Check[] = [
    !!input.participantId === !!person && 'give either participantId (a registered person) or person (a new one), not both',
    !!input.notDuplicateOf?.length && !person && 'notDuplicateOf goes with person',
    (input.notDuplicateOf?.length ?? 0) > 20 && 'notDuplicateOf takes at most 20 participants',
    input.needs.length === 0 && 'name at least one need',
    new Set(input.needs).size !== input.needs.length && 'needs lists a need twice',
    (input.notes?.length ?? 0) > 4000 && 'notes are longer than 4000 characters',
    idempotencyKeyProblem(input.idempotencyKey),
  ];
  if (person) {
    const name = normalizeName(person.name);
    checks.push(
      (name.length < 1 || name.length > 100) && 'person.name must be 1 to 100 characters',
      (person.birthDate > today || person.birthDate < '1900-01-01') && `person.birthDate ${person.birthDate} is not a plausible birth date`,
      !!person.phone && !normalizePhone(person.phone) && `person.phone ${person.phone} is not a Korean mobile number (010-1234-5678)`,
      !!person.email && (person.email.length > 254 || !EMAIL.test(person.email)) && 'person.email is not an email address (at most 254 characters)',
      !/^[0-9]{5}$/.test(person.municipalityCode) && 'person.municipalityCode must be a 5-digit 시군구 code',
    );
  }
  if (input.consents?.length) checks.push(...consentProblems(input.consents, today));
  const served = new Set(input.needs.map((need) => NEED_AGENCY[need]));
  (input.referrals ?? []).forEach((referral, i) => {
    const label = `referrals[${i}]`;
    checks.push(...referralProblems(referral, identity.agency, label));
    if (!served.has(SERVICE_AGENCY[referral.service])) checks.push(`${label}: ${referral.service} serves none of the stated needs`);
  });
  return checks;
}

const newParticipantId = () => `ptc_${[...randomBytes(10)].map((b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('')}`;

/**
 * One intake in one transaction: the person (new or registered), the intake
 * itself, its consents, then its referrals, which may rely on those consents.
 * A possible duplicate ends it before anything is written.
 */
async function recordIntake(trx: Kysely<WorkplusDB>, identity: ForwardedIdentity, input: IntakeInput, today: string): Promise<IntakeResultValue> {
  const person = input.person;
  const keys = person ? { name: normalizeName(person.name), birthDate: person.birthDate, phone: person.phone ? normalizePhone(person.phone) : null } : null;
  await lockPersonKeys(trx, keys);
  let participantId = input.participantId;
  if (person && keys) {
    const confirmed = new Set(input.notDuplicateOf ?? []);
    const known = confirmed.size
      ? await trx
          .selectFrom('participants')
          .select('id')
          .where('id', 'in', [...confirmed])
          .execute()
      : [];
    const unknown = [...confirmed].filter((id) => !known.some((row) => row.id === id));
    if (unknown.length) throw fail(`Intake not recorded: notDuplicateOf names no registered participant: ${unknown.join(', ')}`, 'BAD_USER_INPUT');
    const duplicates = (await findPossibleDuplicates(trx, keys)).filter((d) => !confirmed.has(d.participant.id));
    if (duplicates.length) return { outcome: 'POSSIBLE_DUPLICATE', intake: null, possibleDuplicates: duplicates };
    const municipality = await trx.selectFrom('municipalities').select('code').where('code', '=', person.municipalityCode).executeTakeFirst();
    if (!municipality) throw fail(`Intake not recorded: no municipality with code ${person.municipalityCode}`, 'BAD_USER_INPUT');
    participantId = newParticipantId();
    await trx
      .insertInto('participants')
      .values({
        id: participantId,
        ...keys,
        gender: person.gender,
        email: person.email ?? null,
        municipalityCode: person.municipalityCode,
        centerId: identity.center,
        registeredAt: sql<Date>`now()`,
      })
      .execute();
  } else if (!(await trx.selectFrom('participants').select('id').where('id', '=', participantId!).executeTakeFirst())) {
    throw fail(`No participant with ID ${participantId}`, 'NOT_FOUND');
  }
  const intake = await trx
    .insertInto('intakes')
    .values({
      id: `itk-${randomBytes(8).toString('hex')}`,
      participantId: participantId!,
      centerId: identity.center,
      counsellorId: identity.subject,
      counsellorAgency: identity.agency,
      needs: input.needs,
      notes: input.notes?.trim() || null,
      outcome: input.person ? 'REGISTERED' : 'RECORDED',
      idempotencyKey: input.idempotencyKey,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (input.consents?.length) {
    const subject = await trx
      .selectFrom('participants')
      .select(['id', 'centerId', 'municipalityCode'])
      .where('id', '=', participantId!)
      .executeTakeFirstOrThrow();
    await insertConsents(trx, identity, subject, input.consents, today);
  }
  for (const [i, referral] of (input.referrals ?? []).entries()) {
    await insertReferral(trx, identity, { ...referral, participantId: participantId!, intakeId: intake.id, idempotencyKey: `${input.idempotencyKey}#${i}` });
  }
  return { outcome: intake.outcome, intake, possibleDuplicates: [] };
}

export const visibleIntakes = (context: Context, rows: readonly IntakeRow[]) =>
  visibleRecords(context, rows, (r) => ({ participantId: r.participantId, centerId: r.centerId, parties: [r.counsellorAgency] }), 'intake');

export const intakeResolvers: Resolvers = {
  Mutation: {
    registerIntake: async (_, { input }, context) => {
      const { db, identity } = context;
      assertCaseworker(identity, 'record intakes');
      const today = isoToday();
      rejectProblems('Intake not recorded', intakeChecks(input, identity, today));
      const result = await createOnce(db, idempotentRequest('registerIntake', identity, input), {
        load: async (trx, id) => {
          const intake = await trx.selectFrom('intakes').selectAll().where('id', '=', id).executeTakeFirst();
          return intake && { outcome: intake.outcome, intake, possibleDuplicates: [] };
        },
        insert: (trx) => recordIntake(trx, identity, input, today),
        // A possible duplicate writes nothing, so it claims no key: the counsellor resends with the same key once they decide.
        idOf: (value) => value.intake?.id ?? null,
        conflict: 'An intake or referral for this person was recorded at the same moment',
      });
      if (result.intake) visibleIntakes(context, [result.intake]);
      return result;
    },
  },
  Intake: {
    participant: (row, _, { loaders }) => loaders.participant.load(row.participantId).then(required),
    center: (row, _, { loaders }) => loaders.center.load(row.centerId).then(required),
    counsellor: (row) => row.counsellorId,
    referrals: async (row, _, context) => visibleReferrals(context, await context.loaders.referralsOfIntake.load(row.id)),
  },
};
