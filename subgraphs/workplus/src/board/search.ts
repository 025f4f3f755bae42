import { sql, type Kysely } from 'kysely';
import type { lazyConnection } from '../../../shared/pagination.js';
import type { WorkplusDB } from '../store/tables.js';
import type { BoardPostingRow } from './tables.js';

export interface BoardSearch {
  occupationCode?: string | null;
  municipalityCode?: string | null;
  province?: string | null;
  minMonthlyWageKrw?: number | null;
  employmentType?: string | null;
  agency?: string | null;
}

/** A vacancy on the board: its open postings, one per agency registration. */
export interface VacancyNode {
  id: string;
  openedOn: string;
  postings: BoardPostingRow[];
}

export type BoardPage = ReturnType<typeof lazyConnection<VacancyNode>> & { search: BoardSearch; today: string };

/** Postings that take applications today: not closed by their owner and not past closeOn. */
export function openPostings(db: Kysely<WorkplusDB>, today: string) {
  return db.selectFrom('job_board_postings').where('status', '=', 'OPEN').where('closeOn', '>=', today);
}

function matching(db: Kysely<WorkplusDB>, search: BoardSearch, today: string) {
  let query = openPostings(db, today);
  if (search.occupationCode) query = query.where('occupationCode', '=', search.occupationCode);
  if (search.municipalityCode) query = query.where('workMunicipalityCode', '=', search.municipalityCode);
  if (search.province) {
    query = query.where('workMunicipalityCode', 'in', db.selectFrom('municipalities').select('code').where('province', '=', search.province));
  }
  if (search.minMonthlyWageKrw != null) query = query.where('monthlyWageKrw', '>=', search.minMonthlyWageKrw);
  if (search.employmentType) query = query.where('employmentType', '=', search.employmentType as never);
  if (search.agency) query = query.where('agency', '=', search.agency as never);
  return query;
}

/** The cursor key of a vacancy: the board's sort order, newest first. */
export const vacancyKey = (v: { openedOn: string; id: string }) => `${v.openedOn}|${v.id}`;

/** One page of vacancies with a posting that matches, newest first, fetching `limit` (one more than the page). */
export async function searchVacancies(db: Kysely<WorkplusDB>, search: BoardSearch, limit: number, after: string | null, today: string): Promise<VacancyNode[]> {
  let query = matching(db, search, today).select(['vacancyId', 'vacancyOpenedOn']).distinct();
  if (after) {
    const [openedOn, id] = after.split('|') as [string, string];
    query = query.where(sql<boolean>`(vacancy_opened_on, vacancy_id) < (${openedOn}::date, ${id})`);
  }
  const vacancies = await query.orderBy('vacancyOpenedOn', 'desc').orderBy('vacancyId', 'desc').limit(limit).execute();
  return withPostings(
    db,
    vacancies.map((v) => ({ id: v.vacancyId!, openedOn: v.vacancyOpenedOn! })),
    today,
  );
}

/** Every open posting of each vacancy (not only the ones that matched): the vacancy shows every agency that holds it. */
export async function withPostings(db: Kysely<WorkplusDB>, vacancies: { id: string; openedOn: string }[], today: string): Promise<VacancyNode[]> {
  if (!vacancies.length) return [];
  const postings = await openPostings(db, today)
    .selectAll()
    .where(
      'vacancyId',
      'in',
      vacancies.map((v) => v.id),
    )
    .orderBy('agency')
    .orderBy('id')
    .execute();
  return vacancies.map((v) => ({ ...v, postings: postings.filter((p) => p.vacancyId === v.id) }));
}

export async function countVacancies(db: Kysely<WorkplusDB>, search: BoardSearch, today: string): Promise<number> {
  const row = await matching(db, search, today)
    .select(sql<number>`count(distinct vacancy_id)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** When the board last took an event: how current it is. */
export async function lastIndexedAt(db: Kysely<WorkplusDB>): Promise<Date | null> {
  const row = await db
    .selectFrom('job_board_postings')
    .select((eb) => eb.fn.max('indexedAt').as('at'))
    .executeTakeFirst();
  return row?.at ?? null;
}
