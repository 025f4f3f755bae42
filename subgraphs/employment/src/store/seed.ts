import type { Faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import { EMPLOYERS, OCCUPATIONS } from '../../../shared/demo/occupations.js';
import { REFERENCE_DATE, type Person, type Population } from '../../../shared/demo/population.js';
import { addDays, demoFaker, fullAge } from '../../../shared/demo/random.js';
import { CENTERS } from '../../../shared/demo/regions.js';
import { insertChunked } from '../../../shared/seed.js';
import type { EmploymentDB } from './tables.js';

type Rows = { [T in keyof EmploymentDB]: EmploymentDB[T][] };

const STAGES = ['APPLIED', 'ELIGIBILITY_DECIDED', 'INITIAL_COUNSELLING', 'ACTIVITY_PLAN', 'JOB_SEEKING', 'INTENSIVE_PLACEMENT', 'EMPLOYED', 'CLOSED'] as const;
const COURSES = ['사무행정 실무', '요양보호사 양성과정', '한식조리기능사', '웹 개발자 부트캠프', '특수용접 기능사', '물류관리 실무', '전산회계 2급'];

/** The employment center knows job seekers: their registration, benefits, NESP, placements and training. */
export async function seed(db: Kysely<EmploymentDB>, population: Population): Promise<void> {
  const f = demoFaker('employment');
  const rows: Rows = {
    job_seekers: [], benefit_claims: [], nesp_participations: [], nesp_activity_plans: [],
    nesp_planned_activities: [], nesp_allowance_payments: [], placements: [], trainings: [],
  };
  for (const person of population.people.filter((p) => p.knownTo.employment)) {
    const household = population.householdById.get(person.householdId)!;
    const dependents = household.memberIds.filter((id) => {
      const member = population.byId.get(id)!;
      return id !== person.id && fullAge(member.birthDate, REFERENCE_DATE) < 18;
    }).length;
    addJobSeeker(f, rows, person, household.livelihood !== 'NONE', dependents);
  }
  for (const [table, list] of Object.entries(rows)) await insertChunked(db, table, list);
}

function addJobSeeker(f: Faker, rows: Rows, person: Person, lowIncome: boolean, dependents: number): void {
  const age = fullAge(person.birthDate, REFERENCE_DATE);
  const center = CENTERS.find((c) => c.id === person.centerId)!;
  const registeredOn = addDays(REFERENCE_DATE, -f.number.int({ min: 10, max: 700 }));
  const status = f.helpers.weightedArrayElement([
    { value: 'ACTIVE', weight: 60 }, { value: 'EMPLOYED', weight: 20 }, { value: 'EXPIRED', weight: 15 }, { value: 'WITHDRAWN', weight: 5 },
  ]);
  const desired = f.helpers.arrayElement(OCCUPATIONS);
  rows.job_seekers.push({
    id: `js-${person.id.slice(4)}`,
    participant_id: person.id,
    office: center.name.replace('고용복지플러스센터', '고용센터'),
    registered_on: registeredOn,
    valid_until: addDays(registeredOn, 365),
    status,
    desired_occupation_code: desired.code,
    desired_occupation_name: desired.name,
    desired_region_code: f.datatype.boolean(0.8) ? person.municipalityCode : f.helpers.arrayElement(center.serves),
    desired_monthly_wage_krw: f.number.int({ min: 21, max: 45 }) * 100_000,
    desired_employment_type: f.helpers.weightedArrayElement([
      { value: 'PERMANENT', weight: 6 }, { value: 'FIXED_TERM', weight: 2 }, { value: 'PART_TIME', weight: 2 }, { value: 'DAILY', weight: 1 },
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
      participant_id: person.id,
      course_name: f.helpers.arrayElement(COURSES),
      provider: `${f.helpers.arrayElement(['한국폴리텍대학', '대한상공회의소 인력개발원', '(주)미래직업전문학교'])}`,
      started_on: startedOn,
      ended_on: endedOn,
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
    participant_id: person.id,
    claimed_on: claimedOn,
    last_employer_name: f.helpers.arrayElement(EMPLOYERS).name,
    separation_date: addDays(claimedOn, -f.number.int({ min: 3, max: 60 })),
    separation_reason: f.helpers.arrayElement(['DISMISSAL', 'CONTRACT_END', 'BUSINESS_CLOSURE', 'JUSTIFIED_RESIGNATION']),
    insured_days: f.number.int({ min: 180, max: 3650 }),
    daily_benefit_krw: f.number.int({ min: 64_192, max: 66_000 }),
    benefit_days: benefitDays,
    paid_days: paidDays,
    status: paidDays === 0 ? 'FILED' : paidDays === benefitDays ? 'EXHAUSTED' : f.datatype.boolean(0.15) ? 'REEMPLOYED' : 'PAYING',
  });
}

interface NespContext { age: number; lowIncome: boolean; dependents: number; from: string }

function addNesp(f: Faker, rows: Rows, person: Person, { age, lowIncome, dependents, from }: NespContext): void {
  const id = `nesp-${person.id.slice(4)}`;
  const youth = age >= 18 && age <= 34;
  const track = lowIncome ? f.helpers.arrayElement(['TYPE_I_REQUIREMENT', 'TYPE_I_SELECTION'] as const) : youth ? 'TYPE_I_YOUTH' : 'TYPE_II';
  const appliedOn = addDays(from, f.number.int({ min: 0, max: 30 }));
  const stageIndex = Math.min(STAGES.length - 1, Math.floor(f.number.int({ min: 0, max: 700 }) / 80));
  const stage = STAGES[stageIndex]!;
  const decidedOn = stageIndex >= 1 ? addDays(appliedOn, f.number.int({ min: 20, max: 35 })) : null;
  rows.nesp_participations.push({
    id, participant_id: person.id, track, stage, applied_on: appliedOn, decided_on: decidedOn,
    counsellor_id: stageIndex >= 2 ? `stf-${person.centerId.slice(4)}-employment-${f.number.int({ min: 1, max: 2 })}` : null,
    closed_on: stage === 'CLOSED' ? addDays(appliedOn, f.number.int({ min: 200, max: 400 })) : null,
  });
  if (stageIndex < 3 || !decidedOn) return;
  const agreedOn = addDays(decidedOn, f.number.int({ min: 7, max: 30 }));
  const goal = f.helpers.arrayElement(OCCUPATIONS);
  rows.nesp_activity_plans.push({
    participation_id: id, agreed_on: agreedOn, goal_occupation_code: goal.code, goal_occupation_name: goal.name,
    summary: `${goal.name} 취업을 목표로 직업훈련과 구직활동을 병행`,
  });
  (['COUNSELLING', 'TRAINING', 'JOB_SEARCH'] as const).forEach((kind, i) => {
    const dueOn = addDays(agreedOn, 30 * (i + 1));
    rows.nesp_planned_activities.push({
      id: `${id}-a${i + 1}`, participation_id: id, kind,
      description: { COUNSELLING: '심층상담 2회', TRAINING: `${goal.name} 관련 직업훈련 수강`, JOB_SEARCH: '월 2회 이상 입사지원' }[kind],
      due_on: dueOn,
      completed_on: dueOn < REFERENCE_DATE && f.datatype.boolean(0.8) ? addDays(dueOn, -f.number.int({ min: 0, max: 10 })) : null,
    });
  });
  if (track === 'TYPE_II' || stageIndex < 4) return;
  for (let round = 1; round <= 6; round++) {
    const paidOn = addDays(agreedOn, 30 * round);
    if (paidOn > REFERENCE_DATE) break;
    rows.nesp_allowance_payments.push({
      participation_id: id, round, paid_on: paidOn,
      // 구직촉진수당: 500,000 KRW a month, 600,000 from 2026.
      amount_krw: paidOn >= '2026-01-01' ? 600_000 : 500_000,
      dependents_add_on_krw: Math.min(dependents, 4) * 100_000,
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
    participant_id: person.id,
    employer_name: employer.name,
    business_registration_number: employer.brn,
    occupation_code: occupation.code,
    occupation_name: occupation.name,
    started_on: startedOn,
    monthly_wage_krw: f.number.int({ min: 21, max: 42 }) * 100_000,
    employment_type: f.helpers.arrayElement(['PERMANENT', 'FIXED_TERM', 'PART_TIME']),
    retained_six_months: addDays(startedOn, 183) > REFERENCE_DATE ? null : f.datatype.boolean(0.75),
  });
}
