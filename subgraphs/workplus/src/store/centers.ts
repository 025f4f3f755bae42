import type { Kysely } from 'kysely';
import type { CenterRow, WorkplusDB } from './tables.js';

/** Centers with their own municipality joined in, all of them or those with the given IDs. */
export function selectCenters(db: Kysely<WorkplusDB>, ids?: readonly string[]): Promise<CenterRow[]> {
  let query = db
    .selectFrom('centers as c')
    .innerJoin('municipalities as m', 'm.code', 'c.municipalityCode')
    .selectAll('c')
    .select(['m.name as municipalityName', 'm.province as municipalityProvince']);
  if (ids) query = query.where('c.id', 'in', ids);
  return query.orderBy('c.id').execute();
}
