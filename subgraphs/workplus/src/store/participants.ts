import { sql, type Kysely } from 'kysely';
import type { ParticipantRow, WorkplusDB } from './tables.js';

export interface ParticipantSearch {
  ids?: readonly string[] | null;
  name?: string | null;
  birthDate?: string | null;
  municipalityCode?: string | null;
}

function filtered(db: Kysely<WorkplusDB>, search: ParticipantSearch) {
  let query = db.selectFrom('participants');
  if (search.ids) query = search.ids.length ? query.where('id', 'in', search.ids) : query.where(sql<boolean>`false`);
  if (search.name?.endsWith('*')) query = query.where('name', 'like', `${escapeLike(search.name.slice(0, -1))}%`);
  else if (search.name) query = query.where('name', '=', search.name);
  if (search.birthDate) query = query.where('birthDate', '=', search.birthDate);
  if (search.municipalityCode) query = query.where('municipalityCode', '=', search.municipalityCode);
  return query;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One page of matches in ID order, fetching one extra row to tell whether more follow. */
export function searchParticipants(
  db: Kysely<WorkplusDB>,
  search: ParticipantSearch,
  limit: number,
  afterId: string | null,
): Promise<ParticipantRow[]> {
  let query = filtered(db, search).selectAll();
  if (afterId) query = query.where('id', '>', afterId);
  return query.orderBy('id').limit(limit).execute();
}

export async function countParticipants(db: Kysely<WorkplusDB>, search: ParticipantSearch): Promise<number> {
  const row = await filtered(db, search).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
