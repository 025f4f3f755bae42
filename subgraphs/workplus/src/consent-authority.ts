import { fail } from '../../shared/errors.js';
import { doesCasework, type ForwardedIdentity } from '../../../trust/identity.js';
import type { ConsentAuthority } from '../__generated__/resolvers-types.js';
import type { ParticipantRow } from './store/tables.js';

/** Who a consent is about, as far as the rule needs: where they are registered and live. */
export type ConsentSubject = Pick<ParticipantRow, 'id' | 'centerId' | 'municipalityCode'>;

/** The person's own center: the one that registered them, or one that serves the municipality they live in. */
const atOwnCenter = (identity: ForwardedIdentity, person: ConsentSubject) =>
  person.centerId === identity.center || identity.municipalities.includes(person.municipalityCode);

/**
 * Why `identity` may record `consent` for `person`, or a FORBIDDEN that says
 * who may. A consent is the person's: the person records it, or staff at
 * their own center record what the person agreed. Staff of the disclosing
 * agency (the data's owner) or the center's Work-Plus desk (which holds no
 * agency's records) may; staff of the recipient never record a consent to
 * their own agency, which is the self-serving record PIPA's consent guards
 * against, and a third agency has no say in another's data.
 */
export function recordingAuthority(identity: ForwardedIdentity, person: ConsentSubject, consent: { discloser: string; recipient: string }): ConsentAuthority {
  if (identity.roles.includes('CITIZEN')) {
    if (identity.participant === person.id) return 'DATA_SUBJECT';
    throw fail('A citizen records consents only for themself', 'FORBIDDEN');
  }
  assertStaffOfOwnCenter(identity, person, 'record');
  const who = `${consent.discloser} → ${consent.recipient}`;
  if (consent.recipient === identity.agency) {
    throw fail(
      `A consent ${who} names your own agency as the recipient: the ${consent.discloser} desk or the person records it, not the agency that receives`,
      'FORBIDDEN',
    );
  }
  if (consent.discloser === identity.agency) return 'DISCLOSER_DESK';
  if (identity.agency === 'WORKPLUS') return 'CENTER_DESK';
  throw fail(
    `A consent ${who} is recorded by the ${consent.discloser} desk, the center's Work-Plus desk or the person, not by ${identity.agency}`,
    'FORBIDDEN',
  );
}

/** Why `identity` may withdraw a consent of `person`: the person, or counselling staff at their own center. */
export function withdrawalAuthority(identity: ForwardedIdentity, person: ConsentSubject): ConsentAuthority {
  if (identity.roles.includes('CITIZEN')) {
    if (identity.participant === person.id) return 'DATA_SUBJECT';
    throw fail('A citizen withdraws only their own consents', 'FORBIDDEN');
  }
  assertStaffOfOwnCenter(identity, person, 'withdraw');
  return 'CENTER_STAFF';
}

function assertStaffOfOwnCenter(identity: ForwardedIdentity, person: ConsentSubject, action: string): void {
  if (!doesCasework(identity) || !atOwnCenter(identity, person)) {
    throw fail(
      `Only the person, or counsellors and supervisors at the person's own center (registered there or living in a municipality it serves), ${action} a consent`,
      'FORBIDDEN',
    );
  }
}
