import { sqlMigration } from '../../../shared/db/database.js';

const AGENCIES = `'WORKPLUS','EMPLOYMENT','WOMEN','VETERANS','SELF_SUFFICIENCY','SOCIAL_SECURITY'`;
const AGENCIES_WITH_JOBCENTER = `${AGENCIES},'JOBCENTER'`;

export const migrations = {
  '0001_identity_and_centers': sqlMigration(
    `create table municipalities (
       code text primary key check (code ~ '^[0-9]{5}$'),
       name text not null,
       province text not null
     )`,
    `create table centers (
       id text primary key,
       name text not null unique,
       municipality_code text not null references municipalities(code),
       address text not null,
       phone text not null,
       opened_on date not null
     )`,
    `create table center_municipalities (
       center_id text not null references centers(id),
       municipality_code text not null references municipalities(code),
       primary key (center_id, municipality_code)
     )`,
    `create table center_agencies (
       center_id text not null references centers(id),
       agency text not null check (agency in ('WORKPLUS','EMPLOYMENT','WOMEN','VETERANS','SELF_SUFFICIENCY','SOCIAL_SECURITY')),
       office_name text not null,
       joined_on date not null,
       primary key (center_id, agency)
     )`,
    `create table staff (
       id text primary key,
       center_id text not null references centers(id),
       agency text not null,
       name text not null,
       roles text[] not null check (cardinality(roles) > 0),
       active boolean not null default true,
       foreign key (center_id, agency) references center_agencies(center_id, agency)
     )`,
    `create index staff_center on staff (center_id)`,
    `create table participants (
       id text primary key,
       name text not null check (length(name) between 1 and 100),
       birth_date date not null,
       gender text not null check (gender in ('FEMALE','MALE')),
       phone text,
       email text,
       municipality_code text not null references municipalities(code),
       center_id text not null references centers(id),
       registered_at timestamptz not null default now()
     )`,
    `create index participants_name on participants (name text_pattern_ops, id)`,
    `create index participants_birth_date on participants (birth_date, id)`,
    `create index participants_municipality on participants (municipality_code, id)`,
    `create index participants_phone on participants (phone)`,
  ),
  '0002_consents': sqlMigration(
    `create table consents (
       id text primary key,
       participant_id text not null references participants(id),
       discloser text not null check (discloser in (${AGENCIES})),
       recipient text not null check (recipient in (${AGENCIES}) and recipient <> discloser),
       purposes text[] not null check (cardinality(purposes) > 0
         and purposes <@ array['COUNSELLING','ELIGIBILITY','REFERRAL','PLACEMENT','AUDIT','SELF_ACCESS']),
       granted_on date not null,
       valid_until date not null check (valid_until >= granted_on),
       withdrawn_on date check (withdrawn_on >= granted_on)
     )`,
    `create index consents_participant on consents (participant_id)`,
  ),
  '0003_rooms': sqlMigration(
    `create extension if not exists btree_gist`,
    `create table rooms (
       id text primary key,
       center_id text not null references centers(id),
       name text not null,
       kind text not null check (kind in ('COUNSELLING_ROOM','GROUP_ROOM','LECTURE_HALL','JOB_FAIR_HALL')),
       capacity integer not null check (capacity > 0),
       unique (center_id, name)
     )`,
    `create table room_bookings (
       id text primary key,
       room_id text not null references rooms(id),
       starts_at timestamptz not null,
       ends_at timestamptz not null check (ends_at > starts_at and ends_at - starts_at <= interval '8 hours'),
       purpose text not null check (length(purpose) between 1 and 200),
       booked_by text not null,
       idempotency_key text not null unique,
       cancelled_at timestamptz,
       cancel_reason text,
       -- Two live bookings of one room can never overlap, however many requests race.
       exclude using gist (room_id with =, tstzrange(starts_at, ends_at) with &&) where (cancelled_at is null)
     )`,
    `create index room_bookings_room_start on room_bookings (room_id, starts_at)`,
  ),
  '0004_intake_and_referrals': sqlMigration(
    `alter table centers add column referral_overdue_days integer not null default 14
       check (referral_overdue_days between 1 and 180)`,
    `create table intakes (
       id text primary key,
       participant_id text not null references participants(id),
       center_id text not null references centers(id),
       counsellor_id text not null,
       counsellor_agency text not null,
       needs text[] not null check (cardinality(needs) > 0),
       notes text check (length(notes) <= 4000),
       outcome text not null check (outcome in ('REGISTERED','RECORDED')),
       at timestamptz not null default now(),
       idempotency_key text not null unique
     )`,
    `create index intakes_participant on intakes (participant_id)`,
    `create table referrals (
       id text primary key,
       participant_id text not null references participants(id),
       center_id text not null references centers(id),
       from_agency text not null,
       to_agency text not null check (to_agency <> from_agency),
       service text not null,
       note text check (length(note) <= 2000),
       status text not null check (status in ('REQUESTED','ACCEPTED','IN_PROGRESS','COMPLETED','DECLINED','CANCELLED')),
       consent_id text references consents(id),
       intake_id text references intakes(id),
       requested_by text not null,
       requested_at timestamptz not null default now(),
       accepted_at timestamptz,
       closed_at timestamptz,
       closing_note text,
       idempotency_key text not null unique,
       check ((closed_at is null) = (status in ('REQUESTED','ACCEPTED','IN_PROGRESS')))
     )`,
    // One open referral per person and service: a second request is a conflict, not a duplicate.
    `create unique index referrals_one_open on referrals (participant_id, service)
       where status in ('REQUESTED','ACCEPTED','IN_PROGRESS')`,
    `create index referrals_participant on referrals (participant_id, requested_at)`,
    `create index referrals_center_to on referrals (center_id, to_agency, requested_at)`,
    `create index referrals_center_from on referrals (center_id, from_agency, requested_at)`,
    `create table referral_changes (
       referral_id text not null references referrals(id),
       seq integer not null check (seq > 0),
       at timestamptz not null default now(),
       from_status text,
       to_status text not null,
       by_staff text not null,
       by_agency text not null,
       note text,
       primary key (referral_id, seq)
     )`,
  ),
  '0005_placements': sqlMigration(
    `create table placements (
       id text primary key,
       participant_id text not null references participants(id),
       center_id text not null references centers(id),
       placing_agency text not null,
       credited_agencies text[] not null check (placing_agency = any(credited_agencies)),
       employer_name text not null check (length(employer_name) between 1 and 200),
       job_title text not null check (length(job_title) between 1 and 200),
       started_on date not null,
       recorded_by text not null,
       recorded_at timestamptz not null default now(),
       idempotency_key text not null unique
     )`,
    `create index placements_center_start on placements (center_id, started_on)`,
    `create index placements_participant on placements (participant_id)`,
    `create table placement_credits (
       placement_id text not null references placements(id),
       referral_id text not null references referrals(id),
       primary key (placement_id, referral_id)
     )`,
  ),
  '0006_jobcenter_agency': sqlMigration(
    // The municipal job center (지자체 일자리센터) joins: agency checks name it from now on.
    ...[
      ['center_agencies', 'center_agencies_agency_check', `agency in (${AGENCIES_WITH_JOBCENTER})`],
      ['consents', 'consents_discloser_check', `discloser in (${AGENCIES_WITH_JOBCENTER})`],
      ['consents', 'consents_check', `recipient in (${AGENCIES_WITH_JOBCENTER}) and recipient <> discloser`],
    ].flatMap(([table, constraint, check]) => [
      `alter table ${table} drop constraint ${constraint}`,
      `alter table ${table} add constraint ${constraint} check (${check})`,
    ]),
  ),
  '0006_job_board': sqlMigration(
    // Work-Plus's index of every agency's postings, fed by their events; each owner's database stays the source of truth.
    `create table job_board_postings (
       id text primary key,
       agency text not null check (agency in (${AGENCIES_WITH_JOBCENTER})),
       title text not null,
       employer_name text not null,
       business_registration_number text not null,
       occupation_code text not null,
       occupation_name text not null,
       work_municipality_code text not null,
       monthly_wage_krw bigint not null,
       employment_type text not null,
       openings integer not null,
       open_on date not null,
       close_on date not null,
       status text not null check (status in ('OPEN','CLOSED')),
       closed_reason text,
       version integer not null,
       changed_at timestamptz not null,
       indexed_at timestamptz not null default now(),
       vacancy_id text,
       vacancy_opened_on date,
       check ((status = 'OPEN') = (vacancy_id is not null and vacancy_opened_on is not null))
     )`,
    `create index job_board_vacancies on job_board_postings (vacancy_opened_on desc, vacancy_id desc) where status = 'OPEN'`,
    `create index job_board_vacancy on job_board_postings (vacancy_id)`,
    `create index job_board_employer on job_board_postings (business_registration_number, occupation_code)`,
    `create index job_board_occupation on job_board_postings (occupation_code) where status = 'OPEN'`,
  ),
  '0007_consent_changes': sqlMigration(
    // Who recorded or withdrew each consent, and on what authority: a consent is the person's, not staff's.
    `create table consent_changes (
       consent_id text not null references consents(id),
       seq integer not null check (seq > 0),
       action text not null check (action in ('RECORDED','WITHDRAWN')),
       at timestamptz not null default now(),
       by_subject text not null,
       by_agency text not null,
       by_center text not null,
       authority text not null check (authority in ('DATA_SUBJECT','DISCLOSER_DESK','CENTER_DESK','CENTER_STAFF')),
       primary key (consent_id, seq)
     )`,
  ),
  '0008_agency_reference': sqlMigration(
    // Agencies become rows, filled from the registry at every start (see reference.ts), instead of check
    // constraints that took a migration per new agency. These are the agencies known when this was written.
    `create table agencies (code text primary key)`,
    `insert into agencies (code) values ${AGENCIES_WITH_JOBCENTER.split(',')
      .map((code) => `(${code})`)
      .join(', ')}`,
    `alter table center_agencies drop constraint center_agencies_agency_check,
       add constraint center_agencies_agency_fkey foreign key (agency) references agencies(code)`,
    `alter table consents drop constraint consents_discloser_check, drop constraint consents_check,
       add constraint consents_check check (recipient <> discloser),
       add constraint consents_discloser_fkey foreign key (discloser) references agencies(code),
       add constraint consents_recipient_fkey foreign key (recipient) references agencies(code)`,
    `alter table job_board_postings drop constraint job_board_postings_agency_check,
       add constraint job_board_postings_agency_fkey foreign key (agency) references agencies(code)`,
  ),
  '0009_scope_in_id_order': sqlMigration(
    // A participant search walks each way into the caller's scope in ID order and stops at the page (participants.ts).
    `create index participants_center on participants (center_id, id)`,
    `create index referrals_center_participant on referrals (center_id, participant_id)`,
    `create index referrals_center_from_participant on referrals (center_id, from_agency, participant_id)`,
    `create index referrals_center_to_participant on referrals (center_id, to_agency, participant_id)`,
    `create index intakes_center_participant on intakes (center_id, participant_id)`,
    `create index intakes_center_agency_participant on intakes (center_id, counsellor_agency, participant_id)`,
  ),
};
