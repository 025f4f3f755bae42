import type { ColumnType, Selectable } from 'kysely';
import { OCCUPATIONS } from '../demo/occupations.js';
import type { AgencyCode } from '../../../trust/identity.js';
import { problemsOf } from '../errors.js';
import { idempotencyKeyProblem } from '../idempotency.js';
import { brnProblem, normalizeBrn } from './brn.js';

export const EMPLOYMENT_TYPES = ['PERMANENT', 'FIXED_TERM', 'PART_TIME', 'DAILY'] as const;
export type EmploymentTypeCode = (typeof EMPLOYMENT_TYPES)[number];
export type PostingStatus = 'OPEN' | 'CLOSED';

/** A posting as its owner publishes it, and as the board indexes it: the same fields on both sides of the stream. */
export interface JobPostingSnapshot {
  id: string;
  /** The agency that owns the posting. */
  agency: AgencyCode;
  title: string;
  employerName: string;
  businessRegistrationNumber: string;
  occupationCode: string;
  occupationName: string;
  workMunicipalityCode: string;
  monthlyWageKrw: number;
  employmentType: EmploymentTypeCode;
  openings: number;
  openOn: string;
  closeOn: string;
  status: PostingStatus;
  closedReason: string | null;
  /** 1 at registration, one more on every change: consumers keep the highest they have seen. */
  version: number;
}

/** One change of a posting, as it travels from the owner's outbox to the board. */
export interface JobPostingEvent {
  posting: JobPostingSnapshot;
  /** When the owner committed the change. */
  changedAt: string;
}

/** The tables every posting owner adds to its database (see migration.ts). */
export interface JobPostingTables {
  job_postings: JobPostingSnapshot & {
    registeredBy: string;
    registeredAt: ColumnType<Date, Date | undefined, never>;
    changedAt: ColumnType<Date, Date | undefined, Date>;
    /** Null for demo postings; staff registrations always carry one. */
    idempotencyKey: string | null;
    /** What the first request with that key asked for, so a different request under the same key is refused. */
    requestFingerprint: string | null;
  };
  job_posting_outbox: {
    seq: ColumnType<number, never, never>;
    postingId: string;
    version: number;
    event: ColumnType<JobPostingEvent, string, never>;
    createdAt: ColumnType<Date, never, never>;
    publishedAt: ColumnType<Date | null, never, Date>;
  };
}

export type JobPostingRow = Selectable<JobPostingTables['job_postings']>;

/** What staff send to register a posting (JobPostingInput in each owner's schema). */
export type JobPostingInput = Pick<
  JobPostingSnapshot,
  | 'title'
  | 'employerName'
  | 'businessRegistrationNumber'
  | 'occupationCode'
  | 'workMunicipalityCode'
  | 'monthlyWageKrw'
  | 'employmentType'
  | 'openings'
  | 'openOn'
  | 'closeOn'
> & { idempotencyKey: string };

const MAX_POSTING_DAYS = 366;
const DAY = 86_400_000;

/** Every problem with the input, so staff fix them all at once; an empty list means it may be written. */
export function postingProblems(input: JobPostingInput, today: string): string[] {
  const title = input.title.trim();
  const employer = input.employerName.trim();
  const days = (Date.parse(input.closeOn) - Date.parse(input.openOn)) / DAY;
  return problemsOf([
    (title.length < 1 || title.length > 200) && 'title must be 1 to 200 characters',
    (employer.length < 1 || employer.length > 100) && 'employerName must be 1 to 100 characters',
    brnProblem(normalizeBrn(input.businessRegistrationNumber)),
    !OCCUPATIONS.some((o) => o.code === input.occupationCode) &&
      `occupationCode ${input.occupationCode} is not on the occupation list (${OCCUPATIONS.map((o) => o.code).join(', ')})`,
    !/^[0-9]{5}$/.test(input.workMunicipalityCode) && 'workMunicipalityCode must be a 5-digit 시군구 code, e.g. 11440',
    (input.monthlyWageKrw <= 0 || input.monthlyWageKrw > 100_000_000) && 'monthlyWageKrw must be between 1 and 100,000,000',
    (!Number.isInteger(input.openings) || input.openings < 1 || input.openings > 1000) && 'openings must be 1 to 1000',
    input.closeOn < input.openOn && 'closeOn must not be before openOn',
    input.closeOn >= input.openOn && days > MAX_POSTING_DAYS && `a posting stays open at most ${MAX_POSTING_DAYS} days`,
    input.closeOn < today && 'closeOn is in the past',
    idempotencyKeyProblem(input.idempotencyKey),
  ]);
}

export function occupationName(code: string): string {
  const occupation = OCCUPATIONS.find((o) => o.code === code);
  if (!occupation) throw new Error(`unknown occupation ${code}`);
  return occupation.name;
}

/** The fields of a row that travel in events. */
export function snapshotOf(row: JobPostingSnapshot): JobPostingSnapshot {
  const {
    id,
    agency,
    title,
    employerName,
    businessRegistrationNumber,
    occupationCode,
    occupationName,
    workMunicipalityCode,
    monthlyWageKrw,
    employmentType,
    openings,
    openOn,
    closeOn,
    status,
    closedReason,
    version,
  } = row;
  return {
    id,
    agency,
    title,
    employerName,
    businessRegistrationNumber,
    occupationCode,
    occupationName,
    workMunicipalityCode,
    monthlyWageKrw,
    employmentType,
    openings,
    openOn,
    closeOn,
    status,
    closedReason,
    version,
  };
}

/** Resolvers of the shared JobPosting type, for owners and the board alike. */
export const jobPostingResolvers = {
  occupation: (row: JobPostingSnapshot) => ({ code: row.occupationCode, name: row.occupationName }),
};
