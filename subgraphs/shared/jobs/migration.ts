import { sqlMigration } from '../db/database.js';
import { EMPLOYMENT_TYPES } from './posting.js';

const EMPLOYMENT_TYPE_LIST = EMPLOYMENT_TYPES.map((t) => `'${t}'`).join(',');

/**
 * The postings table and its transactional outbox, for every agency that
 * owns postings: a change and its event are written in one transaction, and
 * the relay (outbox.ts) publishes the outbox afterwards.
 */
export const jobPostingMigrations = {
  '0000_job_postings': sqlMigration(
    `create table job_postings (
       id text primary key,
       agency text not null,
       title text not null check (length(title) between 1 and 200),
       employer_name text not null check (length(employer_name) between 1 and 100),
       business_registration_number text not null check (business_registration_number ~ '^[0-9]{10}$'),
       occupation_code text not null,
       occupation_name text not null,
       work_municipality_code text not null check (work_municipality_code ~ '^[0-9]{5}$'),
       monthly_wage_krw bigint not null check (monthly_wage_krw > 0),
       employment_type text not null check (employment_type in (${EMPLOYMENT_TYPE_LIST})),
       openings integer not null check (openings between 1 and 1000),
       open_on date not null,
       close_on date not null check (close_on >= open_on),
       status text not null check (status in ('OPEN','CLOSED')),
       closed_reason text,
       version integer not null check (version >= 1),
       registered_by text not null,
       registered_at timestamptz not null default now(),
       changed_at timestamptz not null default now(),
       idempotency_key text unique,
       request_fingerprint text,
       check ((status = 'CLOSED') = (closed_reason is not null))
     )`,
    `create index job_postings_employer on job_postings (business_registration_number, occupation_code)`,
    `create table job_posting_outbox (
       seq bigserial primary key,
       posting_id text not null references job_postings(id),
       version integer not null,
       event jsonb not null,
       created_at timestamptz not null default now(),
       published_at timestamptz
     )`,
    `create index job_posting_outbox_unpublished on job_posting_outbox (seq) where published_at is null`,
  ),
};
