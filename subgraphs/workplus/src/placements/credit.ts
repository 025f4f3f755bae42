import type { Kysely } from 'kysely';
import type { Agency } from '../../__generated__/resolvers-types.js';
import { addDays } from '../../../shared/demo/random.js';
import type { ReferralRow, WorkplusDB } from '../store/tables.js';

/** How far back a referral still earns credit for a placement. */
export const CREDIT_WINDOW_DAYS = 365;

/**
 * The joint-credit rule (공동 실적): the placing agency, and both agencies of
 * every referral of the person that was accepted (and not cancelled) within
 * the year before the job started. Returns the credited agencies, placing
 * agency first, and the referrals that earned the credit.
 */
export async function jointCredit(
  db: Kysely<WorkplusDB>,
  participantId: string,
  placingAgency: Agency,
  startedOn: string,
): Promise<{ agencies: Agency[]; referrals: ReferralRow[] }> {
  const referrals = await db
    .selectFrom('referrals')
    .selectAll()
    .where('participantId', '=', participantId)
    .where('status', 'in', ['ACCEPTED', 'IN_PROGRESS', 'COMPLETED'])
    .where('acceptedAt', '<', new Date(`${addDays(startedOn, 1)}T00:00:00+09:00`))
    .where('requestedAt', '>=', new Date(`${addDays(startedOn, -CREDIT_WINDOW_DAYS)}T00:00:00+09:00`))
    .orderBy('requestedAt')
    .execute();
  const agencies = new Set<Agency>([placingAgency]);
  for (const r of referrals) agencies.add(r.fromAgency).add(r.toAgency);
  return { agencies: [...agencies], referrals };
}
