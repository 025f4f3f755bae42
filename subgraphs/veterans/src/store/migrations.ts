import { jobPostingMigrations } from '../../../shared/jobs/migration.js';
import { sqlMigration } from '../../../shared/db/database.js';

const RANKS = `('STAFF_SERGEANT','SERGEANT_FIRST_CLASS','MASTER_SERGEANT','SERGEANT_MAJOR','WARRANT_OFFICER',
  'SECOND_LIEUTENANT','FIRST_LIEUTENANT','CAPTAIN','MAJOR','LIEUTENANT_COLONEL','COLONEL')`;

export const migrations = {
  ...jobPostingMigrations,
  '0001_service_and_registration': sqlMigration(
    `create table military_services (
       participant_id text primary key,
       branch text not null check (branch in ('ARMY','NAVY','AIR_FORCE','MARINE_CORPS')),
       rank_at_discharge text not null check (rank_at_discharge in ${RANKS}),
       specialty text not null,
       service_started_on date not null,
       discharged_on date not null check (discharged_on > service_started_on),
       service_months integer not null check (service_months between 60 and 480),
       category text not null check (
         (category = 'MID_TERM' and service_months < 120) or (category = 'LONG_TERM' and service_months >= 120)
       ),
       discharge_type text not null check (discharge_type in ('EXPIRATION_OF_TERM','VOLUNTARY','HONOURABLE','RETIREMENT_AGE','MEDICAL')),
       -- 명예전역 requires 20 years of service.
       check (discharge_type <> 'HONOURABLE' or service_months >= 240),
       -- The months recorded cannot exceed the calendar span of the service.
       check (service_started_on + make_interval(months => service_months) <= discharged_on + 1)
     )`,
    `create table registrations (
       id text primary key,
       participant_id text not null unique references military_services(participant_id),
       office text not null,
       registered_on date not null,
       status text not null check (status in ('ACTIVE','EMPLOYED','STARTED_BUSINESS','CLOSED')),
       counsellor_id text not null,
       desired_occupation_code text not null,
       desired_occupation_name text not null,
       desired_region_code text not null check (desired_region_code ~ '^[0-9]{5}$'),
       desired_monthly_wage_krw bigint not null check (desired_monthly_wage_krw > 0),
       closed_on date check (closed_on >= registered_on),
       check ((status = 'CLOSED') = (closed_on is not null))
     )`,
    `create table counselling_sessions (
       id text primary key,
       participant_id text not null references registrations(participant_id),
       held_on date not null,
       topic text not null check (topic in ('INITIAL_ASSESSMENT','CAREER_DESIGN','JOB_SEARCH','STARTUP','EDUCATION_TRAINING','FOLLOW_UP')),
       channel text not null check (channel in ('IN_PERSON','PHONE','ONLINE')),
       counsellor_id text not null,
       duration_minutes integer not null check (duration_minutes between 10 and 240),
       notes text not null
     )`,
    `create index counselling_sessions_participant on counselling_sessions (participant_id, held_on desc)`,
  ),
  '0002_placements_and_support': sqlMigration(
    `create table placements (
       id text primary key,
       participant_id text not null references registrations(participant_id),
       employer_name text not null,
       business_registration_number text not null check (business_registration_number ~ '^[0-9]{10}$'),
       occupation_code text not null,
       occupation_name text not null,
       started_on date not null,
       monthly_wage_krw bigint not null check (monthly_wage_krw > 0),
       employment_form text not null check (employment_form in ('PERMANENT','FIXED_TERM','PART_TIME')),
       route text not null check (route in ('CENTER_REFERRAL','JOB_FAIR','PARTNER_EMPLOYER','PUBLIC_SECTOR')),
       retained_six_months boolean
     )`,
    `create index placements_participant on placements (participant_id, started_on desc)`,
    `create table support_measures (
       id text primary key,
       participant_id text not null references registrations(participant_id),
       kind text not null check (kind in ('JOB_SEARCH_ALLOWANCE','EDUCATION_SUBSIDY','LOAN','MEDICAL','TRANSITION_COURSE')),
       status text not null check (status in ('APPLIED','ACTIVE','COMPLETED','ENDED_ON_EMPLOYMENT','REJECTED')),
       applied_on date not null,
       decided_on date check (decided_on >= applied_on),
       starts_on date check (starts_on >= applied_on),
       ends_on date check (ends_on >= starts_on),
       approved_amount_krw bigint check (approved_amount_krw > 0),
       check ((status = 'APPLIED') = (decided_on is null)),
       check (status not in ('APPLIED','REJECTED') or (starts_on is null and ends_on is null and approved_amount_krw is null))
     )`,
    `create index support_measures_participant on support_measures (participant_id, applied_on desc)`,
    `create table support_payments (
       measure_id text not null references support_measures(id),
       round integer not null check (round >= 1),
       paid_on date not null,
       amount_krw bigint not null check (amount_krw > 0),
       kind text not null check (kind in ('MONTHLY','EARLY_EMPLOYMENT_LUMP_SUM','ONE_OFF')),
       primary key (measure_id, round)
     )`,
  ),
};
