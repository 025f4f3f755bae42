import type { Kysely } from 'kysely';
import { rowByColumn, rowsByColumn } from '../../shared/loaders.js';
import type { SocialSecurityDB } from './store/tables.js';

export type Loaders = ReturnType<typeof createLoaders>;

/** One SQL statement per entity type, whatever the number of participants in the request. */
export function createLoaders(db: Kysely<SocialSecurityDB>) {
  return {
    /** A person is known to 행복e음 iff they are a member of a household on file. */
    membership: rowByColumn(db, 'household_members', 'participantId'),
    household: rowByColumn(db, 'households', 'id'),
    members: rowsByColumn(db, 'household_members', 'householdId', ['seq', 'asc']),
    assessments: rowsByColumn(db, 'income_assessments', 'householdId', ['assessedOn', 'desc']),
    entitlements: rowsByColumn(db, 'entitlements', 'participantId', ['appliedOn', 'desc'], ['id', 'asc']),
    householdEntitlements: rowsByColumn(db, 'entitlements', 'householdId', ['appliedOn', 'desc'], ['id', 'asc']),
    payments: rowsByColumn(db, 'entitlement_payments', 'entitlementId', ['paidOn', 'desc'], ['forMonth', 'desc']),
    disability: rowByColumn(db, 'disability_registrations', 'participantId'),
  };
}
