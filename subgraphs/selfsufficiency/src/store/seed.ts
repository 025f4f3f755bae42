import type { Faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import { REFERENCE_DATE, type Person, type Population } from '../../../shared/demo/population.js';
import { addDays, daysBetween, demoFaker, fullAge } from '../../../shared/demo/random.js';
import { CENTERS, type Center } from '../../../shared/demo/regions.js';
import { insertTables, type SeedRows } from '../../../shared/seed.js';
import type { ProgramRow, SelfSufficiencyDB } from './tables.js';

type Rows = Required<SeedRows<SelfSufficiencyDB>>;

type ProgramType = 'MARKET_ENTRY' | 'SOCIAL_SERVICE' | 'WORK_MAINTENANCE' | 'INTERN_ASSISTANT';

/** Demo daily wages (자활급여 일액) and working hours by program type; not the official rates. */
const WAGE: Record<ProgramType, { dailyWageKrw: number; dailyHours: number }> = {
  MARKET_ENTRY: { dailyWageKrw: 72_000, dailyHours: 8 },
  SOCIAL_SERVICE: { dailyWageKrw: 65_000, dailyHours: 8 },
  INTERN_ASSISTANT: { dailyWageKrw: 65_000, dailyHours: 8 },
  WORK_MAINTENANCE: { dailyWageKrw: 38_000, dailyHours: 5 },
};

/** Business units a center may run (사업단). */
const UNITS = [
  { name: '클린케어사업단', field: 'CLEANING', type: 'SOCIAL_SERVICE', job: '청소원' },
  { name: '돌봄사업단', field: 'CARE', type: 'SOCIAL_SERVICE', job: '요양보호사' },
  { name: '카페사업단', field: 'CAFE', type: 'MARKET_ENTRY', job: '바리스타' },
  { name: '집수리사업단', field: 'HOUSE_REPAIR', type: 'MARKET_ENTRY', job: '실내건축 시공원' },
  { name: '물류사업단', field: 'LOGISTICS', type: 'MARKET_ENTRY', job: '택배원' },
  { name: '자원순환사업단', field: 'RECYCLING', type: 'WORK_MAINTENANCE', job: '재활용 선별원' },
  { name: '반찬나눔사업단', field: 'FOOD', type: 'WORK_MAINTENANCE', job: '주방 보조원' },
  { name: '복지시설 도우미사업단', field: 'CARE', type: 'INTERN_ASSISTANT', job: '사회복지시설 보조원' },
] as const;

const GOAL_SUMMARY = {
  EMPLOYMENT: (job: string) => `사업단 근로로 근로습관을 다진 뒤 ${job}(으)로 취업`,
  START_UP: (job: string) => `${job} 분야 창업 준비와 창업교육 이수`,
  SELF_SUFFICIENCY_ENTERPRISE: (job: string) => `사업단 동료와 ${job} 분야 자활기업 설립·참여`,
  CAPACITY_BUILDING: () => '근로유지형 참여로 생활리듬 회복 후 단계별 상향 이동',
} as const;

/** The local self-sufficiency center knows basic-livelihood recipients and the near-poor in its work programs. */
export async function seed(db: Kysely<SelfSufficiencyDB>, population: Population): Promise<void> {
  const f = demoFaker('selfsufficiency');
  const rows: Rows = { programs: [], enrollments: [], work_months: [], plans: [], asset_accounts: [] };
  const programsByCenter = new Map(CENTERS.map((center) => [center.id, addPrograms(f, rows, center)]));
  for (const person of population.people.filter((p) => p.knownTo.selfSufficiency)) {
    const livelihood = population.householdById.get(person.householdId)!.livelihood;
    if (livelihood === 'NONE') continue; // the center only takes recipients and the near-poor
    addEnrollment(f, rows, person, livelihood, programsByCenter.get(person.centerId)!);
  }
  await insertTables(db, rows);
}

function centerName(center: Center): string {
  return center.name.replace('고용복지플러스센터', '지역자활센터');
}

function addPrograms(f: Faker, rows: Rows, center: Center): ProgramRow[] {
  const units = f.helpers.arrayElements(UNITS, { min: 4, max: 6 });
  // Every center keeps at least one work-maintenance unit for people with low work capacity.
  if (!units.some((u) => u.type === 'WORK_MAINTENANCE')) units.push(UNITS[5]);
  const programs = units.map((unit, i): ProgramRow => ({
    id: `ssp-${center.id.slice(4)}-${i + 1}`,
    centerId: center.id,
    centerName: centerName(center),
    name: `${centerName(center)} ${unit.name}`,
    businessField: unit.field,
    programType: unit.type,
    startedOn: addDays(center.openedOn, -f.number.int({ min: 200, max: 3000 })),
    capacity: f.number.int({ min: 3, max: 6 }) * 5,
    dailyWageKrw: WAGE[unit.type].dailyWageKrw,
    dailyHours: WAGE[unit.type].dailyHours,
  }));
  rows.programs.push(...programs);
  return programs;
}

function addEnrollment(f: Faker, rows: Rows, person: Person, livelihood: 'BASIC_LIVELIHOOD' | 'NEAR_POOR', programs: ProgramRow[]): void {
  const center = CENTERS.find((c) => c.id === person.centerId)!;
  const age = fullAge(person.birthDate, REFERENCE_DATE);
  const recipient = livelihood === 'BASIC_LIVELIHOOD';
  const enrolledOn = addDays(REFERENCE_DATE, -f.number.int({ min: 20, max: 900 }));
  const status =
    daysBetween(enrolledOn, REFERENCE_DATE) < 120
      ? 'ACTIVE'
      : f.helpers.weightedArrayElement([
          { value: 'ACTIVE', weight: 60 },
          { value: 'EMPLOYED', weight: 14 },
          { value: 'GRADUATED_OFF_BENEFITS', weight: 10 },
          { value: 'DROPPED_OUT', weight: 16 },
        ]);
  const endedOn = status === 'ACTIVE' ? null : addDays(enrolledOn, f.number.int({ min: 90, max: daysBetween(enrolledOn, REFERENCE_DATE) - 1 }));
  const program = f.helpers.arrayElement(programs);
  // Some moved up from another unit (e.g. work maintenance to social service) part way through.
  const previous = f.datatype.boolean(0.2) ? f.helpers.arrayElement(programs.filter((p) => p.id !== program.id)) : null;
  rows.enrollments.push({
    id: `ss-${person.id.slice(4)}`,
    participantId: person.id,
    centerId: center.id,
    centerName: centerName(center),
    recipientCategory: recipient ? (f.datatype.boolean(0.8) ? 'CONDITIONAL_RECIPIENT' : 'GENERAL_RECIPIENT') : 'NEAR_POOR',
    enrolledOn: enrolledOn,
    status,
    endedOn: endedOn,
    caseManagerId: center.agencies.includes('SELF_SUFFICIENCY') ? `stf-${center.id.slice(4)}-selfsufficiency-${f.number.int({ min: 1, max: 2 })}` : null,
    programId: program.id,
  });
  addWorkMonths(f, rows, person, { enrolledOn, endedOn, program, previous, recipient });
  addPlan(f, rows, person, { enrolledOn, endedOn, program, age });
  addAssetAccount(f, rows, person, { enrolledOn, endedOn, status, recipient, age });
}

interface WorkSpan {
  enrolledOn: string;
  endedOn: string | null;
  program: ProgramRow;
  previous: ProgramRow | null;
  recipient: boolean;
}

function addWorkMonths(f: Faker, rows: Rows, person: Person, { enrolledOn, endedOn, program, previous, recipient }: WorkSpan): void {
  // The reference month has only begun, so records run to the month before it (or the month participation ended).
  const last = endedOn ? endedOn.slice(0, 7) : previousMonth(REFERENCE_DATE.slice(0, 7));
  const months: string[] = [];
  for (let m = enrolledOn.slice(0, 7); m <= last; m = nextMonth(m)) months.push(m);
  const switchAt = previous ? Math.floor(months.length / 2) : 0;
  months.forEach((month, i) => {
    if (i < months.length - 24) return;
    const worked = i < switchAt ? previous! : program;
    const length = daysInMonth(month);
    let share = 1;
    if (month === enrolledOn.slice(0, 7)) share = (length - Number(enrolledOn.slice(8)) + 1) / length;
    if (endedOn && month === endedOn.slice(0, 7)) share = Math.min(share, Number(endedOn.slice(8)) / length);
    const days = Math.round(f.number.int({ min: 16, max: 22 }) * share);
    if (days === 0) return;
    const wage = days * worked.dailyWageKrw;
    rows.work_months.push({
      participantId: person.id,
      month,
      programId: worked.id,
      daysWorked: days,
      hoursWorked: days * worked.dailyHours,
      wageKrw: wage,
      // Demo rule: recipients get 30% of the wage back as 자활장려금 (it is disregarded from benefit income).
      incentiveKrw: recipient && worked.programType !== 'WORK_MAINTENANCE' ? Math.round((wage * 0.3) / 1000) * 1000 : 0,
    });
  });
}

interface PlanContext {
  enrolledOn: string;
  endedOn: string | null;
  program: ProgramRow;
  age: number;
}

/** The plan is drawn up during the gateway phase (게이트웨이), within a month of enrolling. */
function addPlan(f: Faker, rows: Rows, person: Person, { enrolledOn, endedOn, program, age }: PlanContext): void {
  const drawnUpOn = addDays(enrolledOn, f.number.int({ min: 7, max: 30 }));
  if (drawnUpOn >= REFERENCE_DATE) return;
  const unit = UNITS.find((u) => program.name.endsWith(u.name))!;
  const goal =
    program.programType === 'WORK_MAINTENANCE'
      ? 'CAPACITY_BUILDING'
      : f.helpers.weightedArrayElement([
          { value: 'EMPLOYMENT', weight: age < 50 ? 6 : 4 },
          { value: 'START_UP', weight: 1 },
          { value: 'SELF_SUFFICIENCY_ENTERPRISE', weight: program.programType === 'MARKET_ENTRY' ? 3 : 1 },
        ] as const);
  const reviewedOn = addDays(drawnUpOn, 30 * f.number.int({ min: 1, max: 6 }));
  rows.plans.push({
    participantId: person.id,
    drawnUpOn: drawnUpOn,
    goal,
    targetJob: unit.job,
    summary: GOAL_SUMMARY[goal](unit.job),
    targetExitOn: addDays(drawnUpOn, f.helpers.arrayElement([365, 548, 730])),
    lastReviewedOn: reviewedOn < (endedOn ?? REFERENCE_DATE) ? reviewedOn : null,
  });
}

interface AccountContext {
  enrolledOn: string;
  endedOn: string | null;
  status: string;
  recipient: boolean;
  age: number;
}

function addAssetAccount(f: Faker, rows: Rows, person: Person, { enrolledOn, endedOn, status, recipient, age }: AccountContext): void {
  const youth = age >= 19 && age <= 34;
  if (!f.datatype.boolean(youth ? 0.7 : 0.45)) return;
  const accountType = youth && f.datatype.boolean(0.7) ? 'YOUTH_TOMORROW' : recipient ? 'HOPE_SAVINGS_I' : 'HOPE_SAVINGS_II';
  // Accounts opened up to a year before enrollment, or while taking part.
  const openedOn = addDays(enrolledOn, f.number.int({ min: -365, max: Math.min(180, daysBetween(enrolledOn, endedOn ?? REFERENCE_DATE) - 1) }));
  const maturesOn = addDays(openedOn, 3 * 365);
  const monthlyDeposit = accountType === 'YOUTH_TOMORROW' ? f.helpers.arrayElement([100_000, 100_000, 200_000, 300_000]) : 100_000;
  // Hope Savings I: work-income incentive (근로소득장려금), demo average; II and youth (수급·차상위): fixed match.
  const monthlyMatch = accountType === 'HOPE_SAVINGS_I' ? f.number.int({ min: 20, max: 40 }) * 10_000 : accountType === 'YOUTH_TOMORROW' ? 300_000 : 100_000;
  const cancelled = status === 'DROPPED_OUT' && f.datatype.boolean(0.6);
  const until = cancelled ? endedOn! : maturesOn < REFERENCE_DATE ? maturesOn : REFERENCE_DATE;
  const monthsDeposited = Math.min(36, Math.max(0, Math.floor(daysBetween(openedOn, until) / 30.4)));
  const accountStatus = cancelled ? 'CANCELLED' : maturesOn <= REFERENCE_DATE ? 'MATURED' : 'SAVING';
  rows.asset_accounts.push({
    id: `aba-${person.id.slice(4)}`,
    participantId: person.id,
    accountType: accountType,
    openedOn: openedOn,
    maturesOn: maturesOn,
    monthlyDepositKrw: monthlyDeposit,
    monthlyMatchKrw: monthlyMatch,
    monthsDeposited: monthsDeposited,
    // On early cancellation the matched contributions are forfeited; only the holder's own savings remain.
    balanceKrw: monthsDeposited * (cancelled ? monthlyDeposit : monthlyDeposit + monthlyMatch),
    status: accountStatus,
  });
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
