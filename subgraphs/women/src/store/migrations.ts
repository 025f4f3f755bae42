import { jobPostingMigrations } from '../../../shared/jobs/migration.js';
import { sqlMigration } from '../../../shared/db/database.js';

const WORK_ARRANGEMENTS = `('PERMANENT','PERMANENT_TIME_SELECTIVE','FIXED_TERM','PART_TIME')`;
const BRN = `~ '^[0-9]{10}$'`;

export const migrations = {
  ...jobPostingMigrations,
  '0001_profiles_and_counselling': sqlMigration(
    `create table career_break_profiles (
       id text primary key,
       participant_id text not null unique,
       office text not null,
       registered_on date not null,
       status text not null check (status in ('ACTIVE','EMPLOYED','SUSPENDED','CLOSED')),
       career_break_reason text not null check (career_break_reason in
         ('MARRIAGE','PREGNANCY_CHILDBIRTH','CHILDCARE','CHILD_EDUCATION','FAMILY_CARE','NO_PRIOR_EMPLOYMENT','OTHER')),
       career_break_since date check (career_break_since <= registered_on),
       prior_experience_years integer not null check (prior_experience_years between 0 and 45),
       last_occupation_code text,
       last_occupation_name text,
       desired_occupation_code text not null,
       desired_occupation_name text not null,
       desired_work_arrangement text not null check (desired_work_arrangement in ${WORK_ARRANGEMENTS}),
       desired_monthly_wage_krw bigint not null check (desired_monthly_wage_krw >= 0),
       children_under_18 integer not null check (children_under_18 >= 0),
       youngest_child_age integer check (youngest_child_age between 0 and 17),
       check ((last_occupation_code is null) = (last_occupation_name is null)),
       check ((career_break_reason = 'NO_PRIOR_EMPLOYMENT') = (career_break_since is null)),
       check ((children_under_18 = 0) = (youngest_child_age is null))
     )`,
    `create table counselling_sessions (
       id text primary key,
       participant_id text not null,
       held_on date not null,
       kind text not null check (kind in ('INTAKE','CAREER_DESIGN','JOB_PLACEMENT','GROUP_PROGRAM','FOLLOW_UP')),
       channel text not null check (channel in ('IN_PERSON','PHONE','ONLINE','OUTREACH')),
       counsellor_id text,
       summary text not null
     )`,
    `create index counselling_sessions_participant on counselling_sessions (participant_id, held_on desc)`,
  ),
  '0002_training': sqlMigration(
    `create table training_courses (
       id text primary key,
       office text not null,
       name text not null,
       field text not null check (field in ('OFFICE_ADMINISTRATION','ACCOUNTING','CARE_AND_HEALTH','DIGITAL','EDUCATION','SERVICE')),
       hours integer not null check (hours > 0),
       starts_on date not null,
       ends_on date not null check (ends_on >= starts_on),
       capacity integer not null check (capacity > 0)
     )`,
    `create table training_enrollments (
       id text primary key,
       participant_id text not null,
       course_id text not null references training_courses(id),
       enrolled_on date not null,
       status text not null check (status in ('ENROLLED','COMPLETED','DROPPED')),
       attendance_rate integer not null check (attendance_rate between 0 and 100),
       allowance_paid_krw bigint not null check (allowance_paid_krw >= 0),
       certificate_obtained boolean,
       unique (participant_id, course_id)
     )`,
    `create index training_enrollments_participant on training_enrollments (participant_id, enrolled_on desc)`,
  ),
  '0003_internships_and_placements': sqlMigration(
    `create table internships (
       id text primary key,
       participant_id text not null,
       employer_name text not null,
       business_registration_number text not null check (business_registration_number ${BRN}),
       occupation_code text not null,
       occupation_name text not null,
       started_on date not null,
       planned_end_on date not null check (planned_end_on > started_on),
       ended_on date check (ended_on >= started_on),
       monthly_wage_krw bigint not null check (monthly_wage_krw > 0),
       status text not null check (status in ('ONGOING','COMPLETED','TERMINATED_EARLY')),
       converted_to_regular boolean,
       converted_on date check (converted_on >= started_on),
       check ((status = 'ONGOING') = (ended_on is null)),
       check ((status = 'ONGOING') = (converted_to_regular is null)),
       check ((converted_on is not null) = coalesce(converted_to_regular, false))
     )`,
    `create index internships_participant on internships (participant_id, started_on desc)`,
    `create table internship_subsidy_payments (
       internship_id text not null references internships(id),
       round integer not null check (round >= 1),
       kind text not null check (kind in ('INTERNSHIP_SUBSIDY','HIRING_INCENTIVE','INTERN_INCENTIVE')),
       recipient text not null check (recipient in ('EMPLOYER','INTERN')),
       paid_on date not null,
       amount_krw bigint not null check (amount_krw > 0),
       primary key (internship_id, round),
       check ((kind = 'INTERN_INCENTIVE') = (recipient = 'INTERN'))
     )`,
    `create table placements (
       id text primary key,
       participant_id text not null,
       employer_name text not null,
       business_registration_number text not null check (business_registration_number ${BRN}),
       occupation_code text not null,
       occupation_name text not null,
       started_on date not null,
       monthly_wage_krw bigint not null check (monthly_wage_krw > 0),
       work_arrangement text not null check (work_arrangement in ${WORK_ARRANGEMENTS}),
       route text not null check (route in ('INTERNSHIP_CONVERSION','TRAINING_LINKED','JOB_REFERRAL','JOB_FAIR')),
       internship_id text references internships(id),
       retained_six_months boolean,
       check ((route = 'INTERNSHIP_CONVERSION') = (internship_id is not null))
     )`,
    `create index placements_participant on placements (participant_id, started_on desc)`,
  ),
};
