import { sqlMigration } from '../../../shared/db/database.js';

const AGENCIES = `'WORKPLUS','EMPLOYMENT','WOMEN','VETERANS','SELF_SUFFICIENCY','SOCIAL_SECURITY'`;

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
};
