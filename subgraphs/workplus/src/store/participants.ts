import { sql, type Kysely } from 'kysely';
import type { Agency } from '../../__generated__/resolvers-types.js';
import type { ParticipantRow, WorkplusDB } from './tables.js';

export interface ParticipantSearch {
  ids?: readonly string[] | null;
  name?: string | null;
  birthDate?: string | null;
  municipalityCode?: string | null;
}

/**
 * Whom a caller may find: the SQL form of Work-Plus's center relationship
 * (policy.ts), so a search never matches, counts or pages past a person
 * the caller could not read.
 */
export interface SearchScope {
  center: string;
  municipalities: readonly string[];
  /** The caller's agency; null for the center's Work-Plus desk, which is party to all of its casework. */
  agency: Agency | null;
}

function filtered(db: Kysely<WorkplusDB>, search: ParticipantSearch, scope: SearchScope) {
  const { agency, center } = scope;
  let referred = db.selectFrom('referrals').select('referrals.participantId').where('referrals.centerId', '=', center);
  if (agency) referred = referred.where((eb) => eb.or([eb('referrals.fromAgency', '=', agency), eb('referrals.toAgency', '=', agency)]));
  let taken = db.selectFrom('intakes').select('intakes.participantId').where('intakes.centerId', '=', center);
  if (agency) taken = taken.where('intakes.counsellorAgency', '=', agency);
  let query = db
    .selectFrom('participants')
    .where((eb) =>
      eb.or([
        eb('participants.centerId', '=', center),
        ...(scope.municipalities.length ? [eb('participants.municipalityCode', 'in', scope.municipalities)] : []),
        eb('participants.id', 'in', referred),
        eb('participants.id', 'in', taken),
      ]),
    );
  if (search.ids) query = search.ids.length ? query.where('participants.id', 'in', search.ids) : query.where(sql<boolean>`false`);
  if (search.name?.endsWith('*')) query = query.where('participants.name', 'like', `${escapeLike(search.name.slice(0, -1))}%`);
  else if (search.name) query = query.where('participants.name', '=', search.name);
  if (search.birthDate) query = query.where('participants.birthDate', '=', search.birthDate);
  if (search.municipalityCode) query = query.where('participants.municipalityCode', '=', search.municipalityCode);
  return query;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One page of matches in ID order, fetching one extra row to tell whether more follow. */
export function searchParticipants(
  db: Kysely<WorkplusDB>,
  search: ParticipantSearch,
  scope: SearchScope,
  limit: number,
  afterId: string | null,
): Promise<ParticipantRow[]> {
  let query = filtered(db, search, scope).selectAll('participants');
  if (afterId) query = query.where('participants.id', '>', afterId);
  return query.orderBy('participants.id').limit(limit).execute();
}

export async function countParticipants(db: Kysely<WorkplusDB>, search: ParticipantSearch, scope: SearchScope): Promise<number> {
  const row = await filtered(db, search, scope)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
