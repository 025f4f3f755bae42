import { describe, expect, test } from '@jest/globals';
import { addDays } from '../../../shared/demo/random.js';
import { decideEligibility, standardMedianIncome, type EligibilityInput } from './eligibility.js';

const APPLIED = '2026-03-15';
/** Born `years` years before the application date, shifted by `days`. */
const bornAgo = (years: number, days = 0) => addDays(`${2026 - years}${APPLIED.slice(4)}`, days);
const MEDIAN_1 = 2_564_238; // 2026, one person
/** The highest whole-won income within `percent` of `median`. */
const within = (percent: number, median = MEDIAN_1) => Math.floor((percent * median) / 100);

const base: EligibilityInput = {
  birthDate: bornAgo(45),
  applicationDate: APPLIED,
  householdSize: 1,
  monthlyHouseholdIncomeKrw: 1_000_000,
  householdAssetsKrw: 100_000_000,
  workExperienceDays: 120,
  workExperienceHours: 0,
};
const track = (change: Partial<EligibilityInput>) => decideEligibility({ ...base, ...change }).track;

describe('tracks, in the order the law tries them', () => {
  test('Type I requirement-based: low income, assets within limit, enough work', () => {
    const result = decideEligibility(base);
    expect(result.track).toBe('TYPE_I_REQUIREMENT');
    expect(result.monthlyAllowanceKrw).toBe(600_000);
    expect(result.reasons.join(' ')).toMatch(/within 60%.*within the 400,000,000 KRW limit.*meets 100 days or 800 hours/);
  });
  test('Type I youth: 18–34 within 120% of median, no work needed', () => {
    expect(track({ birthDate: bornAgo(25), monthlyHouseholdIncomeKrw: within(120), workExperienceDays: 0 })).toBe('TYPE_I_YOUTH');
  });
  test('Type I selection-based: low income and assets, no work history', () => {
    expect(track({ workExperienceDays: 0 })).toBe('TYPE_I_SELECTION');
  });
  test('Type II: income within 100%, or any youth', () => {
    expect(track({ monthlyHouseholdIncomeKrw: within(100) })).toBe('TYPE_II');
    expect(track({ birthDate: bornAgo(25), monthlyHouseholdIncomeKrw: 50_000_000 })).toBe('TYPE_II');
  });
  test('Type II for a fixed vulnerable group regardless of income, named as its own reason', () => {
    const result = decideEligibility({ ...base, monthlyHouseholdIncomeKrw: 9_000_000, vulnerableGroup: 'NORTH_KOREAN_DEFECTOR' });
    expect(result.track).toBe('TYPE_II');
    expect(result.reasons).toContain('fixed vulnerable group (NORTH_KOREAN_DEFECTOR): Type II regardless of income');
    expect(result.monthlyAllowanceKrw).toBeNull();
  });
  test('ineligible: income above 100% and not youth', () => {
    expect(track({ monthlyHouseholdIncomeKrw: within(100) + 1 })).toBe('INELIGIBLE');
  });
});

describe('income boundaries are inclusive and exact to the won', () => {
  test.each([60, 100, 120])('%i%% of median', (percent) => {
    const change = percent === 120 ? { birthDate: bornAgo(25), workExperienceDays: 0 } : percent === 100 ? { workExperienceDays: 0 } : {};
    const expected = { 60: ['TYPE_I_REQUIREMENT', 'TYPE_II'], 100: ['TYPE_II', 'INELIGIBLE'], 120: ['TYPE_I_YOUTH', 'TYPE_II'] }[percent]!;
    expect(track({ ...change, monthlyHouseholdIncomeKrw: within(percent) })).toBe(expected[0]);
    expect(track({ ...change, monthlyHouseholdIncomeKrw: within(percent) + 1 })).toBe(expected[1]);
  });
  test('the ratio is shown, the decision uses integers', () => {
    expect(decideEligibility({ ...base, monthlyHouseholdIncomeKrw: within(60) }).medianIncomeRatio).toBeCloseTo(0.6, 4);
  });
});

describe('asset boundaries', () => {
  test('400,000,000 KRW for ages 35–69', () => {
    expect(track({ householdAssetsKrw: 400_000_000 })).toBe('TYPE_I_REQUIREMENT');
    expect(track({ householdAssetsKrw: 400_000_001 })).toBe('TYPE_II');
  });
  test('500,000,000 KRW for youth 18–34', () => {
    const youth = { birthDate: bornAgo(30), monthlyHouseholdIncomeKrw: within(120) };
    expect(track({ ...youth, householdAssetsKrw: 500_000_000 })).toBe('TYPE_I_YOUTH');
    expect(track({ ...youth, householdAssetsKrw: 500_000_001 })).toBe('TYPE_II');
    expect(track({ ...youth, monthlyHouseholdIncomeKrw: within(60), householdAssetsKrw: 500_000_000 })).toBe('TYPE_I_REQUIREMENT');
  });
});

describe('ages are full ages (만 나이) on the application date', () => {
  test.each([
    ['15th birthday', bornAgo(15), 'TYPE_I_REQUIREMENT'],
    ['a day before the 15th birthday', bornAgo(15, 1), 'INELIGIBLE'],
    ['18th birthday: youth', bornAgo(18), 'TYPE_I_YOUTH'],
    ['a day before the 18th birthday: not youth, so 110% is too much', bornAgo(18, 1), 'INELIGIBLE'],
    ['the day before the 35th birthday: still youth (34)', bornAgo(35, 1), 'TYPE_I_YOUTH'],
    ['35th birthday: not youth, so 110% is too much', bornAgo(35), 'INELIGIBLE'],
    ['the day before the 70th birthday: 69', bornAgo(70, 1), 'TYPE_I_REQUIREMENT'],
    ['70th birthday: too old', bornAgo(70), 'INELIGIBLE'],
    ['the day after the 15th birthday', bornAgo(15, -1), 'TYPE_I_REQUIREMENT'],
    ['the day after the 18th birthday: youth', bornAgo(18, -1), 'TYPE_I_YOUTH'],
    ['34th birthday: youth', bornAgo(34), 'TYPE_I_YOUTH'],
    ['the day after the 35th birthday: not youth', bornAgo(35, -1), 'INELIGIBLE'],
    ['69th birthday', bornAgo(69), 'TYPE_I_REQUIREMENT'],
    ['the day after the 70th birthday: too old', bornAgo(70, -1), 'INELIGIBLE'],
  ])('%s', (_, birthDate, expected) => {
    // At 110% of median only youth qualify (Type I youth); the 15th and 69th-year cases use a low income and work.
    const youthIncome = within(110);
    const adult = expected === 'TYPE_I_REQUIREMENT';
    expect(track({ birthDate, monthlyHouseholdIncomeKrw: adult ? within(50) : youthIncome, workExperienceDays: adult ? 120 : 0 })).toBe(expected);
  });
});

describe('work experience: 100 days or 800 hours', () => {
  test.each([
    [100, 0, 'TYPE_I_REQUIREMENT'],
    [99, 799, 'TYPE_I_SELECTION'],
    [0, 800, 'TYPE_I_REQUIREMENT'],
  ])('%i days, %i hours', (workExperienceDays, workExperienceHours, expected) => {
    expect(track({ workExperienceDays, workExperienceHours })).toBe(expected);
  });
});

describe('the standard median income table', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('household of %i', (size) => {
    const table = [2_564_238, 4_199_292, 5_359_036, 6_494_738, 7_556_719, 8_555_952];
    const expected = size <= 6 ? table[size - 1]! : table[5]! + (table[5]! - table[4]!) * (size - 6);
    expect(standardMedianIncome(2026, size)).toBe(expected);
    const median = expected;
    expect(track({ householdSize: size, monthlyHouseholdIncomeKrw: within(60, median) })).toBe('TYPE_I_REQUIREMENT');
    expect(track({ householdSize: size, monthlyHouseholdIncomeKrw: within(60, median) + 1 })).toBe('TYPE_II');
  });
  test.each([
    [2024, 2_228_445, 500_000],
    [2025, 2_392_013, 500_000],
    [2026, 2_564_238, 600_000],
  ])('%i: median %i, Type I allowance %i a month', (year, median, allowance) => {
    const result = decideEligibility({
      ...base,
      applicationDate: `${year}-03-15`,
      birthDate: `${year - 45}-03-15`,
      monthlyHouseholdIncomeKrw: within(60, median),
    });
    expect(result.track).toBe('TYPE_I_REQUIREMENT');
    expect(result.monthlyAllowanceKrw).toBe(allowance);
  });
  test.each([2023, 2027])('%i is not in the table: a clear error, no fallback', (year) => {
    expect(() => decideEligibility({ ...base, applicationDate: `${year}-03-15` })).toThrow(/No standard median income for \d{4}: the table covers 2024–2026/);
  });
});

describe('bad input', () => {
  test.each([
    [{ householdSize: 0 }, /householdSize must be 1 or more/],
    [{ monthlyHouseholdIncomeKrw: -1 }, /monthlyHouseholdIncomeKrw must not be negative/],
    [{ householdAssetsKrw: -5 }, /householdAssetsKrw must not be negative/],
    [{ workExperienceHours: -1 }, /workExperienceHours must not be negative/],
    [{ applicationDate: '2026-03-15', birthDate: '2026-04-01' }, /applicationDate is before birthDate/],
  ])('%o', (change, message) => {
    expect(() => decideEligibility({ ...base, ...change })).toThrow(message);
  });
});
