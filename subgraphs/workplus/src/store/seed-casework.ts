import type { Kysely } from 'kysely';
import { demoConsents, type Population } from '../../../shared/demo/population.js';
import { isoToday } from '../../../shared/policy/disclosure.js';
import { addDays, demoFaker } from '../../../shared/demo/random.js';
import { OCCUPATIONS } from '../../../shared/demo/occupations.js';
import { CENTERS } from '../../../shared/demo/regions.js';
import { insertTables, type SeedRows } from '../../../shared/seed.js';
import type { Agency, ReferralService, ReferralStatus } from '../../__generated__/resolvers-types.js';
import { SERVICE_AGENCY } from '../referrals/lifecycle.js';
import type { WorkplusDB } from './tables.js';

const DAY = 86_400_000;
const PLACING_AGENCIES: readonly string[] = ['EMPLOYMENT', 'WOMEN', 'VETERANS'];

/**
 * Referrals between the agencies that know a person and have the person's
 * consent, at every stage of their life, with their history; and the
 * placements that followed some completed ones, credited jointly.
 *
 * Casework is dated back from the moment it is seeded, not from the
 * population's fixed reference date: a referral's age is what a worklist
 * shows and what flags it overdue, so a demo seeded in any month holds open
 * referrals both younger and older than a center's limit.
 */
export async function seedCasework(db: Kysely<WorkplusDB>, population: Population): Promise<void> {
  const f = demoFaker('workplus-casework');
  const until = Date.now();
  const asOf = isoToday();
  const rows: Required<Pick<SeedRows<WorkplusDB>, 'referrals' | 'referral_changes' | 'placements' | 'placement_credits'>> = {
    referrals: [],
    referral_changes: [],
    placements: [],
    placement_credits: [],
  };
  const referred = new Set<string>();
  const desks = new Map(CENTERS.map((c) => [c.id, new Set<string>(c.agencies)]));
  for (const consent of demoConsents(population)) {
    const person = population.byId.get(consent.participantId)!;
    const service = (Object.keys(SERVICE_AGENCY) as ReferralService[]).find((s) => SERVICE_AGENCY[s] === consent.recipient);
    if (!service) continue; // an agency Work-Plus offers no referral service to yet (a newly registered one) receives none
    const desk = desks.get(person.centerId)!;
    if (!desk.has(consent.discloser) || !desk.has(consent.recipient) || !f.datatype.boolean(0.3)) continue;
    if (referred.has(`${person.id}|${service}`)) continue;
    const from = consent.discloser as Agency;
    const to = consent.recipient as Agency;
    const id = `ref-demo-${rows.referrals.length + 1}`;
    const requestedAt = new Date(
      Math.max(Date.parse(`${consent.grantedOn}T09:00:00+09:00`), Date.parse(`${addDays(asOf, -300)}T09:00:00+09:00`)) +
        f.number.int({ min: 1, max: 250 }) * DAY,
    );
    if (requestedAt.getTime() > until) continue;
    const staff = (agency: string) => `stf-${person.centerId.slice(4)}-${agency.toLowerCase().replace('_', '')}-1`;
    const steps: { at: Date; to: ReferralStatus; by: Agency; note: string | null }[] = [{ at: requestedAt, to: 'REQUESTED', by: from, note: null }];
    const next = (minDays: number, maxDays: number, status: ReferralStatus, by: Agency, note: string | null = null) => {
      const at = new Date(steps.at(-1)!.at.getTime() + f.number.int({ min: minDays, max: maxDays }) * DAY);
      if (at.getTime() > until) return false;
      steps.push({ at, to: status, by, note });
      return true;
    };
    const fate = f.helpers.weightedArrayElement([
      { value: 'complete', weight: 5 },
      { value: 'decline', weight: 1 },
      { value: 'cancel', weight: 1 },
      { value: 'stall', weight: 2 },
    ]);
    if (fate === 'decline') next(1, 10, 'DECLINED', to, '대상 요건 미충족');
    else if (fate === 'cancel') next(1, 20, 'CANCELLED', from, '본인 요청으로 취소');
    else if (fate === 'complete' && next(1, 10, 'ACCEPTED', to) && next(1, 7, 'IN_PROGRESS', to)) next(14, 90, 'COMPLETED', to, '서비스 완료');
    const last = steps.at(-1)!;
    const accepted = steps.find((s) => s.to === 'ACCEPTED');
    const open = ['REQUESTED', 'ACCEPTED', 'IN_PROGRESS'].includes(last.to);
    referred.add(`${person.id}|${service}`);
    rows.referrals.push({
      id,
      participantId: person.id,
      centerId: person.centerId,
      fromAgency: from,
      toAgency: to,
      service,
      note: null,
      status: last.to,
      consentId: consent.id,
      intakeId: null,
      requestedBy: staff(from),
      requestedAt,
      acceptedAt: accepted?.at ?? null,
      closedAt: open ? null : last.at,
      closingNote: open ? null : last.note,
      idempotencyKey: `demo-${id}`,
    });
    steps.forEach((s, i) =>
      rows.referral_changes.push({
        referralId: id,
        seq: i + 1,
        at: s.at,
        fromStatus: i ? steps[i - 1]!.to : null,
        toStatus: s.to,
        byStaff: staff(s.by),
        byAgency: s.by,
        note: s.note,
      }),
    );
    const startedOn = addDays(last.at.toISOString().slice(0, 10), f.number.int({ min: 0, max: 20 }));
    if (last.to === 'COMPLETED' && PLACING_AGENCIES.includes(to) && startedOn <= asOf && f.datatype.boolean(0.6)) {
      const placementId = `plc-demo-${rows.placements.length + 1}`;
      rows.placements.push({
        id: placementId,
        participantId: person.id,
        centerId: person.centerId,
        placingAgency: to,
        creditedAgencies: [to, from],
        employerName: f.company.name(),
        jobTitle: f.helpers.arrayElement(OCCUPATIONS).name,
        startedOn,
        recordedBy: staff(to),
        recordedAt: new Date(`${startedOn}T17:00:00+09:00`),
        idempotencyKey: `demo-${placementId}`,
      });
      rows.placement_credits.push({ placementId, referralId: id });
    }
  }
  await insertTables(db, rows);
}
