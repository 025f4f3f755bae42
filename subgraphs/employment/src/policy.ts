import type { DisclosurePolicy } from '../../shared/policy/disclosure.js';

/**
 * What this agency discloses, and to whom. Its own counsellors and supervisors
 * read its records; a partner agency's staff read them only with the person's
 * consent for the declared purpose, or under a statute named here.
 */
export const policy: DisclosurePolicy = {
  owner: 'EMPLOYMENT',
  field: 'employment',
  derivedFields: ['nespEligibility', 'employmentTimeline'],
  ownStaffRoles: ['COUNSELLOR', 'SUPERVISOR'],
  partnerRoles: ['COUNSELLOR', 'SUPERVISOR'],
  statutes: [],
};
