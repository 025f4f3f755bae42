import type { Kysely } from 'kysely';
import { rowByColumn, rowsByColumn } from '../../shared/loaders.js';
import type { SocialSecurityDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

/** One SQL statement per entity type, whatever the number of participants in the request. */
export function createLoaders(db: Kysely<SocialSecurityDB>) {
  return {
    /** A person is known to 행복e음 iff they are a member of a household on file. */
    membership: rowByColumn(db, 'household_members', 'participant_id'),
    household: rowByColumn(db, 'households', 'id'),
    members: rowsByColumn(db, 'household_members', 'household_id', ['seq', 'asc']),
    assessments: rowsByColumn(db, 'income_assessments', 'household_id', ['assessed_on', 'desc']),
    entitlements: rowsByColumn(db, 'entitlements', 'participant_id', ['applied_on', 'desc'], ['id', 'asc']),
    householdEntitlements: rowsByColumn(db, 'entitlements', 'household_id', ['applied_on', 'desc'], ['id', 'asc']),
    payments: rowsByColumn(db, 'entitlement_payments', 'entitlement_id', ['paid_on', 'desc'], ['for_month', 'desc']),
    disability: rowByColumn(db, 'disability_registrations', 'participant_id'),
  };
}
