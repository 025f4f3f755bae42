import type { ColumnType, Selectable } from 'kysely';
import type { JobPostingSnapshot } from '../../../shared/jobs/posting.js';

/** The job board index (migration 0006_job_board): every agency's postings as their events last said. */
export interface JobBoardTables {
  job_board_postings: JobPostingSnapshot & {
    /** When the owner made the change. */
    changedAt: Date;
    /** When the board took it. */
    indexedAt: ColumnType<Date, Date | undefined, Date>;
    /** The vacancy (group of duplicates) an open posting belongs to; null once closed. */
    vacancyId: string | null;
    /** The latest openOn in the vacancy: the board lists newest vacancies first. */
    vacancyOpenedOn: string | null;
  };
}

export type BoardPostingRow = Selectable<JobBoardTables['job_board_postings']>;
