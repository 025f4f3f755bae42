import type { Faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import { REFERENCE_DATE, welfareHouseholds, type Household, type Livelihood, type Person, type Population } from '../../../shared/demo/population.js';
import { addDays, demoFaker, fullAge } from '../../../shared/demo/random.js';
import { MUNICIPALITIES } from '../../../shared/demo/regions.js';
import { insertTables, type SeedRows } from '../../../shared/seed.js';
import type { WelfareEntitlementStatus, WelfareProgram } from '../../__generated__/resolvers-types.js';
import type { SocialSecurityDB } from './tables.js';

type Rows = Required<SeedRows<SocialSecurityDB>>;
type EntitlementInsert = SocialSecurityDB['entitlements'];
type DisabilityInsert = SocialSecurityDB['disability_registrations'];

/** Standard median income (기준중위소득) by year and household size, 1 to 6 people. */
const MEDIAN_INCOME: Record<number, readonly number[]> = {
  2023: [2_077_892, 3_456_145, 4_434_579, 5_400_964, 6_330_688, 7_227_981],
  2024: [2_228_445, 3_682_609, 4_714_657, 5_729_913, 6_695_735, 7_618_369],
  2025: [2_392_013, 3_932_658, 5_025_353, 6_097_773, 7_108_192, 8_064_805],
  2026: [2_564_238, 4_199_292, 5_359_036, 6_494_738, 7_556_719, 8_555_952],
};

/** Monthly income conversion rate of housing assets (주거용재산 소득환산율). */
const ASSET_CONVERSION_RATE = 0.0104;
/** Earned-income deduction (근로소득공제), applied to the whole income for the demo. */
const INCOME_EVALUATION_RATE = 0.8;
/** 2026 basic pension amount (기준연금액), also the disability pension's basic benefit. */
const BASIC_PENSION_KRW = 349_360;
/** Basic pension / disability pension selection threshold (선정기준액), single and couple, 2026. */
const PENSION_THRESHOLD = { single: 2_470_000, couple: 3_952_000 };
/** Single-parent child-rearing support (아동양육비) per child under 18, a month. */
const CHILD_REARING_KRW = 230_000;
/** Education activity support (교육활동지원비), paid once a year per school level. */
const EDUCATION_ANNUAL_KRW = { elementary: 487_000, middle: 679_000, high: 768_000 };

/** Approximate standard rents (기준임대료) by housing-benefit tier (급지) and household size. */
const STANDARD_RENT: readonly (readonly number[])[] = [
  [369_000, 414_000, 492_000, 571_000, 591_000, 699_000], // 1급지 서울
  [290_000, 326_000, 388_000, 450_000, 465_000, 550_000], // 2급지 경기·인천
  [229_000, 256_000, 305_000, 354_000, 366_000, 433_000], // 3급지 광역시·세종
  [183_000, 206_000, 246_000, 285_000, 295_000, 348_000], // 4급지 그 외
];

const METRO_PREFIXES = ['26', '27', '29', '30', '31', '36'];
/** Special and metropolitan cities (특별시·광역시), the pensions' 대도시. */
const METROPOLITAN_PREFIXES = ['11', '26', '27', '28', '29', '30', '31'];

const DISABILITY_TYPES = [
  { value: 'PHYSICAL', weight: 44 },
  { value: 'HEARING', weight: 16 },
  { value: 'VISUAL', weight: 10 },
  { value: 'BRAIN_LESION', weight: 9 },
  { value: 'INTELLECTUAL', weight: 8 },
  { value: 'MENTAL', weight: 4 },
  { value: 'KIDNEY', weight: 4 },
  { value: 'AUTISM', weight: 1 },
  { value: 'SPEECH', weight: 1 },
  { value: 'CARDIAC', weight: 1 },
] as const;

const round10 = (krw: number) => Math.round(krw / 10) * 10;
const round1000 = (krw: number) => Math.round(krw / 1000) * 1000;

function medianIncome(date: string, size: number): number {
  const year = Math.min(2026, Math.max(2023, Number(date.slice(0, 4))));
  return MEDIAN_INCOME[year]![Math.min(size, 6) - 1]!;
}

/** Basic asset deduction (기본재산액) by region: 서울, 경기·인천, 광역시·세종·창원, 그 외. */
function basicAssetDeduction(municipalityCode: string): number {
  if (municipalityCode.startsWith('11')) return 99_000_000;
  if (municipalityCode.startsWith('28') || municipalityCode.startsWith('41')) return 80_000_000;
  if (METRO_PREFIXES.some((p) => municipalityCode.startsWith(p)) || municipalityCode.startsWith('4812')) return 77_000_000;
  return 53_000_000;
}

function housingTier(municipalityCode: string): number {
  if (municipalityCode.startsWith('11')) return 0;
  if (municipalityCode.startsWith('28') || municipalityCode.startsWith('41')) return 1;
  if (METRO_PREFIXES.some((p) => municipalityCode.startsWith(p))) return 2;
  return 3;
}

/** School grade 1–12 in the school year that contains `onDate` (entry in March of birth year + 7), else null. */
function schoolGrade(birthDate: string, onDate: string): number | null {
  const schoolYear = Number(onDate.slice(0, 4)) - (onDate.slice(5, 7) < '03' ? 1 : 0);
  const grade = schoolYear - (Number(birthDate.slice(0, 4)) + 7) + 1;
  return grade >= 1 && grade <= 12 ? grade : null;
}

interface Assessment {
  monthlyIncomeKrw: number;
  incomeEvaluationKrw: number;
  assetsKrw: number;
  assetConversionKrw: number;
  recognisedIncomeKrw: number;
  standardMedianIncomeKrw: number;
}

/**
 * Recognised income (소득인정액) = income evaluation + income conversion of assets.
 * The demo world decides each household's status; assets partly exempt
 * (e.g. 주거용재산 한도) keep the figure consistent with it.
 */
function assess(income: number, assets: number, municipalityCode: string, size: number, on: string, status: Livelihood): Assessment {
  const median = medianIncome(on, size);
  const evaluation = round10(income * INCOME_EVALUATION_RATE);
  let conversion = round10(Math.max(0, assets - basicAssetDeduction(municipalityCode)) * ASSET_CONVERSION_RATE);
  const ceiling = status === 'BASIC_LIVELIHOOD' ? round10(median * 0.3) : status === 'NEAR_POOR' ? round10(median * 0.5) : Infinity;
  if (evaluation + conversion > ceiling) conversion = Math.max(0, ceiling - evaluation);
  return {
    monthlyIncomeKrw: income,
    incomeEvaluationKrw: evaluation,
    assetsKrw: assets,
    assetConversionKrw: conversion,
    recognisedIncomeKrw: evaluation + conversion,
    standardMedianIncomeKrw: median,
  };
}

/** 행복e음 knows whole households: every member of a household with anyone the welfare desk serves. */
export async function seed(db: Kysely<SocialSecurityDB>, population: Population): Promise<void> {
  const f = demoFaker('socialsecurity');
  const rows: Rows = {
    households: [],
    household_members: [],
    income_assessments: [],
    entitlements: [],
    entitlement_payments: [],
    disability_registrations: [],
  };
  for (const household of welfareHouseholds(population)) {
    const members = household.memberIds.map((id) => population.byId.get(id)!);
    addHousehold(f, rows, household, members);
  }
  // Keys are in foreign-key order.
  await insertTables(db, rows);
}

function addHousehold(f: Faker, rows: Rows, household: Household, members: Person[]): void {
  const id = `wh-${household.id.slice(3)}`;
  const code = household.municipalityCode;
  const size = members.length;
  const status = household.livelihood;
  const ages = new Map(members.map((m) => [m.id, fullAge(m.birthDate, REFERENCE_DATE)]));
  const hasElderly = members.some((m) => ages.get(m.id)! >= 65);
  const registeredOn = addDays(REFERENCE_DATE, -f.number.int({ min: 15, max: 1400 }));

  // Income and asset investigations: on application, then yearly (정기 확인조사).
  const dates: string[] = [];
  for (let on = registeredOn; on <= addDays(REFERENCE_DATE, -7); on = addDays(on, 365)) dates.push(on);
  // Some households were near-poor before their current status (차상위 → 수급, or 차상위 → 일반 on recovery).
  const wasNearPoor =
    dates.length >= 2 &&
    ((status === 'BASIC_LIVELIHOOD' && f.datatype.boolean(0.2)) ||
      (status === 'NONE' && !hasElderly && household.vulnerableGroup === null && f.datatype.boolean(0.4)));
  const changeIndex = wasNearPoor ? f.number.int({ min: 1, max: dates.length - 1 }) : 0;
  const deduction = basicAssetDeduction(code);
  let current!: Assessment;
  dates.forEach((assessedOn, i) => {
    const last = i === dates.length - 1;
    const resulting: Livelihood = i < changeIndex ? 'NEAR_POOR' : status;
    let income = household.monthlyIncomeKrw;
    let assets = household.assetsKrw;
    if (resulting !== status) {
      income = round1000(f.number.float({ min: 0.35, max: 0.6 }) * medianIncome(assessedOn, size));
      assets = Math.min(assets, deduction + f.number.int({ min: 0, max: 200 }) * 100_000);
    } else if (!last) {
      income = round1000(income * f.number.float({ min: 0.85, max: 1.1 }));
      assets = Math.round((assets * f.number.float({ min: 0.92, max: 1.02 })) / 100_000) * 100_000;
    }
    const assessment = assess(income, assets, code, size, assessedOn, resulting);
    if (last) current = assessment;
    rows.income_assessments.push({
      id: `${id}-a${i + 1}`,
      householdId: id,
      assessedOn: assessedOn,
      kind: i === 0 ? 'INITIAL' : i === changeIndex ? 'CHANGE' : 'PERIODIC',
      ...assessment,
      resultingStatus: resulting,
    });
  });

  rows.households.push({
    id,
    municipalityCode: code,
    size,
    registeredOn: registeredOn,
    monthlyIncomeKrw: current.monthlyIncomeKrw,
    recognisedIncomeKrw: current.recognisedIncomeKrw,
    assetsKrw: current.assetsKrw,
    livelihoodStatus: status,
    vulnerableGroup: household.vulnerableGroup,
    lastAssessedOn: dates[dates.length - 1]!,
  });
  members.forEach((member, i) => {
    rows.household_members.push({
      participantId: member.id,
      householdId: id,
      seq: i + 1,
      relation: member.relation,
      joinedOn: member.birthDate > registeredOn ? member.birthDate : registeredOn,
    });
  });

  const disabilities = new Map<string, DisabilityInsert>();
  for (const member of members) {
    const registration = maybeDisability(f, member, ages.get(member.id)!, status !== 'NONE');
    if (registration) {
      disabilities.set(member.id, registration);
      rows.disability_registrations.push(registration);
    }
  }

  const entitlements = new Entitlements(f, rows, id, code);
  const head = members.find((m) => m.relation === 'HEAD') ?? members[0]!;
  const since = dates[changeIndex]!;
  if (wasNearPoor) {
    entitlements.add(head, 'NEAR_POOR_CERTIFICATION', registeredOn, { householdLevel: true, endedOn: since });
  }

  if (status === 'BASIC_LIVELIHOOD') {
    // Livelihood, housing and medical aid are applied for and decided together.
    const decidedOn = entitlements.decision(since);
    const livelihood = Math.max(10, round10(medianIncome(REFERENCE_DATE, size) * 0.32) - current.recognisedIncomeKrw);
    entitlements.add(head, 'LIVELIHOOD_BENEFIT', since, { householdLevel: true, monthlyAmountKrw: livelihood, decidedOn });
    const rent = STANDARD_RENT[housingTier(code)]![Math.min(size, 6) - 1]!;
    entitlements.add(head, 'HOUSING_BENEFIT', since, {
      householdLevel: true,
      monthlyAmountKrw: Math.round((rent * f.number.float({ min: 0.6, max: 1 })) / 100) * 100,
      decidedOn,
    });
    // Households with nobody able to work (근로무능력가구) get class 1.
    const ableToWork = members.some((m) => {
      const age = ages.get(m.id)!;
      return age >= 18 && age <= 64 && disabilities.get(m.id)?.severity !== 'SEVERE';
    });
    const medicalAidClass = ableToWork && household.vulnerableGroup === null ? 'CLASS_2' : 'CLASS_1';
    for (const member of members) entitlements.add(member, 'MEDICAL_AID', since, { medicalAidClass, decidedOn });
    for (const child of members.filter((m) => m.relation === 'CHILD' && schoolGrade(m.birthDate, REFERENCE_DATE))) {
      const schoolEntry = `${Number(child.birthDate.slice(0, 4)) + 7}-02-15`;
      entitlements.add(child, 'EDUCATION_BENEFIT', schoolEntry > since ? schoolEntry : since, { annual: child.birthDate });
    }
  } else {
    if (status === 'NEAR_POOR') entitlements.add(head, 'NEAR_POOR_CERTIFICATION', since, { householdLevel: true });
    // Homeless people and North Korean defectors get class 1 medical aid as a special case (의료급여 특례).
    if (household.vulnerableGroup !== null) {
      const decidedOn = entitlements.decision(registeredOn);
      for (const member of members) {
        entitlements.add(member, 'MEDICAL_AID', registeredOn, { medicalAidClass: 'CLASS_1', decidedOn });
      }
    } else if (status === 'NONE' && !hasElderly && !wasNearPoor && f.datatype.boolean(0.3)) {
      // Applied for housing benefit and found over the threshold (부적합).
      entitlements.add(head, 'HOUSING_BENEFIT', registeredOn, { householdLevel: true, rejected: true });
    }
  }

  const spouseOf = (m: Person) => (m.relation === 'HEAD' ? members.find((o) => o.relation === 'SPOUSE') : m.relation === 'SPOUSE' ? head : undefined);
  // Pensions assess only the person and spouse: their share of the household's income and assets.
  const underPensionThreshold = (couple: boolean) => {
    if (status !== 'NONE') return true;
    const share = (couple ? 2 : 1) / size;
    const recognised = pensionRecognisedIncome(current.monthlyIncomeKrw * share, current.assetsKrw * share, code);
    return recognised <= (couple ? PENSION_THRESHOLD.couple : PENSION_THRESHOLD.single);
  };

  for (const member of members) {
    const age = ages.get(member.id)!;
    if (age >= 65) {
      const spouse = spouseOf(member);
      const couple = spouse !== undefined && ages.get(spouse.id)! >= 65;
      const eligible = underPensionThreshold(couple);
      const applyFrom = addDays(addYears(member.birthDate, 65), -30);
      entitlements.add(member, 'BASIC_PENSION', applyFrom > registeredOn ? applyFrom : registeredOn, {
        rejected: !eligible,
        // Both spouses receiving: 20% couple reduction each (부부감액).
        monthlyAmountKrw: round10(BASIC_PENSION_KRW * (couple ? 0.8 : 1)),
        payday: 25,
      });
    }
    const disability = disabilities.get(member.id);
    if (disability?.severity === 'SEVERE' && age >= 18 && age <= 64 && underPensionThreshold(false)) {
      const addOn = status === 'BASIC_LIVELIHOOD' ? 90_000 : status === 'NEAR_POOR' ? 70_000 : 20_000;
      const adult = addYears(member.birthDate, 18);
      const from = [registeredOn, adult, addDays(disability.registeredOn, 10)].sort().at(-1)!;
      entitlements.add(member, 'DISABILITY_PENSION', from, { monthlyAmountKrw: BASIC_PENSION_KRW + addOn, payday: 20 });
    }
  }

  // Single-parent families (한부모가족): a head with children and no spouse, recognised income ≤ 63% of the median.
  const minors = members.filter((m) => m.relation === 'CHILD' && ages.get(m.id)! < 18);
  if (minors.length > 0 && !members.some((m) => m.relation === 'SPOUSE') && current.recognisedIncomeKrw <= medianIncome(REFERENCE_DATE, size) * 0.63) {
    entitlements.add(head, 'SINGLE_PARENT_SUPPORT', registeredOn, {
      householdLevel: true,
      monthlyAmountKrw: CHILD_REARING_KRW * minors.length,
    });
  }
}

/**
 * Recognised income for the basic and disability pensions, which use their own
 * rules: earned income less a fixed deduction and 30%, and assets above the
 * pension's basic asset deduction (대도시·중소도시·농어촌) converted at 4% a year.
 */
function pensionRecognisedIncome(income: number, assets: number, municipalityCode: string): number {
  const municipality = MUNICIPALITIES.find((m) => m.code === municipalityCode);
  const deduction = METROPOLITAN_PREFIXES.some((p) => municipalityCode.startsWith(p))
    ? 135_000_000
    : municipality?.name.endsWith('군')
      ? 72_500_000
      : 85_000_000;
  const evaluation = Math.max(0, income - 1_120_000) * 0.7;
  const conversion = (Math.max(0, assets - deduction) * 0.04) / 12;
  return round10(evaluation + conversion);
}

function addYears(iso: string, years: number): string {
  const [y, rest] = [Number(iso.slice(0, 4)), iso.slice(4)];
  const candidate = `${y + years}${rest}`;
  // 29 February in a non-leap year becomes 1 March.
  return new Date(`${candidate}T00:00:00Z`).toISOString().slice(0, 10) === candidate ? candidate : `${y + years}-03-01`;
}

function maybeDisability(f: Faker, person: Person, age: number, low: boolean): DisabilityInsert | null {
  if (age < 2 || !f.datatype.boolean(0.035 + (age >= 65 ? 0.07 : 0) + (low ? 0.04 : 0))) return null;
  const registeredOn = addDays(REFERENCE_DATE, -f.number.int({ min: 30, max: Math.min(age * 365 - 200, 25 * 365) }));
  const disabilityType = f.helpers.weightedArrayElement([...DISABILITY_TYPES]);
  const severe = f.datatype.boolean(['INTELLECTUAL', 'AUTISM', 'BRAIN_LESION'].includes(disabilityType) ? 0.8 : 0.3);
  return {
    participantId: person.id,
    registeredOn: registeredOn,
    disabilityType: disabilityType,
    severity: severe ? 'SEVERE' : 'MILD',
    // Conditions that can change are re-assessed (재판정); the rest are permanent.
    nextReviewOn:
      ['MENTAL', 'KIDNEY', 'CARDIAC', 'AUTISM'].includes(disabilityType) || f.datatype.boolean(0.15)
        ? addDays(REFERENCE_DATE, f.number.int({ min: 30, max: 730 }))
        : null,
  };
}

interface EntitlementOptions {
  householdLevel?: boolean;
  monthlyAmountKrw?: number;
  medicalAidClass?: 'CLASS_1' | 'CLASS_2';
  /** Ended on this date (보장 중지). */
  endedOn?: string;
  /** Decided against the applicant (부적합). */
  rejected?: boolean;
  /** Day of the month payments are made. */
  payday?: number;
  /** Education benefit: the child's birth date, paid once a year at the start of the school year. */
  annual?: string;
  /** Decision date shared by benefits applied for together (통합 신청); drawn when absent. */
  decidedOn?: string;
}

/** Writes entitlements of one household with their decision and payment history. */
class Entitlements {
  private count = 0;

  constructor(
    private readonly f: Faker,
    private readonly rows: Rows,
    private readonly householdId: string,
    private readonly municipalityCode: string,
  ) {}

  /** Decision date for an application: within the statutory 30 days (처리기한). */
  decision(appliedOn: string): string {
    return addDays(appliedOn, this.f.number.int({ min: 14, max: 30 }));
  }

  add(person: Person, program: WelfareProgram, appliedOn: string, options: EntitlementOptions = {}): void {
    const f = this.f;
    const decidedOn = options.decidedOn ?? this.decision(appliedOn);
    const pending = decidedOn > REFERENCE_DATE;
    const granted = !pending && !options.rejected;
    const endedOn = granted && options.endedOn ? options.endedOn : null;
    let status: WelfareEntitlementStatus = pending ? 'APPLIED' : options.rejected ? 'REJECTED' : endedOn ? 'ENDED' : 'ACTIVE';
    const row: EntitlementInsert = {
      id: `we-${this.householdId.slice(3)}-${++this.count}`,
      participantId: person.id,
      householdId: this.householdId,
      program,
      status,
      householdLevel: options.householdLevel ?? false,
      appliedOn: appliedOn,
      decidedOn: pending ? null : decidedOn,
      startedOn: granted ? appliedOn : null,
      endedOn: endedOn,
      monthlyAmountKrw: granted ? (options.monthlyAmountKrw ?? null) : null,
      medicalAidClass: granted ? (options.medicalAidClass ?? null) : null,
      municipalityCode: this.municipalityCode,
    };
    let payments = !granted
      ? []
      : options.annual
        ? annualEducationPayments(row, options.annual)
        : row.monthlyAmountKrw !== null
          ? monthlyPayments(row, decidedOn, options.payday ?? 20)
          : [];
    // A few running benefits are stopped pending a change investigation (지급 정지).
    if (status === 'ACTIVE' && row.monthlyAmountKrw !== null && f.datatype.boolean(0.03)) {
      status = 'SUSPENDED';
      payments = payments.filter((p) => p.paidOn <= addDays(REFERENCE_DATE, -45));
    }
    row.status = status;
    this.rows.entitlements.push(row);
    this.rows.entitlement_payments.push(...payments);
  }
}

const MAX_PAYMENTS = 6;

/** One payment a month, on `payday`; months decided late are paid together on the decision date (소급 지급). */
function monthlyPayments(row: EntitlementInsert, decidedOn: string, payday: number): SocialSecurityDB['entitlement_payments'][] {
  const payments: SocialSecurityDB['entitlement_payments'][] = [];
  const until = row.endedOn ?? REFERENCE_DATE;
  let year = Number(row.startedOn!.slice(0, 4));
  let month = Number(row.startedOn!.slice(5, 7));
  for (;;) {
    const forMonth = `${year}-${String(month).padStart(2, '0')}`;
    if (`${forMonth}-01` > until) break;
    const due = `${forMonth}-${String(payday).padStart(2, '0')}`;
    const paidOn = due < decidedOn ? decidedOn : due;
    if (paidOn > REFERENCE_DATE) break;
    payments.push({ entitlementId: row.id, forMonth: forMonth, paidOn: paidOn, amountKrw: row.monthlyAmountKrw! });
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return payments.slice(-MAX_PAYMENTS);
}

/** Education activity support, paid once a school year in March, at the rate of the child's school level. */
function annualEducationPayments(row: EntitlementInsert, birthDate: string): SocialSecurityDB['entitlement_payments'][] {
  const payments: SocialSecurityDB['entitlement_payments'][] = [];
  const decidedOn = row.decidedOn!;
  for (let year = Number(row.startedOn!.slice(0, 4)); year <= Number(REFERENCE_DATE.slice(0, 4)); year++) {
    const due = `${year}-03-20`;
    const paidOn = due < decidedOn ? decidedOn : due;
    if (paidOn > REFERENCE_DATE || paidOn.slice(0, 4) !== String(year)) continue;
    const grade = schoolGrade(birthDate, paidOn);
    if (grade === null) continue;
    const amount = grade <= 6 ? EDUCATION_ANNUAL_KRW.elementary : grade <= 9 ? EDUCATION_ANNUAL_KRW.middle : EDUCATION_ANNUAL_KRW.high;
    payments.push({ entitlementId: row.id, forMonth: `${year}-03`, paidOn: paidOn, amountKrw: amount });
  }
  return payments.slice(-MAX_PAYMENTS);
}
