import { GraphQLError } from 'graphql';
import { addDays, fullAge } from '../../../shared/demo/random.js';
import table from './median-income.json' with { type: 'json' };
import { fail } from '../../../shared/errors.js';

export type NespTrackResult = 'TYPE_I_REQUIREMENT' | 'TYPE_I_YOUTH' | 'TYPE_I_SELECTION' | 'TYPE_II' | 'INELIGIBLE';

export interface EligibilityInput {
  birthDate: string;
  applicationDate: string;
  householdSize: number;
  monthlyHouseholdIncomeKrw: number;
  householdAssetsKrw: number;
  /** Days and hours worked in the 24 months before the application date. */
  workExperienceDays: number;
  workExperienceHours: number;
  /** A fixed vulnerable group (homeless, North Korean defector, …) on the person's record. */
  vulnerableGroup?: string | null;
}

export interface EligibilityResult {
  track: NespTrackResult;
  medianIncomeRatio: number;
  reasons: string[];
  monthlyAllowanceKrw: number | null;
}

const MEDIAN: Record<string, number[]> = table.years;
const ASSET_LIMIT = 400_000_000;
const YOUTH_ASSET_LIMIT = 500_000_000;
const krw = (n: number) => `${n.toLocaleString('en-US')} KRW`;

/** Standard median income for a household in a year; a year not in the table is an error, never a fallback. */
export function standardMedianIncome(year: number, householdSize: number): number {
  const sizes = MEDIAN[String(year)];
  if (!sizes) {
    const years = Object.keys(MEDIAN).sort();
    throw invalid(`No standard median income for ${year}: the table covers ${years[0]}–${years.at(-1)}`);
  }
  if (householdSize <= 6) return sizes[householdSize - 1]!;
  return sizes[5]! + (sizes[5]! - sizes[4]!) * (householdSize - 6);
}

/** Whether the table holds `year`'s standard median income. */
export function hasMedianIncome(year: number): boolean {
  return String(year) in MEDIAN;
}

/** The years deciding eligibility on `today` needs that the table lacks: this one, and in its last 60 days the next. */
export function missingMedianIncomeYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  const needed = addDays(today, 60).startsWith(String(year)) ? [year] : [year, year + 1];
  return needed.filter((y) => !hasMedianIncome(y));
}

function invalid(message: string): GraphQLError {
  return fail(message, 'BAD_USER_INPUT');
}

function validate(input: EligibilityInput): void {
  const problems: string[] = [];
  if (!Number.isInteger(input.householdSize) || input.householdSize < 1) problems.push('householdSize must be 1 or more');
  for (const field of ['monthlyHouseholdIncomeKrw', 'householdAssetsKrw', 'workExperienceDays', 'workExperienceHours'] as const) {
    if (input[field] < 0) problems.push(`${field} must not be negative`);
  }
  if (input.applicationDate < input.birthDate) problems.push('applicationDate is before birthDate');
  if (problems.length) throw invalid(problems.join('; '));
}

/**
 * Decides the NESP track (국민취업지원제도): the first track, in the order
 * the law tries them, whose every condition holds. "≤" is inclusive and
 * compared in integers: income × 100 ≤ percent × median.
 */
export function decideEligibility(input: EligibilityInput): EligibilityResult {
  validate(input);
  const year = Number(input.applicationDate.slice(0, 4));
  const median = standardMedianIncome(year, input.householdSize);
  const age = fullAge(input.birthDate, input.applicationDate);
  const income = input.monthlyHouseholdIncomeKrw;
  const medianIncomeRatio = Math.round((income / median) * 10_000) / 10_000;
  const atMost = (percent: number) => income * 100 <= percent * median;
  const youth = age >= 18 && age <= 34;
  const assetLimit = youth ? YOUTH_ASSET_LIMIT : ASSET_LIMIT;
  const assetsOk = input.householdAssetsKrw <= assetLimit;
  const worked = input.workExperienceDays >= 100 || input.workExperienceHours >= 800;
  const incomeText = (percent: number) =>
    `household income ${krw(income)} is ${atMost(percent) ? 'within' : 'above'} ${percent}% of the ${year} standard median income for ${input.householdSize} (${krw(median)})`;
  const assetsText = `household assets ${krw(input.householdAssetsKrw)} ${assetsOk ? 'within' : 'above'} the ${krw(assetLimit)} limit${youth ? ' for youth' : ''}`;
  const workText = `${input.workExperienceDays} days / ${input.workExperienceHours} hours worked in the last 24 months ${worked ? 'meets' : 'falls short of'} 100 days or 800 hours`;
  const allowance = year >= 2026 ? 600_000 : 500_000;
  const result = (track: NespTrackResult, reasons: string[]): EligibilityResult => ({
    track,
    medianIncomeRatio,
    reasons: [`age ${age} on ${input.applicationDate}`, ...reasons],
    monthlyAllowanceKrw: track.startsWith('TYPE_I_') ? allowance : null,
  });

  if (age < 15 || age > 69) return result('INELIGIBLE', ['outside the eligible ages 15–69']);
  if (atMost(60) && assetsOk && worked) return result('TYPE_I_REQUIREMENT', [incomeText(60), assetsText, workText]);
  if (youth && atMost(120) && input.householdAssetsKrw <= YOUTH_ASSET_LIMIT) {
    return result('TYPE_I_YOUTH', ['youth aged 18–34', incomeText(120), assetsText]);
  }
  if (atMost(60) && assetsOk) return result('TYPE_I_SELECTION', [incomeText(60), assetsText, 'selected within the budget; no work history needed']);
  if (youth) return result('TYPE_II', ['youth aged 18–34: no income limit for Type II']);
  if (atMost(100)) return result('TYPE_II', [incomeText(100)]);
  if (input.vulnerableGroup) return result('TYPE_II', [`fixed vulnerable group (${input.vulnerableGroup}): Type II regardless of income`]);
  return result('INELIGIBLE', [incomeText(100), 'not youth, and no fixed vulnerable group on record']);
}
