import type { DisclosurePolicy } from '../../shared/policy/disclosure.js';
import { householdMunicipality } from './jurisdiction.js';

/**
 * What this agency discloses, and to whom. Its own counsellors and supervisors
 * read its records; a partner agency's staff read them only with the person's
 * consent for the declared purpose, or under a statute named here, which
 * releases only the items it names to the operation it serves. Staff of
 * either kind act only for residents of the municipalities their center
 * serves (관할 시군구, from the signed identity), the rule that lets a center
 * serve its neighbouring municipalities and no others.
 */
export const policy: DisclosurePolicy = {
  owner: 'SOCIAL_SECURITY',
  field: 'welfare',
  derivedFields: ['welfareTimeline'],
  jurisdiction: householdMunicipality,
  ownStaffRoles: ['COUNSELLOR', 'SUPERVISOR'],
  partnerRoles: ['COUNSELLOR', 'SUPERVISOR'],
  statutes: [
    {
      recipient: 'EMPLOYMENT',
      purposes: ['ELIGIBILITY'],
      citation: '구직자 취업촉진 및 생활안정지원에 관한 법률: household income and assets for NESP eligibility',
      // The means test of Participant.nespEligibility, and nothing else: not entitlements, disability or members.
      items: ['welfare.household.size', 'welfare.household.monthlyIncomeKrw', 'welfare.household.assetsKrw', 'welfare.household.vulnerableGroup'],
      serves: ['nespEligibility'],
    },
  ],
};
