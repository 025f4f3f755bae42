import type { Agency, ReferralService, ReferralStatus } from '../../__generated__/resolvers-types.js';
import { fail } from '../../../shared/errors.js';

/** The agency that offers each service: a referral for a service goes to its agency. */
export const SERVICE_AGENCY: Record<ReferralService, Agency> = {
  JOB_PLACEMENT: 'EMPLOYMENT',
  NESP: 'EMPLOYMENT',
  UNEMPLOYMENT_BENEFIT: 'EMPLOYMENT',
  VOCATIONAL_TRAINING: 'EMPLOYMENT',
  CAREER_BREAK_COUNSELLING: 'WOMEN',
  WOMEN_INTERNSHIP: 'WOMEN',
  VETERAN_CAREER_SUPPORT: 'VETERANS',
  SELF_SUFFICIENCY_WORK: 'SELF_SUFFICIENCY',
  WELFARE_BENEFITS: 'SOCIAL_SECURITY',
  EMERGENCY_WELFARE: 'SOCIAL_SECURITY',
};

export const OPEN_STATUSES: readonly ReferralStatus[] = ['REQUESTED', 'ACCEPTED', 'IN_PROGRESS'];

export type Move = 'accept' | 'start' | 'complete' | 'decline' | 'cancel';

interface Transition {
  to: ReferralStatus;
  /** The states each party may make this move from; a party not listed may not make it. */
  receiver: readonly ReferralStatus[];
  sender: readonly ReferralStatus[];
  /** A reason must be given (decline, cancel). */
  reasonRequired: boolean;
}

/** The referral state machine (서비스 연계 절차): who may move a referral, from where, to where. */
export const TRANSITIONS: Record<Move, Transition> = {
  accept: { to: 'ACCEPTED', receiver: ['REQUESTED'], sender: [], reasonRequired: false },
  start: { to: 'IN_PROGRESS', receiver: ['ACCEPTED'], sender: [], reasonRequired: false },
  complete: { to: 'COMPLETED', receiver: ['IN_PROGRESS'], sender: [], reasonRequired: false },
  decline: { to: 'DECLINED', receiver: ['REQUESTED'], sender: [], reasonRequired: true },
  cancel: { to: 'CANCELLED', receiver: ['ACCEPTED', 'IN_PROGRESS'], sender: ['REQUESTED', 'ACCEPTED', 'IN_PROGRESS'], reasonRequired: true },
};

export interface Party {
  fromAgency: Agency;
  toAgency: Agency;
}

/**
 * Whether `agency` may make `move` on a referral now in `status`.
 * 'done' means the referral is already where the move leads (a retry),
 * which callers answer with the referral unchanged.
 */
export function checkMove(referral: Party & { id: string; status: ReferralStatus }, move: Move, agency: string): 'go' | 'done' {
  const transition = TRANSITIONS[move];
  if (referral.status === transition.to) return 'done';
  const role = agency === referral.toAgency ? 'receiver' : agency === referral.fromAgency ? 'sender' : null;
  if (!role || transition[role].length === 0) {
    const who = [transition.receiver.length && referral.toAgency, transition.sender.length && referral.fromAgency].filter(Boolean).join(' or ');
    throw fail(`Only ${who} may ${move} referral ${referral.id}; the caller's agency is ${agency}`, 'FORBIDDEN');
  }
  if (!transition[role].includes(referral.status)) {
    const allowed = transition[role].join(' or ');
    throw fail(
      `Referral ${referral.id} is ${referral.status}; as the ${role === 'receiver' ? 'receiving' : 'sending'} agency you may ${move} it only when it is ${allowed}`,
      'INVALID_TRANSITION',
      { from: referral.status, to: transition.to },
    );
  }
  return 'go';
}
