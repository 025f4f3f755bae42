import { seedJobPostings } from '../../../shared/jobs/demo.js';
import type { Faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import { EMPLOYERS, OCCUPATIONS, type Occupation } from '../../../shared/demo/occupations.js';
import { REFERENCE_DATE, type Person, type Population } from '../../../shared/demo/population.js';
import { addDays, daysBetween, demoFaker, fullAge } from '../../../shared/demo/random.js';
import { CENTERS, type Center } from '../../../shared/demo/regions.js';
import { insertTables, type SeedRows } from '../../../shared/seed.js';
import type { WomenDB } from './tables.js';

type Rows = Required<SeedRows<WomenDB>>;
type Reason = WomenDB['career_break_profiles']['careerBreakReason'];

/** 2026 minimum wage (최저임금) for a 209-hour month: 10,320 KRW × 209. */
const MINIMUM_MONTHLY_WAGE = 2_156_880;
/** 새일여성인턴: 800,000 KRW a month to the employer for up to three months, then 800,000 each on six months' retention. */
const INTERNSHIP_SUBSIDY = 800_000;
const RETENTION_INCENTIVE = 800_000;
/** Training allowance (훈련수당) per month of a course attended at 80 % or more. */
const TRAINING_ALLOWANCE = 284_000;

const COURSE_TEMPLATES = [
  { name: '사무행정 실무자 양성과정', field: 'OFFICE_ADMINISTRATION', hours: 240, occupation: '0231' },
  { name: '전산세무회계 실무자 양성과정', field: 'ACCOUNTING', hours: 280, occupation: '0261' },
  { name: '고객상담(CS) 전문가 양성과정', field: 'SERVICE', hours: 160, occupation: '0281' },
  { name: '요양보호사 양성과정', field: 'CARE_AND_HEALTH', hours: 320, occupation: '5501' },
  { name: '병원행정·간호조무 실무과정', field: 'CARE_AND_HEALTH', hours: 300, occupation: '3051' },
  { name: '방과후 돌봄교사 양성과정', field: 'EDUCATION', hours: 200, occupation: '2471' },
  { name: '웹디자인·SNS 콘텐츠 제작 과정', field: 'DIGITAL', hours: 300, occupation: '4121' },
  { name: '파이썬 데이터 분석 실무과정', field: 'DIGITAL', hours: 360, occupation: '1331' },
  { name: '한식·단체급식 조리 실무과정', field: 'SERVICE', hours: 240, occupation: '5611' },
] as const;

/** Occupations women returning to work most often aim for at a 새일센터, weighted. */
const DESIRED = OCCUPATIONS.map((o) => ({
  value: o,
  weight: ['0231', '0261', '0281', '2471', '3051', '5501', '5611', '6211'].includes(o.code) ? 6 : 1,
}));

const REASON_KO: Record<Reason, string> = {
  MARRIAGE: '결혼',
  PREGNANCY_CHILDBIRTH: '임신·출산',
  CHILDCARE: '육아',
  CHILD_EDUCATION: '자녀교육',
  FAMILY_CARE: '가족돌봄',
  NO_PRIOR_EMPLOYMENT: '취업 경험 없음',
  OTHER: '기타',
};

const officeOf = (center: Center) => center.name.replace('고용복지플러스센터', '여성새로일하기센터');

/** The 새일센터 knows career-break women: profile, counselling, training, 새일여성인턴 and placements. */
export async function seed(db: Kysely<WomenDB>, population: Population): Promise<void> {
  const f = demoFaker('women');
  const rows: Rows = {
    career_break_profiles: [],
    counselling_sessions: [],
    training_courses: courseCatalogue(f),
    training_enrollments: [],
    internships: [],
    internship_subsidy_payments: [],
    placements: [],
  };
  for (const person of population.people.filter((p) => p.knownTo.womenReemployment)) {
    addWoman(f, rows, person, householdFacts(population, person));
  }
  await insertTables(db, rows);
  await seedJobPostings(db, 'WOMEN');
}

interface HouseholdFacts {
  /** Ages of her own children under 18 living with her. */
  childAges: number[];
  youngestChildBirthDate: string | null;
  married: boolean;
  /** An elderly parent lives in the household. */
  caresForParent: boolean;
}

function householdFacts(population: Population, person: Person): HouseholdFacts {
  const household = population.householdById.get(person.householdId)!;
  const members = household.memberIds.filter((id) => id !== person.id).map((id) => population.byId.get(id)!);
  const parentOfChildren = person.relation === 'HEAD' || person.relation === 'SPOUSE';
  const children = parentOfChildren ? members.filter((m) => m.relation === 'CHILD' && fullAge(m.birthDate, REFERENCE_DATE) < 18) : [];
  const youngest = children.reduce<Person | null>((y, c) => (!y || c.birthDate > y.birthDate ? c : y), null);
  return {
    childAges: children.map((c) => fullAge(c.birthDate, REFERENCE_DATE)),
    youngestChildBirthDate: youngest?.birthDate ?? null,
    married: parentOfChildren && members.some((m) => m.relation === 'HEAD' || m.relation === 'SPOUSE'),
    caresForParent: parentOfChildren && members.some((m) => m.relation === 'PARENT'),
  };
}

/** Two to three courses a term at every center, three terms a year, from three years back to just ahead. */
function courseCatalogue(f: Faker): WomenDB['training_courses'][] {
  const courses: WomenDB['training_courses'][] = [];
  for (const center of CENTERS) {
    for (let term = 0; term < 10; term++) {
      const termStart = addDays(REFERENCE_DATE, -1100 + term * 120);
      const templates = f.helpers.arrayElements(COURSE_TEMPLATES, { min: 2, max: 3 });
      templates.forEach((template, i) => {
        const startsOn = addDays(termStart, f.number.int({ min: 0, max: 30 }));
        courses.push({
          id: `wtc-${center.id.slice(4)}-${term + 1}-${i + 1}`,
          office: officeOf(center),
          name: template.name,
          field: template.field,
          hours: template.hours,
          startsOn: startsOn,
          // Five hours a day, five days a week.
          endsOn: addDays(startsOn, Math.ceil(template.hours / 25) * 7 - 3),
          capacity: f.number.int({ min: 18, max: 25 }),
        });
      });
    }
  }
  return courses;
}

function careerBreakReason(f: Faker, facts: HouseholdFacts): Reason {
  const youngestAge = facts.childAges.length ? Math.min(...facts.childAges) : null;
  if (youngestAge !== null && youngestAge < 7) {
    return f.helpers.weightedArrayElement([
      { value: 'CHILDCARE', weight: 8 },
      { value: 'PREGNANCY_CHILDBIRTH', weight: 2 },
    ]);
  }
  if (youngestAge !== null) {
    return f.helpers.weightedArrayElement([
      { value: 'CHILDCARE', weight: 5 },
      { value: 'CHILD_EDUCATION', weight: 4 },
      { value: 'OTHER', weight: 1 },
    ]);
  }
  if (facts.caresForParent && f.datatype.boolean(0.6)) return 'FAMILY_CARE';
  if (facts.married) {
    return f.helpers.weightedArrayElement([
      { value: 'MARRIAGE', weight: 5 },
      { value: 'PREGNANCY_CHILDBIRTH', weight: 3 },
      { value: 'FAMILY_CARE', weight: 1 },
      { value: 'OTHER', weight: 1 },
    ]);
  }
  return f.helpers.weightedArrayElement([
    { value: 'OTHER', weight: 4 },
    { value: 'FAMILY_CARE', weight: 2 },
    { value: 'NO_PRIOR_EMPLOYMENT', weight: 3 },
  ]);
}

/** When she left work: around her youngest child's birth for childcare, otherwise some years before registering. */
function careerBreakSince(f: Faker, reason: Reason, facts: HouseholdFacts, birthDate: string, registeredOn: string): string | null {
  if (reason === 'NO_PRIOR_EMPLOYMENT') return null;
  const earliest = addDays(birthDate, 21 * 365);
  let since: string;
  if ((reason === 'CHILDCARE' || reason === 'PREGNANCY_CHILDBIRTH') && facts.youngestChildBirthDate) {
    since = addDays(facts.youngestChildBirthDate, -f.number.int({ min: 30, max: 240 }));
  } else if (reason === 'CHILD_EDUCATION' && facts.youngestChildBirthDate) {
    since = addDays(facts.youngestChildBirthDate, f.number.int({ min: 6, max: 9 }) * 365);
  } else {
    since = addDays(registeredOn, -f.number.int({ min: 200, max: 10 * 365 }));
  }
  if (since < earliest) since = earliest;
  return since > registeredOn ? addDays(registeredOn, -f.number.int({ min: 30, max: 120 })) : since;
}

function addWoman(f: Faker, rows: Rows, person: Person, facts: HouseholdFacts): void {
  const key = person.id.slice(4);
  const center = CENTERS.find((c) => c.id === person.centerId)!;
  // Counsellors are Work-Plus staff only where the 새일센터 sits inside the center.
  const counsellorId = center.agencies.includes('WOMEN') ? `stf-${center.id.slice(4)}-women-${f.number.int({ min: 1, max: 2 })}` : null;
  const registeredOn = addDays(REFERENCE_DATE, -f.number.int({ min: 10, max: 900 }));
  const reason = careerBreakReason(f, facts);
  const since = careerBreakSince(f, reason, facts, person.birthDate, registeredOn);
  const ageAtBreak = since ? fullAge(person.birthDate, since) : 0;
  const lastOccupation = since ? f.helpers.arrayElement(OCCUPATIONS) : null;
  const desired: Occupation = lastOccupation && f.datatype.boolean(0.5) ? lastOccupation : f.helpers.weightedArrayElement(DESIRED);
  const youngChildren = facts.childAges.some((age) => age < 13);
  const desiredArrangement = f.helpers.weightedArrayElement([
    { value: 'PERMANENT', weight: youngChildren ? 3 : 6 },
    { value: 'PERMANENT_TIME_SELECTIVE', weight: youngChildren ? 4 : 1 },
    { value: 'FIXED_TERM', weight: 1 },
    { value: 'PART_TIME', weight: youngChildren ? 3 : 1 },
  ]);
  const partTime = desiredArrangement === 'PART_TIME' || desiredArrangement === 'PERMANENT_TIME_SELECTIVE';

  const sessions: { heldOn: string; kind: WomenDB['counselling_sessions']['kind']; summary: string }[] = [
    { heldOn: registeredOn, kind: 'INTAKE', summary: `경력단절 사유(${REASON_KO[reason]}) 및 희망직종(${desired.name}) 확인, 구직등록` },
  ];
  let cursor = registeredOn;
  for (let i = f.number.int({ min: 0, max: 4 }); i > 0; i--) {
    cursor = addDays(cursor, f.number.int({ min: 7, max: 60 }));
    if (cursor > REFERENCE_DATE) break;
    const kind = f.helpers.arrayElement(['CAREER_DESIGN', 'JOB_PLACEMENT', 'GROUP_PROGRAM'] as const);
    sessions.push({
      heldOn: cursor,
      kind,
      summary: {
        CAREER_DESIGN: '직업선호도 검사 결과 해석 및 취업 목표 설정',
        JOB_PLACEMENT: `${desired.name} 구인처 ${f.number.int({ min: 1, max: 4 })}곳 알선`,
        GROUP_PROGRAM: '집단상담프로그램(취업준비 자신감 향상) 참여',
      }[kind],
    });
  }

  const training = f.datatype.boolean(0.4) ? addTraining(f, rows, person, officeOf(center), desired, registeredOn) : null;
  const internshipFrom = training?.status === 'COMPLETED' ? training.endsOn : registeredOn;
  const conversion = f.datatype.boolean(0.18) ? addInternship(f, rows, person, desired, internshipFrom) : null;

  let placement: WomenDB['placements'] | null = conversion;
  if (!placement && f.datatype.boolean(0.3)) {
    const earliest = addDays(training?.status === 'COMPLETED' ? training.endsOn : registeredOn, 14);
    const room = daysBetween(earliest, REFERENCE_DATE);
    if (room > 0) {
      const startedOn = addDays(earliest, f.number.int({ min: 0, max: Math.min(room, 300) }));
      const employer = f.helpers.arrayElement(EMPLOYERS);
      const occupation = f.datatype.boolean(0.7) ? desired : f.helpers.arrayElement(OCCUPATIONS);
      const arrangement = f.datatype.boolean(0.7) ? desiredArrangement : f.helpers.arrayElement(['PERMANENT', 'FIXED_TERM'] as const);
      placement = {
        id: `wpl-${key}`,
        participantId: person.id,
        employerName: employer.name,
        businessRegistrationNumber: employer.brn,
        occupationCode: occupation.code,
        occupationName: occupation.name,
        startedOn: startedOn,
        monthlyWageKrw:
          arrangement === 'PART_TIME' || arrangement === 'PERMANENT_TIME_SELECTIVE'
            ? f.number.int({ min: 11, max: 17 }) * 100_000
            : Math.max(MINIMUM_MONTHLY_WAGE, f.number.int({ min: 21, max: 34 }) * 100_000),
        workArrangement: arrangement,
        route:
          training?.status === 'COMPLETED' && occupation.code === desired.code
            ? 'TRAINING_LINKED'
            : f.helpers.weightedArrayElement([
                { value: 'JOB_REFERRAL', weight: 4 },
                { value: 'JOB_FAIR', weight: 1 },
              ]),
        internshipId: null,
        retainedSixMonths: addDays(startedOn, 183) > REFERENCE_DATE ? null : f.datatype.boolean(0.75),
      };
      rows.placements.push(placement);
    }
  }
  if (placement) {
    const followUp = addDays(placement.startedOn, f.number.int({ min: 20, max: 45 }));
    if (followUp <= REFERENCE_DATE) {
      sessions.push({ heldOn: followUp, kind: 'FOLLOW_UP', summary: `${placement.employerName} 취업 후 직장 적응 상담` });
    }
  }
  sessions.forEach((session, i) => {
    rows.counselling_sessions.push({
      id: `wcs-${key}-${i + 1}`,
      participantId: person.id,
      heldOn: session.heldOn,
      kind: session.kind,
      channel:
        session.kind === 'INTAKE'
          ? 'IN_PERSON'
          : f.helpers.weightedArrayElement([
              { value: 'IN_PERSON', weight: 5 },
              { value: 'PHONE', weight: 3 },
              { value: 'ONLINE', weight: 1 },
              { value: 'OUTREACH', weight: 1 },
            ]),
      counsellorId: counsellorId,
      summary: session.summary,
    });
  });

  const daysRegistered = daysBetween(registeredOn, REFERENCE_DATE);
  rows.career_break_profiles.push({
    id: `wr-${key}`,
    participantId: person.id,
    office: officeOf(center),
    registeredOn: registeredOn,
    status:
      placement && placement.retainedSixMonths !== false
        ? 'EMPLOYED'
        : f.helpers.weightedArrayElement([
            { value: 'ACTIVE', weight: 7 },
            { value: 'SUSPENDED', weight: 1 },
            // Registrations close after a year without work.
            ...(daysRegistered > 365 ? [{ value: 'CLOSED' as const, weight: 2 }] : []),
          ]),
    careerBreakReason: reason,
    careerBreakSince: since,
    priorExperienceYears: since ? f.number.int({ min: 1, max: Math.max(1, Math.min(20, ageAtBreak - 20)) }) : 0,
    lastOccupationCode: lastOccupation?.code ?? null,
    lastOccupationName: lastOccupation?.name ?? null,
    desiredOccupationCode: desired.code,
    desiredOccupationName: desired.name,
    desiredWorkArrangement: desiredArrangement,
    desiredMonthlyWageKrw: (partTime ? f.number.int({ min: 10, max: 18 }) : f.number.int({ min: 22, max: 35 })) * 100_000,
    childrenUnder18: facts.childAges.length,
    youngestChildAge: facts.childAges.length ? Math.min(...facts.childAges) : null,
  });
}

/** Enrols her on a course at her center that starts after she registered, preferably one for her desired occupation. */
function addTraining(
  f: Faker,
  rows: Rows,
  person: Person,
  office: string,
  desired: Occupation,
  registeredOn: string,
): { status: string; endsOn: string } | null {
  const open = rows.training_courses.filter((c) => c.office === office && c.startsOn >= addDays(registeredOn, 7) && c.startsOn <= REFERENCE_DATE);
  if (open.length === 0) return null;
  const matching = open.filter((c) => COURSE_TEMPLATES.find((t) => t.name === c.name)?.occupation === desired.code);
  const course = f.helpers.arrayElement(matching.length ? matching : open);
  const status = course.endsOn > REFERENCE_DATE ? 'ENROLLED' : f.datatype.boolean(0.85) ? 'COMPLETED' : 'DROPPED';
  const attendance = status === 'DROPPED' ? f.number.int({ min: 15, max: 70 }) : f.number.int({ min: 80, max: 100 });
  const attendedUntil =
    status === 'DROPPED'
      ? addDays(course.startsOn, Math.round((daysBetween(course.startsOn, course.endsOn) * attendance) / 100))
      : course.endsOn < REFERENCE_DATE
        ? course.endsOn
        : REFERENCE_DATE;
  const months = Math.floor(daysBetween(course.startsOn, attendedUntil) / 30);
  rows.training_enrollments.push({
    id: `wte-${person.id.slice(4)}-1`,
    participantId: person.id,
    courseId: course.id,
    enrolledOn: addDays(course.startsOn, -f.number.int({ min: 1, max: 6 })),
    status,
    attendanceRate: attendance,
    allowancePaidKrw: months * TRAINING_ALLOWANCE,
    certificateObtained: status === 'ENROLLED' ? null : status === 'COMPLETED' && f.datatype.boolean(0.55),
  });
  return { status, endsOn: course.endsOn };
}

/**
 * A three-month 새일여성인턴 placement with a small employer, its subsidy
 * payments, and the permanent job if she is kept on. Returns that job.
 */
function addInternship(f: Faker, rows: Rows, person: Person, desired: Occupation, after: string): WomenDB['placements'] | null {
  const key = person.id.slice(4);
  const startedOn = addDays(after, f.number.int({ min: 14, max: 240 }));
  if (startedOn >= REFERENCE_DATE) return null;
  const plannedEndOn = addDays(startedOn, 90);
  const running = plannedEndOn > REFERENCE_DATE;
  const status = f.datatype.boolean(running ? 0.9 : 0.85) ? (running ? 'ONGOING' : 'COMPLETED') : 'TERMINATED_EARLY';
  const endedOn =
    status === 'ONGOING'
      ? null
      : status === 'COMPLETED'
        ? plannedEndOn
        : addDays(startedOn, f.number.int({ min: 1, max: Math.max(1, Math.min(85, daysBetween(startedOn, REFERENCE_DATE))) }));
  const converted = status === 'ONGOING' ? null : status === 'COMPLETED' && f.datatype.boolean(0.7);
  const convertedOn = converted ? addDays(plannedEndOn, 1) : null;
  const employer = f.helpers.arrayElement(EMPLOYERS);
  const occupation = f.datatype.boolean(0.7) ? desired : f.helpers.arrayElement(OCCUPATIONS);
  const wage = Math.max(MINIMUM_MONTHLY_WAGE, f.number.int({ min: 21, max: 30 }) * 100_000);
  const id = `win-${key}`;
  rows.internships.push({
    id,
    participantId: person.id,
    employerName: employer.name,
    businessRegistrationNumber: employer.brn,
    occupationCode: occupation.code,
    occupationName: occupation.name,
    startedOn: startedOn,
    plannedEndOn: plannedEndOn,
    endedOn: endedOn,
    monthlyWageKrw: wage,
    status,
    convertedToRegular: converted,
    convertedOn: convertedOn,
  });

  // 인턴지원금: paid to the employer for each full month served, mid-following month.
  const served = daysBetween(startedOn, endedOn ?? REFERENCE_DATE);
  let round = 0;
  for (let month = 1; month <= Math.min(3, Math.floor(served / 30)); month++) {
    const paidOn = addDays(startedOn, 30 * month + 15);
    if (paidOn > REFERENCE_DATE) break;
    rows.internship_subsidy_payments.push({
      internshipId: id,
      round: ++round,
      kind: 'INTERNSHIP_SUBSIDY',
      recipient: 'EMPLOYER',
      paidOn: paidOn,
      amountKrw: INTERNSHIP_SUBSIDY,
    });
  }
  if (!convertedOn) return null;

  const retained = addDays(convertedOn, 183) > REFERENCE_DATE ? null : f.datatype.boolean(0.85);
  const placement: WomenDB['placements'] = {
    id: `wpl-${key}`,
    participantId: person.id,
    employerName: employer.name,
    businessRegistrationNumber: employer.brn,
    occupationCode: occupation.code,
    occupationName: occupation.name,
    startedOn: convertedOn,
    monthlyWageKrw: wage + f.number.int({ min: 0, max: 3 }) * 100_000,
    // Interns work full time, and are kept on full time.
    workArrangement: 'PERMANENT',
    route: 'INTERNSHIP_CONVERSION',
    internshipId: id,
    retainedSixMonths: retained,
  };
  rows.placements.push(placement);
  // 채용장려금 and 인턴취업지원금: once she has stayed six months as a permanent employee.
  const incentiveOn = addDays(convertedOn, 183 + 20);
  if (retained && incentiveOn <= REFERENCE_DATE) {
    rows.internship_subsidy_payments.push(
      { internshipId: id, round: ++round, kind: 'HIRING_INCENTIVE', recipient: 'EMPLOYER', paidOn: incentiveOn, amountKrw: RETENTION_INCENTIVE },
      { internshipId: id, round: ++round, kind: 'INTERN_INCENTIVE', recipient: 'INTERN', paidOn: incentiveOn, amountKrw: RETENTION_INCENTIVE },
    );
  }
  return placement;
}
