import type { DisclosurePolicy, LegalBasis, Relationship } from '../../shared/policy/disclosure.js';
import { CASEWORK_ROLES, type ForwardedIdentity } from '../../../trust/identity.js';
import type { Context } from './context.js';
import type { ParticipantRow } from './store/tables.js';

/**
 * The center's link to a person, which is what lets its casework staff read
 * their identity: registered at the caller's center, resident in a
 * municipality the center serves, or in a referral or intake at the center
 * that involves the caller's agency (any of the center's, for its Work-Plus desk).
 */
export const centerRelationship: Relationship = async (person: ParticipantRow, identity: ForwardedIdentity, { loaders }: Context) => {
  if (person.centerId === identity.center) return { kind: 'CENTER_REGISTRATION' };
  if (identity.municipalities.includes(person.municipalityCode)) return { kind: 'CENTER_JURISDICTION' };
  const desk = identity.agency === 'WORKPLUS';
  const [referrals, intakes] = await Promise.all([loaders.referralsOfParticipant.load(person.id), loaders.intakesOfParticipant.load(person.id)]);
  const referral = referrals.find((r) => r.centerId === identity.center && (desk || r.fromAgency === identity.agency || r.toAgency === identity.agency));
  if (referral) return { kind: 'CASE_RECORD', recordId: referral.id } satisfies LegalBasis;
  const intake = intakes.find((i) => i.centerId === identity.center && (desk || i.counsellorAgency === identity.agency));
  return intake ? { kind: 'CASE_RECORD', recordId: intake.id } : null;
};

/**
 * What Work-Plus discloses of the identity and contact it holds for the
 * center's casework. No role reads it nationwide: counsellors and
 * supervisors of any agency read it through the center's link to the person
 * (centerRelationship), the person reads their own, and administrators and
 * auditors read none of it (an auditor reads the access logs).
 */
export const identityPolicy: DisclosurePolicy = {
  owner: 'WORKPLUS',
  field: 'name',
  derivedFields: ['birthDate', 'gender', 'contact', 'homeMunicipality', 'registeredCenter', 'registeredAt', 'timeline', 'recommendedJobs'],
  ownStaffRoles: [],
  partnerRoles: [...CASEWORK_ROLES],
  statutes: [],
  relationship: centerRelationship,
  itemRoot: 'participant',
};
