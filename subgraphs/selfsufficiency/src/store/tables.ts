import type { Selectable } from 'kysely';
import type {
  SelfSufficiencyAssetAccountStatus,
  SelfSufficiencyAssetAccountType,
  SelfSufficiencyBusinessField,
  SelfSufficiencyGoal,
  SelfSufficiencyProgramType,
  SelfSufficiencyRecipientCategory,
  SelfSufficiencyStatus,
} from '../../__generated__/resolvers-types.js';

/** The local self-sufficiency center's database (자활정보시스템), as Kysely sees it: camelCase here, snake_case in SQL. */
export interface SelfSufficiencyDB {
  programs: {
    id: string;
    centerId: string;
    centerName: string;
    name: string;
    businessField: SelfSufficiencyBusinessField;
    programType: SelfSufficiencyProgramType;
    startedOn: string;
    capacity: number;
    dailyWageKrw: number;
    dailyHours: number;
  };
  enrollments: {
    id: string;
    participantId: string;
    centerId: string;
    centerName: string;
    recipientCategory: SelfSufficiencyRecipientCategory;
    enrolledOn: string;
    status: SelfSufficiencyStatus;
    endedOn: string | null;
    caseManagerId: string | null;
    programId: string;
  };
  work_months: {
    participantId: string;
    month: string;
    programId: string;
    daysWorked: number;
    hoursWorked: number;
    wageKrw: number;
    incentiveKrw: number;
  };
  plans: {
    participantId: string;
    drawnUpOn: string;
    goal: SelfSufficiencyGoal;
    targetJob: string;
    summary: string;
    targetExitOn: string;
    lastReviewedOn: string | null;
  };
  asset_accounts: {
    id: string;
    participantId: string;
    accountType: SelfSufficiencyAssetAccountType;
    openedOn: string;
    maturesOn: string;
    monthlyDepositKrw: number;
    monthlyMatchKrw: number;
    monthsDeposited: number;
    balanceKrw: number;
    status: SelfSufficiencyAssetAccountStatus;
  };
}

export type ProgramRow = Selectable<SelfSufficiencyDB['programs']>;
export type EnrollmentRow = Selectable<SelfSufficiencyDB['enrollments']>;
export type WorkMonthRow = Selectable<SelfSufficiencyDB['work_months']>;
export type PlanRow = Selectable<SelfSufficiencyDB['plans']>;
export type AssetAccountRow = Selectable<SelfSufficiencyDB['asset_accounts']>;
