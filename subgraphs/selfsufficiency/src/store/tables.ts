import type { Selectable } from 'kysely';

/** The local self-sufficiency center's database (자활정보시스템), as Kysely sees it. */
export interface SelfSufficiencyDB {
  programs: {
    id: string;
    center_id: string;
    center_name: string;
    name: string;
    business_field: string;
    program_type: string;
    started_on: string;
    capacity: number;
    daily_wage_krw: number;
    daily_hours: number;
  };
  enrollments: {
    id: string;
    participant_id: string;
    center_id: string;
    center_name: string;
    recipient_category: string;
    enrolled_on: string;
    status: string;
    ended_on: string | null;
    case_manager_id: string | null;
    program_id: string;
  };
  work_months: {
    participant_id: string;
    month: string;
    program_id: string;
    days_worked: number;
    hours_worked: number;
    wage_krw: number;
    incentive_krw: number;
  };
  plans: {
    participant_id: string;
    drawn_up_on: string;
    goal: string;
    target_job: string;
    summary: string;
    target_exit_on: string;
    last_reviewed_on: string | null;
  };
  asset_accounts: {
    id: string;
    participant_id: string;
    account_type: string;
    opened_on: string;
    matures_on: string;
    monthly_deposit_krw: number;
    monthly_match_krw: number;
    months_deposited: number;
    balance_krw: number;
    status: string;
  };
}

export type ProgramRow = Selectable<SelfSufficiencyDB['programs']>;
export type EnrollmentRow = Selectable<SelfSufficiencyDB['enrollments']>;
export type WorkMonthRow = Selectable<SelfSufficiencyDB['work_months']>;
export type PlanRow = Selectable<SelfSufficiencyDB['plans']>;
export type AssetAccountRow = Selectable<SelfSufficiencyDB['asset_accounts']>;
