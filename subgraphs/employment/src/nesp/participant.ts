import { fail } from '../../../shared/errors.js';
import { isoToday, type ParticipantReference } from '../../../shared/policy/disclosure.js';
import { addDays } from '../../../shared/demo/random.js';
import type { Context } from '../context.js';
import type { BenefitClaimRow, PlacementRow } from '../store/tables.js';
import { decideEligibility, hasMedianIncome, type EligibilityResult } from './eligibility.js';

/** A Participant as employment receives it: the key, consents, and what @requires on nespEligibility brings. */
export interface EmploymentParticipant extends ParticipantReference {
  birthDate?: string;
  welfare?: { household?: { size: number; monthlyIncomeKrw: number; assetsKrw: number; vulnerableGroup: string | null } } | null;
}

const DAY = 86_400_000;

/** Days in [from, to] that fall inside the window; 0 when they do not meet it. */
function overlap(from: string, to: string, windowStart: string, windowEnd: string): number {
  const start = Math.max(Date.parse(from), Date.parse(windowStart));
  const end = Math.min(Date.parse(to), Date.parse(windowEnd));
  return end < start ? 0 : Math.round((end - start) / DAY) + 1;
}

/**
 * Insured days in the 24 months before `today` from the center's own records:
 * the insured period before each benefit claim, and each placement since it began.
 */
export function recentWorkDays(claims: BenefitClaimRow[], placements: PlacementRow[], today: string): number {
  const windowStart = addDays(today, -730);
  const periods = [
    ...claims.map((c) => [addDays(c.separationDate, -c.insuredDays), c.separationDate] as const),
    ...placements.filter((p) => p.retainedSixMonths !== false).map((p) => [p.startedOn, today] as const),
  ];
  return Math.min(
    730,
    periods.reduce((days, [from, to]) => days + overlap(from, to, windowStart, today), 0),
  );
}

/** Participant.nespEligibility: the what-if rules applied to what the sources hold about the person today. */
export async function nespEligibility(person: EmploymentParticipant, _: unknown, { loaders }: Context): Promise<EligibilityResult> {
  const household = person.welfare?.household;
  if (!household || !person.birthDate) {
    // Withheld and not on file read the same here, as everywhere.
    throw fail(
      'NESP eligibility needs household size, income and assets from 행복e음, which were withheld, are outside the municipalities your center serves, or are not on file: ask with purpose eligibility',
      'WITHHELD',
      { owner: 'SOCIAL_SECURITY' },
    );
  }
  const today = isoToday();
  const year = Number(today.slice(0, 4));
  if (!hasMedianIncome(year)) {
    throw fail(`NESP eligibility cannot be decided today: employment has no ${year} standard median income (기준중위소득) on file yet`, 'RULES_NOT_AVAILABLE', {
      year,
    });
  }
  const [claims, placements] = await Promise.all([loaders.benefitClaims.load(person.id), loaders.placements.load(person.id)]);
  return decideEligibility({
    birthDate: person.birthDate,
    applicationDate: today,
    householdSize: household.size,
    monthlyHouseholdIncomeKrw: household.monthlyIncomeKrw,
    householdAssetsKrw: household.assetsKrw,
    workExperienceDays: recentWorkDays(claims, placements, today),
    workExperienceHours: 0,
    vulnerableGroup: household.vulnerableGroup,
  });
}
