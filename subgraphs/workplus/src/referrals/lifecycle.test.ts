import { describe, expect, test } from '@jest/globals';
import type { ReferralStatus } from '../../__generated__/resolvers-types.js';
import { checkMove, TRANSITIONS, type Move } from './lifecycle.js';

const STATUSES: ReferralStatus[] = ['REQUESTED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'DECLINED', 'CANCELLED'];

/** Every legal move, written out by hand from the issue: [status, move, who]. */
const LEGAL: [ReferralStatus, Move, 'sender' | 'receiver'][] = [
  ['REQUESTED', 'accept', 'receiver'],
  ['REQUESTED', 'decline', 'receiver'],
  ['REQUESTED', 'cancel', 'sender'],
  ['ACCEPTED', 'start', 'receiver'],
  ['ACCEPTED', 'cancel', 'sender'],
  ['ACCEPTED', 'cancel', 'receiver'],
  ['IN_PROGRESS', 'complete', 'receiver'],
  ['IN_PROGRESS', 'cancel', 'sender'],
  ['IN_PROGRESS', 'cancel', 'receiver'],
];

const referral = (status: ReferralStatus) => ({ id: 'ref-1', status, fromAgency: 'EMPLOYMENT' as const, toAgency: 'WOMEN' as const });
const AGENCY = { sender: 'EMPLOYMENT', receiver: 'WOMEN', outsider: 'VETERANS' } as const;

describe('the referral state machine', () => {
  for (const status of STATUSES) {
    for (const move of Object.keys(TRANSITIONS) as Move[]) {
      for (const who of ['sender', 'receiver', 'outsider'] as const) {
        const legal = LEGAL.some(([s, m, w]) => s === status && m === move && w === who);
        const retry = TRANSITIONS[move].to === status;
        const expected = retry ? 'done' : legal ? 'go' : 'refused';
        test(`${who} ${move} on ${status}: ${expected}`, () => {
          const run = () => checkMove(referral(status), move, AGENCY[who]);
          if (expected === 'refused') expect(run).toThrow(who === 'outsider' || !LEGAL.some(([, m, w]) => m === move && w === who) ? /Only/ : /you may/);
          else expect(run()).toBe(expected);
        });
      }
    }
  }
});
