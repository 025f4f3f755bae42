import { sqlMigration } from '../../../shared/db/database.js';
import { jobPostingMigrations } from '../../../shared/jobs/migration.js';

export const migrations = {
  ...jobPostingMigrations,
  '0001_employers': sqlMigration(
    `create table employers (
       business_registration_number text primary key check (business_registration_number ~ '^[0-9]{10}$'),
       name text not null check (length(name) between 1 and 100),
       registered_on date not null,
       registered_by text not null
     )`,
  ),
};
