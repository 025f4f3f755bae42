import type { Kysely } from 'kysely';
import { manyByKey, rowByColumn, rowsByColumn } from '../../shared/loaders.js';
import type { WorkplusDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(db: Kysely<WorkplusDB>) {
  return {
    participant: rowByColumn(db, 'participants', 'id'),
    municipality: rowByColumn(db, 'municipalities', 'code'),
    center: rowByColumn(db, 'centers', 'id'),
    centerAgencies: rowsByColumn(db, 'center_agencies', 'center_id', ['agency', 'asc']),
    staffOfCenter: rowsByColumn(db, 'staff', 'center_id', ['id', 'asc']),
    staff: rowByColumn(db, 'staff', 'id'),
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
  };
}
