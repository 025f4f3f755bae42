import DataLoader from 'dataloader';
import { sql, type Kysely } from 'kysely';
import { isoToday } from '../../../shared/policy/disclosure.js';
import type { WorkplusDB } from '../store/tables.js';
import { openPostings } from './search.js';
import type { BoardPostingRow } from './tables.js';

/** What ranking reads of a posting; the full row is loaded for the few that are recommended. */
export const CANDIDATE_COLUMNS = [
  'id',
  'vacancyId',
  'vacancyOpenedOn',
  'occupationCode',
  'occupationName',
  'workMunicipalityCode',
  'monthlyWageKrw',
  'employmentType',
] as const;
export type Candidate = Pick<BoardPostingRow, (typeof CANDIDATE_COLUMNS)[number]>;

/** Where to look for one person's recommendations: occupation codes and province (시도) prefixes. */
export interface CandidateQuery {
  occupations: string[];
  provinces: string[];
}

/**
 * Open postings in the given occupations or provinces, for every person in
 * the request with one SQL statement: a list of 100 participants asking for
 * recommendations costs the board one query, not a hundred.
 */
export function boardCandidates(db: Kysely<WorkplusDB>) {
  return new DataLoader<CandidateQuery, Candidate[], string>(
    async (queries) => {
      const occupations = [...new Set(queries.flatMap((q) => q.occupations))];
      const provinces = [...new Set(queries.flatMap((q) => q.provinces))];
      const rows = await openPostings(db, isoToday())
        .select(CANDIDATE_COLUMNS)
        .where((eb) =>
          eb.or([
            ...(occupations.length ? [eb('occupationCode', 'in', occupations)] : []),
            ...(provinces.length ? [eb(sql<string>`substr(work_municipality_code, 1, 2)`, 'in', provinces)] : []),
          ]),
        )
        .execute();
      return queries.map((q) => rows.filter((row) => q.occupations.includes(row.occupationCode) || q.provinces.includes(row.workMunicipalityCode.slice(0, 2))));
    },
    { cacheKeyFn: (q) => JSON.stringify([[...q.occupations].sort(), [...q.provinces].sort()]) },
  );
}
