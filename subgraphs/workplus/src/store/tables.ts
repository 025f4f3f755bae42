import type { Generated, Selectable } from 'kysely';
import type { JobBoardTables } from '../board/tables.js';
import type {
  Agency,
  ConsentAuthority,
  Gender,
  IntakeNeed,
  PurposeOfUse,
  ReferralService,
  ReferralStatus,
  RoomKind,
  StaffRole,
} from '../../__generated__/resolvers-types.js';

/** The Work-Plus database as Kysely sees it: camelCase here, snake_case in SQL. */
export interface WorkplusDB extends JobBoardTables {
  municipalities: { code: string; name: string; province: string };
  centers: {
    id: string;
    name: string;
    municipalityCode: string;
    address: string;
    phone: string;
    openedOn: string;
    referralOverdueDays: Generated<number>;
  };
  center_municipalities: { centerId: string; municipalityCode: string };
  center_agencies: { centerId: string; agency: Agency; officeName: string; joinedOn: string };
  staff: { id: string; centerId: string; agency: Agency; name: string; roles: StaffRole[]; active: boolean };
  participants: {
    id: string;
    name: string;
    birthDate: string;
    gender: Gender;
    phone: string | null;
    email: string | null;
    municipalityCode: string;
    centerId: string;
    registeredAt: Date;
  };
  rooms: { id: string; centerId: string; name: string; kind: RoomKind; capacity: number };
  room_bookings: {
    id: string;
    roomId: string;
    startsAt: Date;
    endsAt: Date;
    purpose: string;
    bookedBy: string;
    idempotencyKey: string;
    cancelledAt: Date | null;
    cancelReason: string | null;
  };
  consents: {
    id: string;
    participantId: string;
    discloser: Agency;
    recipient: Agency;
    purposes: PurposeOfUse[];
    grantedOn: string;
    validUntil: string;
    withdrawnOn: string | null;
  };
  consent_changes: {
    consentId: string;
    seq: number;
    action: 'RECORDED' | 'WITHDRAWN';
    at: Generated<Date>;
    bySubject: string;
    byAgency: Agency;
    byCenter: string;
    authority: ConsentAuthority;
  };
  intakes: {
    id: string;
    participantId: string;
    centerId: string;
    counsellorId: string;
    counsellorAgency: Agency;
    needs: IntakeNeed[];
    notes: string | null;
    outcome: 'REGISTERED' | 'RECORDED';
    at: Generated<Date>;
    idempotencyKey: string;
  };
  referrals: {
    id: string;
    participantId: string;
    centerId: string;
    fromAgency: Agency;
    toAgency: Agency;
    service: ReferralService;
    note: string | null;
    status: ReferralStatus;
    consentId: string | null;
    intakeId: string | null;
    requestedBy: string;
    requestedAt: Generated<Date>;
    acceptedAt: Date | null;
    closedAt: Date | null;
    closingNote: string | null;
    idempotencyKey: string;
  };
  referral_changes: {
    referralId: string;
    seq: number;
    at: Generated<Date>;
    fromStatus: ReferralStatus | null;
    toStatus: ReferralStatus;
    byStaff: string;
    byAgency: Agency;
    note: string | null;
  };
  placements: {
    id: string;
    participantId: string;
    centerId: string;
    placingAgency: Agency;
    creditedAgencies: Agency[];
    employerName: string;
    jobTitle: string;
    startedOn: string;
    recordedBy: string;
    recordedAt: Generated<Date>;
    idempotencyKey: string;
  };
  placement_credits: { placementId: string; referralId: string };
}

export type ParticipantRow = Selectable<WorkplusDB['participants']>;
/** A center with its own municipality joined in. */
export type CenterRow = Selectable<WorkplusDB['centers']> & { municipalityName: string; municipalityProvince: string };
export type MunicipalityRow = Selectable<WorkplusDB['municipalities']>;
export type CenterAgencyRow = Selectable<WorkplusDB['center_agencies']>;
export type StaffRow = Selectable<WorkplusDB['staff']>;
export type ConsentRow = Selectable<WorkplusDB['consents']>;
export type ConsentChangeRow = Selectable<WorkplusDB['consent_changes']>;
export type RoomRow = Selectable<WorkplusDB['rooms']>;
export type RoomBookingRow = Selectable<WorkplusDB['room_bookings']>;
export type IntakeRow = Selectable<WorkplusDB['intakes']>;
export type ReferralRow = Selectable<WorkplusDB['referrals']>;
export type ReferralChangeRow = Selectable<WorkplusDB['referral_changes']>;
export type PlacementRow = Selectable<WorkplusDB['placements']>;
