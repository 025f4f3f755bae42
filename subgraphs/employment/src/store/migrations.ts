import { jobPostingMigrations } from '../../../shared/jobs/migration.js';
import { sqlMigration } from '../../../shared/db/database.js';

const EMPLOYMENT_TYPES = `('PERMANENT','FIXED_TERM','PART_TIME','DAILY')`;

export const migrations = {
  ...jobPostingMigrations,
  '0001_job_seekers_benefits_nesp': sqlMigration(
    `create table job_seekers (
       id text primary key,
       participant_id text not null unique,
       office text not null,
       registered_on date not null,
       valid_until date not null check (valid_until >= registered_on),
       status text not null check (status in ('ACTIVE','EMPLOYED','EXPIRED','WITHDRAWN')),
       desired_occupation_code text not null,
       desired_occupation_name text not null,
       desired_region_code text not null check (desired_region_code ~ '^[0-9]{5}$'),
       desired_monthly_wage_krw bigint not null check (desired_monthly_wage_krw >= 0),
       desired_employment_type text not null check (desired_employment_type in ${EMPLOYMENT_TYPES}),
       education text not null check (education in ('MIDDLE_SCHOOL_OR_LESS','HIGH_SCHOOL','COLLEGE','UNIVERSITY','GRADUATE'))
     )`,
    `create table benefit_claims (
       id text primary key,
       participant_id text not null,
       claimed_on date not null,
       last_employer_name text not null,
       separation_date date not null check (separation_date <= claimed_on),
       separation_reason text not null check (separation_reason in ('DISMISSAL','CONTRACT_END','BUSINESS_CLOSURE','JUSTIFIED_RESIGNATION')),
       insured_days integer not null check (insured_days >= 180),
       daily_benefit_krw bigint not null check (daily_benefit_krw > 0),
       benefit_days integer not null check (benefit_days between 120 and 270),
       paid_days integer not null check (paid_days between 0 and benefit_days),
       status text not null check (status in ('FILED','PAYING','EXHAUSTED','REEMPLOYED','DENIED'))
     )`,
    `create index benefit_claims_participant on benefit_claims (participant_id, claimed_on desc)`,
    `create table nesp_participations (
       id text primary key,
       participant_id text not null,
       track text not null check (track in ('TYPE_I_REQUIREMENT','TYPE_I_YOUTH','TYPE_I_SELECTION','TYPE_II')),
       stage text not null check (stage in ('APPLIED','ELIGIBILITY_DECIDED','INITIAL_COUNSELLING','ACTIVITY_PLAN','JOB_SEEKING','INTENSIVE_PLACEMENT','EMPLOYED','CLOSED')),
       applied_on date not null,
       decided_on date check (decided_on >= applied_on),
       counsellor_id text,
       closed_on date check (closed_on >= applied_on)
     )`,
    `create index nesp_participations_participant on nesp_participations (participant_id, applied_on desc)`,
    `create table nesp_activity_plans (
       participation_id text primary key references nesp_participations(id),
       agreed_on date not null,
       goal_occupation_code text not null,
       goal_occupation_name text not null,
       summary text not null
     )`,
    `create table nesp_planned_activities (
       id text primary key,
       participation_id text not null references nesp_activity_plans(participation_id),
       kind text not null check (kind in ('TRAINING','WORK_EXPERIENCE','JOB_SEARCH','SUPPORT_PROGRAM','COUNSELLING')),
       description text not null,
       due_on date not null,
       completed_on date
     )`,
    `create index nesp_planned_activities_participation on nesp_planned_activities (participation_id, due_on)`,
    `create table nesp_allowance_payments (
       participation_id text not null references nesp_participations(id),
       round integer not null check (round between 1 and 6),
       paid_on date not null,
       amount_krw bigint not null check (amount_krw > 0),
       dependents_add_on_krw bigint not null check (dependents_add_on_krw between 0 and 400000),
       primary key (participation_id, round)
     )`,
  ),
  '0002_placements_and_training': sqlMigration(
    `create table placements (
       id text primary key,
       participant_id text not null,
       employer_name text not null,
       business_registration_number text not null check (business_registration_number ~ '^[0-9]{10}$'),
       occupation_code text not null,
       occupation_name text not null,
       started_on date not null,
       monthly_wage_krw bigint not null check (monthly_wage_krw > 0),
       employment_type text not null check (employment_type in ${EMPLOYMENT_TYPES}),
       retained_six_months boolean
     )`,
    `create index placements_participant on placements (participant_id, started_on desc)`,
    `create table trainings (
       id text primary key,
       participant_id text not null,
       course_name text not null,
       provider text not null,
       started_on date not null,
       ended_on date not null check (ended_on >= started_on),
       status text not null check (status in ('ENROLLED','COMPLETED','DROPPED'))
     )`,
    `create index trainings_participant on trainings (participant_id, started_on desc)`,
  ),
};
