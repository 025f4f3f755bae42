import type { Selectable } from 'kysely';
import type {
  MilitaryBranch,
  MilitaryDischargeType,
  MilitaryRank,
  VeteranCounsellingChannel,
  VeteranCounsellingTopic,
  VeteranEmploymentForm,
  VeteranPaymentKind,
  VeteranPlacementRoute,
  VeteranRegistrationStatus,
  VeteranServiceCategory,
  VeteranSupportKind,
  VeteranSupportStatus,
} from '../../__generated__/resolvers-types.js';

/** The veterans support center's database (v-net), as Kysely sees it: camelCase here, snake_case in SQL. */
export interface VeteransDB {
  military_services: {
    participantId: string;
    branch: MilitaryBranch;
    rankAtDischarge: MilitaryRank;
    specialty: string;
    serviceStartedOn: string;
    dischargedOn: string;
    serviceMonths: number;
    category: VeteranServiceCategory;
    dischargeType: MilitaryDischargeType;
  };
  registrations: {
    id: string;
    participantId: string;
    office: string;
    registeredOn: string;
    status: VeteranRegistrationStatus;
    counsellorId: string;
    desiredOccupationCode: string;
    desiredOccupationName: string;
    desiredRegionCode: string;
    desiredMonthlyWageKrw: number;
    closedOn: string | null;
  };
  counselling_sessions: {
    id: string;
    participantId: string;
    heldOn: string;
    topic: VeteranCounsellingTopic;
    channel: VeteranCounsellingChannel;
    counsellorId: string;
    durationMinutes: number;
    notes: string;
  };
  placements: {
    id: string;
    participantId: string;
    employerName: string;
    businessRegistrationNumber: string;
    occupationCode: string;
    occupationName: string;
    startedOn: string;
    monthlyWageKrw: number;
    employmentForm: VeteranEmploymentForm;
    route: VeteranPlacementRoute;
    retainedSixMonths: boolean | null;
  };
  support_measures: {
    id: string;
    participantId: string;
    kind: VeteranSupportKind;
    status: VeteranSupportStatus;
    appliedOn: string;
    decidedOn: string | null;
    startsOn: string | null;
    endsOn: string | null;
    approvedAmountKrw: number | null;
  };
  support_payments: {
    measureId: string;
    round: number;
    paidOn: string;
    amountKrw: number;
    kind: VeteranPaymentKind;
  };
}

export type ServiceRow = Selectable<VeteransDB['military_services']>;
export type RegistrationRow = Selectable<VeteransDB['registrations']>;
export type CounsellingSessionRow = Selectable<VeteransDB['counselling_sessions']>;
export type PlacementRow = Selectable<VeteransDB['placements']>;
export type SupportMeasureRow = Selectable<VeteransDB['support_measures']>;
export type SupportPaymentRow = Selectable<VeteransDB['support_payments']>;
