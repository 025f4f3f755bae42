import { sql, type Kysely } from 'kysely';
import { addDays } from '../../../shared/demo/random.js';
import type { Agency, AgencyPerformance } from '../../__generated__/resolvers-types.js';
import type { WorkplusDB } from '../store/tables.js';

export interface CenterPerformanceValue {
  from: string;
  to: string;
  placements: number;
  jointPlacements: number;
  byAgency: AgencyPerformance[];
}

const kstStart = (date: string) => new Date(`${date}T00:00:00+09:00`);

/**
 * A center's results for [from, to]: placements that started then, each
 * counted once for the center and once for every agency it credits; and
 * referrals received (requested then) and accepted (accepted then) per
 * receiving agency, with the median days from request to acceptance.
 */
export async function centerPerformance(
  db: Kysely<WorkplusDB>,
  centerId: string,
  from: string,
  to: string,
  desks: readonly Agency[],
): Promise<CenterPerformanceValue> {
  const end = kstStart(addDays(to, 1));
  const [totals, credits, received, accepted] = await Promise.all([
    db
      .selectFrom('placements')
      .select([sql<number>`count(*)::int`.as('placements'), sql<number>`(count(*) filter (where cardinality(credited_agencies) > 1))::int`.as('joint')])
      .where('centerId', '=', centerId)
      .where('startedOn', '>=', from)
      .where('startedOn', '<=', to)
      .executeTakeFirstOrThrow(),
    sql<{ agency: Agency; credited: number; made: number; joint: number }>`
      select agency, count(*)::int as credited,
             (count(*) filter (where agency = p.placing_agency))::int as made,
             (count(*) filter (where cardinality(p.credited_agencies) > 1))::int as joint
      from placements p, unnest(p.credited_agencies) as agency
      where p.center_id = ${centerId} and p.started_on between ${from} and ${to}
      group by agency`.execute(db),
    sql<{ agency: Agency; received: number }>`
      select to_agency as agency, count(*)::int as received from referrals
      where center_id = ${centerId} and requested_at >= ${kstStart(from)} and requested_at < ${end}
      group by to_agency`.execute(db),
    sql<{ agency: Agency; accepted: number; median: number | null }>`
      select to_agency as agency, count(*)::int as accepted,
             percentile_cont(0.5) within group (order by extract(epoch from accepted_at - requested_at) / 86400) as median
      from referrals
      where center_id = ${centerId} and accepted_at >= ${kstStart(from)} and accepted_at < ${end}
      group by to_agency`.execute(db),
  ]);
  const agencies = new Set<Agency>([...desks, ...credits.rows.map((r) => r.agency), ...received.rows.map((r) => r.agency)]);
  const byAgency = [...agencies].sort().map((agency): AgencyPerformance => {
    const credit = credits.rows.find((r) => r.agency === agency);
    const acceptance = accepted.rows.find((r) => r.agency === agency);
    return {
      agency,
      placementsCredited: credit?.credited ?? 0,
      placementsMade: credit?.made ?? 0,
      jointPlacements: credit?.joint ?? 0,
      referralsReceived: received.rows.find((r) => r.agency === agency)?.received ?? 0,
      referralsAccepted: acceptance?.accepted ?? 0,
      medianDaysToAccept: acceptance?.median == null ? null : Math.round(Number(acceptance.median) * 10) / 10,
    };
  });
  return { from, to, placements: totals.placements, jointPlacements: totals.joint, byAgency };
}
