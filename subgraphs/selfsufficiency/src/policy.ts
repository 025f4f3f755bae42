import type { DisclosurePolicy } from '../../shared/policy/disclosure.js';

/**
 * What this agency discloses, and to whom. Its own counsellors and supervisors
 * read its records; a partner agency's staff read them only with the person's
 * consent for the declared purpose, or under a statute named here.
 */
export const policy: DisclosurePolicy = {
  owner: 'SELF_SUFFICIENCY',
  field: 'selfSufficiency',
  derivedFields: ['selfSufficiencyTimeline'],
  ownStaffRoles: ['COUNSELLOR', 'SUPERVISOR'],
  partnerRoles: ['COUNSELLOR', 'SUPERVISOR'],
  statutes: [
    {
      recipient: 'SOCIAL_SECURITY',
      purposes: ['ELIGIBILITY'],
      citation: '국민기초생활 보장법: self-sufficiency work of conditional recipients, for the municipality',
      // Whether a conditional recipient takes part, for the municipality's benefit decision (행복e음's own record).
      items: ['selfSufficiency.recipientCategory', 'selfSufficiency.status', 'selfSufficiency.enrolledOn', 'selfSufficiency.endedOn'],
      serves: ['welfare'],
    },
  ],
};
