import { boardCandidates } from './board/candidates.js';
import type { Kysely } from 'kysely';
import { manyByKey, oneByKey, rowByColumn, rowsByColumn } from '../../shared/loaders.js';
import { selectCenters } from './store/centers.js';
import type { WorkplusDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(db: Kysely<WorkplusDB>) {
  return {
    boardCandidates: boardCandidates(db),
    vacancyPostings: rowsByColumn(db, 'job_board_postings', 'vacancyId', ['agency', 'asc'], ['id', 'asc']),
    participant: rowByColumn(db, 'participants', 'id'),
    municipality: rowByColumn(db, 'municipalities', 'code'),
    // A center arrives with its municipality, so the municipality needs no second batch one level down.
    center: oneByKey(
      (ids: readonly string[]) => selectCenters(db, ids),
      (row) => row.id,
      'centers by id',
    ),
    centerAgencies: rowsByColumn(db, 'center_agencies', 'centerId', ['agency', 'asc']),
    staffOfCenter: rowsByColumn(db, 'staff', 'centerId', ['id', 'asc']),
    staff: rowByColumn(db, 'staff', 'id'),
    consents: rowsByColumn(db, 'consents', 'participantId', ['id', 'asc']),
    consentChanges: rowsByColumn(db, 'consent_changes', 'consentId', ['seq', 'asc']),
    room: rowByColumn(db, 'rooms', 'id'),
    roomsOfCenter: rowsByColumn(db, 'rooms', 'centerId', ['id', 'asc']),
    referral: rowByColumn(db, 'referrals', 'id'),
    referralsOfParticipant: rowsByColumn(db, 'referrals', 'participantId', ['requestedAt', 'asc']),
    referralsOfIntake: rowsByColumn(db, 'referrals', 'intakeId', ['requestedAt', 'asc']),
    referralChanges: rowsByColumn(db, 'referral_changes', 'referralId', ['seq', 'asc']),
    intakesOfParticipant: rowsByColumn(db, 'intakes', 'participantId', ['at', 'asc']),
    placementsOfParticipant: rowsByColumn(db, 'placements', 'participantId', ['startedOn', 'asc']),
    placementCredits: rowsByColumn(db, 'placement_credits', 'placementId', ['referralId', 'asc']),
    servedMunicipalities: manyByKey(
      (centerIds: readonly string[]) =>
        db
          .selectFrom('center_municipalities as cm')
          .innerJoin('municipalities as m', 'm.code', 'cm.municipalityCode')
          .select(['cm.centerId', 'm.code', 'm.name', 'm.province'])
          .where('cm.centerId', 'in', centerIds)
          .orderBy('m.code')
          .execute(),
      (row) => row.centerId,
      'center_municipalities by centerId',
    ),
  };
}
