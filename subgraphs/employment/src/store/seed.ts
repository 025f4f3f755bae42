import { seedJobPostings } from '../../../shared/jobs/demo.js';
import type { Faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import { EMPLOYERS, OCCUPATIONS } from '../../../shared/demo/occupations.js';
import { REFERENCE_DATE, type Person, type Population } from '../../../shared/demo/population.js';
import { addDays, demoFaker, fullAge } from '../../../shared/demo/random.js';
import { CENTERS } from '../../../shared/demo/regions.js';
import { insertTables, type SeedRows } from '../../../shared/seed.js';
import type { EmploymentDB } from './tables.js';

type Rows = Required<SeedRows<EmploymentDB>>;

const STAGES = ['APPLIED', 'ELIGIBILITY_DECIDED', 'INITIAL_COUNSELLING', 'ACTIVITY_PLAN', 'JOB_SEEKING', 'INTENSIVE_PLACEMENT', 'EMPLOYED', 'CLOSED'] as const;
const COURSES = ['사무행정 실무', '요양보호사 양성과정', '한식조리기능사', '웹 개발자 부트캠프', '특수용접 기능사', '물류관리 실무', '전산회계 2급'];

/** The employment center knows job seekers: their registration, benefits, NESP, placements and training. */
export async function seed(db: Kysely<EmploymentDB>, population: Population): Promise<void> {
  const f = demoFaker('employment');
  const rows: Rows = {
    job_seekers: [],
    benefit_claims: [],
    nesp_participations: [],
    nesp_activity_plans: [],
    nesp_planned_activities: [],
    nesp_allowance_payments: [],
    placements: [],
    trainings: [],
  };
  for (const person of population.people.filter((p) => p.knownTo.employment)) {
    const household = population.householdById.get(person.householdId)!;
    const dependents = household.memberIds.filter((id) => {
      const member = population.byId.get(id)!;
      return id !== person.id && fullAge(member.birthDate, REFERENCE_DATE) < 18;
    }).length;
    addJobSeeker(f, rows, person, household.livelihood !== 'NONE', dependents);
  }
  await insertTables(db, rows);
  await seedJobPostings(db, 'EMPLOYMENT');
}

function addJobSeeker(f: Faker, rows: Rows, person: Person, lowIncome: boolean, dependents: number): void {
  const age = fullAge(person.birthDate, REFERENCE_DATE);
  const center = CENTERS.find((c) => c.id === person.centerId)!;
  const status = f.helpers.weightedArrayElement([
    { value: 'ACTIVE', weight: 60 },
    { value: 'EMPLOYED', weight: 20 },
    { value: 'EXPIRED', weight: 15 },
    { value: 'WITHDRAWN', weight: 5 },
  ] as const);
  // A registration is valid for a year: active ones are recent, expired ones are not.
  const daysAgo = status === 'ACTIVE' ? { min: 10, max: 360 } : status === 'EXPIRED' ? { min: 370, max: 700 } : { min: 30, max: 700 };
  const registeredOn = addDays(REFERENCE_DATE, -f.number.int(daysAgo));
  const desired = f.helpers.arrayElement(OCCUPATIONS);
  rows.job_seekers.push({
    id: `js-${person.id.slice(4)}`,
    participantId: person.id,
    office: center.name.replace('고용복지플러스센터', '고용센터'),
    registeredOn: registeredOn,
    validUntil: addDays(registeredOn, 365),
    status,
    desiredOccupationCode: desired.code,
    desiredOccupationName: desired.name,
    desiredRegionCode: f.datatype.boolean(0.8) ? person.municipalityCode : f.helpers.arrayElement(center.serves),
    desiredMonthlyWageKrw: f.number.int({ min: 21, max: 45 }) * 100_000,
    desiredEmploymentType: f.helpers.weightedArrayElement([
      { value: 'PERMANENT', weight: 6 },
      { value: 'FIXED_TERM', weight: 2 },
      { value: 'PART_TIME', weight: 2 },
      { value: 'DAILY', weight: 1 },
    ]),
    education: age < 22 ? 'HIGH_SCHOOL' : f.helpers.arrayElement(['MIDDLE_SCHOOL_OR_LESS', 'HIGH_SCHOOL', 'COLLEGE', 'UNIVERSITY', 'GRADUATE']),
  });
  if (f.datatype.boolean(0.35)) addBenefitClaim(f, rows, person, registeredOn);
  if (f.datatype.boolean(lowIncome ? 0.6 : age >= 18 && age <= 34 ? 0.3 : 0.12)) {
    addNesp(f, rows, person, { age, lowIncome, dependents, from: registeredOn });
  }
  if (status === 'EMPLOYED' || f.datatype.boolean(0.1)) addPlacement(f, rows, person, registeredOn);
  if (f.datatype.boolean(0.25)) {
    const startedOn = addDays(registeredOn, f.number.int({ min: 0, max: 200 }));
    const endedOn = addDays(startedOn, f.number.int({ min: 30, max: 150 }));
    rows.trainings.push({
      id: `tr-${person.id.slice(4)}`,
      participantId: person.id,
      courseName: f.helpers.arrayElement(COURSES),
      provider: `${f.helpers.arrayElement(['한국폴리텍대학', '대한상공회의소 인력개발원', '(주)미래직업전문학교'])}`,
      startedOn: startedOn,
      endedOn: endedOn,
      status: endedOn > REFERENCE_DATE ? 'ENROLLED' : f.datatype.boolean(0.85) ? 'COMPLETED' : 'DROPPED',
    });
  }
}

function addBenefitClaim(f: Faker, rows: Rows, person: Person, registeredOn: string): void {
  const claimedOn = addDays(registeredOn, f.number.int({ min: 0, max: 14 }));
  const benefitDays = f.helpers.arrayElement([120, 150, 180, 210, 240, 270]);
  const elapsed = Math.max(0, Math.round((Date.parse(REFERENCE_DATE) - Date.parse(claimedOn)) / 86_400_000) - 14);
  const paidDays = Math.min(benefitDays, elapsed);
  rows.benefit_claims.push({
    id: `bc-${person.id.slice(4)}`,
    participantId: person.id,
    claimedOn: claimedOn,
    lastEmployerName: f.helpers.arrayElement(EMPLOYERS).name,
    separationDate: addDays(claimedOn, -f.number.int({ min: 3, max: 60 })),
    separationReason: f.helpers.arrayElement(['DISMISSAL', 'CONTRACT_END', 'BUSINESS_CLOSURE', 'JUSTIFIED_RESIGNATION']),
    insuredDays: f.number.int({ min: 180, max: 3650 }),
    dailyBenefitKrw: f.number.int({ min: 64_192, max: 66_000 }),
    benefitDays: benefitDays,
    paidDays: paidDays,
    status: paidDays === 0 ? 'FILED' : paidDays === benefitDays ? 'EXHAUSTED' : f.datatype.boolean(0.15) ? 'REEMPLOYED' : 'PAYING',
  });
}

interface NespContext {
  age: number;
  lowIncome: boolean;
  dependents: number;
  from: string;
}

function addNesp(f: Faker, rows: Rows, person: Person, { age, lowIncome, dependents, from }: NespContext): void {
  const id = `nesp-${person.id.slice(4)}`;
  const youth = age >= 18 && age <= 34;
  const track = lowIncome ? f.helpers.arrayElement(['TYPE_I_REQUIREMENT', 'TYPE_I_SELECTION'] as const) : youth ? 'TYPE_I_YOUTH' : 'TYPE_II';
  const appliedOn = addDays(from, f.number.int({ min: 0, max: 30 }));
  const stageIndex = Math.min(STAGES.length - 1, Math.floor(f.number.int({ min: 0, max: 700 }) / 80));
  const stage = STAGES[stageIndex]!;
  const decidedOn = stageIndex >= 1 ? addDays(appliedOn, f.number.int({ min: 20, max: 35 })) : null;
  rows.nesp_participations.push({
    id,
    participantId: person.id,
    track,
    stage,
    appliedOn: appliedOn,
    decidedOn: decidedOn,
    counsellorId: stageIndex >= 2 ? `stf-${person.centerId.slice(4)}-employment-${f.number.int({ min: 1, max: 2 })}` : null,
    closedOn: stage === 'CLOSED' ? addDays(appliedOn, f.number.int({ min: 200, max: 400 })) : null,
  });
  if (stageIndex < 3 || !decidedOn) return;
  const agreedOn = addDays(decidedOn, f.number.int({ min: 7, max: 30 }));
  const goal = f.helpers.arrayElement(OCCUPATIONS);
  rows.nesp_activity_plans.push({
    participationId: id,
    agreedOn: agreedOn,
    goalOccupationCode: goal.code,
    goalOccupationName: goal.name,
    summary: `${goal.name} 취업을 목표로 직업훈련과 구직활동을 병행`,
  });
  (['COUNSELLING', 'TRAINING', 'JOB_SEARCH'] as const).forEach((kind, i) => {
    const dueOn = addDays(agreedOn, 30 * (i + 1));
    rows.nesp_planned_activities.push({
      id: `${id}-a${i + 1}`,
      participationId: id,
      kind,
      description: { COUNSELLING: '심층상담 2회', TRAINING: `${goal.name} 관련 직업훈련 수강`, JOB_SEARCH: '월 2회 이상 입사지원' }[kind],
      dueOn: dueOn,
      completedOn: dueOn < REFERENCE_DATE && f.datatype.boolean(0.8) ? addDays(dueOn, -f.number.int({ min: 0, max: 10 })) : null,
    });
  });
  if (track === 'TYPE_II' || stageIndex < 4) return;
  for (let round = 1; round <= 6; round++) {
    const paidOn = addDays(agreedOn, 30 * round);
    if (paidOn > REFERENCE_DATE) break;
    rows.nesp_allowance_payments.push({
      participationId: id,
      round,
      paidOn: paidOn,
      // 구직촉진수당: 500,000 KRW a month, 600,000 from 2026.
      amountKrw: paidOn >= '2026-01-01' ? 600_000 : 500_000,
      dependentsAddOnKrw: Math.min(dependents, 4) * 100_000,
    });
  }
}

function addPlacement(f: Faker, rows: Rows, person: Person, after: string): void {
  const employer = f.helpers.arrayElement(EMPLOYERS);
  const occupation = f.helpers.arrayElement(OCCUPATIONS);
  const startedOn = addDays(after, f.number.int({ min: 20, max: 300 }));
  if (startedOn > REFERENCE_DATE) return;
  rows.placements.push({
    id: `pl-${person.id.slice(4)}`,
    participantId: person.id,
    employerName: employer.name,
    businessRegistrationNumber: employer.brn,
    occupationCode: occupation.code,
    occupationName: occupation.name,
    startedOn: startedOn,
    monthlyWageKrw: f.number.int({ min: 21, max: 42 }) * 100_000,
    employmentType: f.helpers.arrayElement(['PERMANENT', 'FIXED_TERM', 'PART_TIME']),
    retainedSixMonths: addDays(startedOn, 183) > REFERENCE_DATE ? null : f.datatype.boolean(0.75),
  });
}
