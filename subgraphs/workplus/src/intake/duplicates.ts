import { sql, type Kysely } from 'kysely';
import type { DuplicateMatch } from '../../__generated__/resolvers-types.js';
import type { ParticipantRow, WorkplusDB } from '../store/tables.js';

export interface DuplicateCandidateValue {
  participant: ParticipantRow;
  matchedOn: DuplicateMatch[];
}

/** A Korean mobile number in the one form the center stores, 010-1234-5678, or null if it is not one. */
export function normalizePhone(phone: string): string | null {
  const digits = phone.replace(/[\s-]/g, '');
  const match = /^(01[016789])(\d{3,4})(\d{4})$/.exec(digits);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/**
 * Names compare in Unicode NFC with surrounding and inner spaces, and
 * invisible format characters (zero-width spaces, joiners), removed
 * (김 민준 = 김민준), so a name of nothing visible is no name.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/[\s\p{Cf}]+/gu, '');
}

export interface PersonKeys {
  name: string;
  birthDate: string;
  phone: string | null;
}

/**
 * The duplicate rule (중복 등록 확인): a registered participant with the same
 * name and birth date, or the same mobile number, may be the same person.
 * Run inside the intake's transaction after `lockPersonKeys`, so two desks
 * registering the same person at once cannot both miss each other.
 */
export async function findPossibleDuplicates(db: Kysely<WorkplusDB>, person: PersonKeys): Promise<DuplicateCandidateValue[]> {
  const rows = await db
    .selectFrom('participants')
    .selectAll()
    .where((eb) =>
      eb.or([eb.and([eb('name', '=', person.name), eb('birthDate', '=', person.birthDate)]), ...(person.phone ? [eb('phone', '=', person.phone)] : [])]),
    )
    .orderBy('id')
    .limit(20)
    .execute();
  return rows.map((participant) => ({
    participant,
    matchedOn: [
      ...(participant.name === person.name && participant.birthDate === person.birthDate ? (['NAME_AND_BIRTH_DATE'] as const) : []),
      ...(person.phone && participant.phone === person.phone ? (['PHONE'] as const) : []),
    ],
  }));
}

/**
 * Serialises, until commit, registrations that could match each other (same
 * name and birth date, or same phone); retries of one intake already queue on
 * its idempotency key (createOnce). Keys are locked in one order, so two
 * intakes never wait on each other in a cycle.
 */
export async function lockPersonKeys(db: Kysely<WorkplusDB>, person: PersonKeys | null): Promise<void> {
  const keys = [...(person ? [`person:${person.name}|${person.birthDate}`] : []), ...(person?.phone ? [`phone:${person.phone}`] : [])].sort();
  for (const key of keys) await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(db);
}
