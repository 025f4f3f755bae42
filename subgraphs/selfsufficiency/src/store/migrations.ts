import { sqlMigration } from '../../../shared/db/database.js';

export const migrations = {
  '0001_programs_and_enrollments': sqlMigration(
    `create table programs (
       id text primary key,
       center_id text not null,
       center_name text not null,
       name text not null,
       business_field text not null check (business_field in ('CLEANING','CARE','CAFE','HOUSE_REPAIR','LOGISTICS','RECYCLING','FOOD')),
       program_type text not null check (program_type in ('MARKET_ENTRY','SOCIAL_SERVICE','WORK_MAINTENANCE','INTERN_ASSISTANT')),
       started_on date not null,
       capacity integer not null check (capacity > 0),
       daily_wage_krw bigint not null check (daily_wage_krw >= 0),
       daily_hours integer not null check (daily_hours between 1 and 8)
     )`,
    `create index programs_center on programs (center_id)`,
    `create table enrollments (
       id text primary key,
       participant_id text not null unique,
       center_id text not null,
       center_name text not null,
       recipient_category text not null check (recipient_category in ('CONDITIONAL_RECIPIENT','GENERAL_RECIPIENT','NEAR_POOR')),
       enrolled_on date not null,
       status text not null check (status in ('ACTIVE','EMPLOYED','GRADUATED_OFF_BENEFITS','DROPPED_OUT')),
       ended_on date check (ended_on >= enrolled_on),
       case_manager_id text,
       program_id text not null references programs(id),
       check ((status = 'ACTIVE') = (ended_on is null))
     )`,
    `create index enrollments_program on enrollments (program_id)`,
    `create table work_months (
       participant_id text not null references enrollments(participant_id),
       month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
       program_id text not null references programs(id),
       days_worked integer not null check (days_worked between 0 and 31),
       hours_worked integer not null check (hours_worked >= 0),
       wage_krw bigint not null check (wage_krw >= 0),
       incentive_krw bigint not null check (incentive_krw >= 0),
       -- One record per participant and month; the key's index also serves lookups by participant.
       primary key (participant_id, month)
     )`,
  ),
  '0002_plans_and_asset_accounts': sqlMigration(
    `create table plans (
       participant_id text primary key references enrollments(participant_id),
       drawn_up_on date not null,
       goal text not null check (goal in ('EMPLOYMENT','START_UP','SELF_SUFFICIENCY_ENTERPRISE','CAPACITY_BUILDING')),
       target_job text not null,
       summary text not null,
       target_exit_on date not null check (target_exit_on > drawn_up_on),
       last_reviewed_on date check (last_reviewed_on >= drawn_up_on)
     )`,
    `create table asset_accounts (
       id text primary key,
       participant_id text not null,
       account_type text not null check (account_type in ('HOPE_SAVINGS_I','HOPE_SAVINGS_II','YOUTH_TOMORROW')),
       opened_on date not null,
       matures_on date not null check (matures_on > opened_on),
       monthly_deposit_krw bigint not null check (monthly_deposit_krw > 0),
       monthly_match_krw bigint not null check (monthly_match_krw >= 0),
       months_deposited integer not null check (months_deposited between 0 and 36),
       balance_krw bigint not null check (balance_krw >= 0),
       status text not null check (status in ('SAVING','MATURED','CANCELLED'))
     )`,
    `create index asset_accounts_participant on asset_accounts (participant_id, opened_on desc)`,
  ),
};
