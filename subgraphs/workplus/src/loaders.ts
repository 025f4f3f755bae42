import type { Kysely } from 'kysely';
import { manyByKey, oneByKey } from '../../shared/loaders.js';
import type { WorkplusDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(db: Kysely<WorkplusDB>) {
  return {
    participant: oneByKey(
      (ids: readonly string[]) => db.selectFrom('participants').selectAll().where('id', 'in', ids).execute(),
      (row) => row.id,
    ),
    municipality: oneByKey(
      (codes: readonly string[]) => db.selectFrom('municipalities').selectAll().where('code', 'in', codes).execute(),
      (row) => row.code,
    ),
    center: oneByKey(
      (ids: readonly string[]) => db.selectFrom('centers').selectAll().where('id', 'in', ids).execute(),
      (row) => row.id,
    ),
    servedMunicipalities: manyByKey(
      (centerIds: readonly string[]) =>
        db
          .selectFrom('center_municipalities as cm')
          .innerJoin('municipalities as m', 'm.code', 'cm.municipality_code')
          .select(['cm.center_id', 'm.code', 'm.name', 'm.province'])
          .where('cm.center_id', 'in', centerIds)
          .orderBy('m.code')
          .execute(),
      (row) => row.center_id,
    ),
    centerAgencies: manyByKey(
      (centerIds: readonly string[]) =>
        db.selectFrom('center_agencies').selectAll().where('center_id', 'in', centerIds).orderBy('agency').execute(),
      (row) => row.center_id,
    ),
    staffOfCenter: manyByKey(
      (centerIds: readonly string[]) =>
        db.selectFrom('staff').selectAll().where('center_id', 'in', centerIds).orderBy('id').execute(),
      (row) => row.center_id,
    ),
    staff: oneByKey(
      (ids: readonly string[]) => db.selectFrom('staff').selectAll().where('id', 'in', ids).execute(),
      (row) => row.id,
    ),
  };
}
