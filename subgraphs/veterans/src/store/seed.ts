import { seedJobPostings } from '../../../shared/jobs/demo.js';
import type { Faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import { EMPLOYERS, OCCUPATIONS } from '../../../shared/demo/occupations.js';
import { REFERENCE_DATE, type Person, type Population } from '../../../shared/demo/population.js';
import { addDays, demoFaker, fullAge } from '../../../shared/demo/random.js';
import { CENTERS, type Center } from '../../../shared/demo/regions.js';
import { insertTables, type SeedRows } from '../../../shared/seed.js';
import type {
  MilitaryCorps,
  MilitaryDischargeType,
  MilitaryRank,
  VeteranPaymentKind,
  VeteranRegistrationStatus,
  VeteranSupportKind,
} from '../../__generated__/resolvers-types.js';
import type { VeteransDB } from './tables.js';

type Rows = Required<SeedRows<VeteransDB>>;
type Service = VeteransDB['military_services'];
type Placement = VeteransDB['placements'];

/** Months of service from which a military pension (군인연금) is paid: 19 years 6 months. */
const PENSION_MONTHS = 234;
/** 전직지원금 per month: 500,000 KRW for mid-term, 700,000 KRW for long-term veterans, for up to six months. */
const ALLOWANCE_MONTHLY = { MID_TERM: 500_000, LONG_TERM: 700_000 } as const;

/**
 * Centers without a veterans desk send their residents to a nearby one; the
 * veterans support center shares the building of that 고용복지플러스센터.
 */
const VETERANS_DESK_FOR: Record<string, string> = {
  'ctr-busan-buk': 'ctr-changwon',
  'ctr-chuncheon': 'ctr-seoul-west',
  'ctr-wonju': 'ctr-seoul-west',
};

const SPECIALTIES = {
  ARMY: ['보병', '포병', '기갑', '공병', '정보통신', '병참', '수송', '항공', '군사경찰', '정비'],
  NAVY: ['항해', '갑판', '기관', '전탐', '병기', '해난구조'],
  AIR_FORCE: ['항공기정비', '조종', '항공통제', '무장', '기상', '방공포병'],
  MARINE_CORPS: ['보병', '포병', '상륙장갑', '공병', '수색'],
} as const;

const SESSION_NOTES = {
  INITIAL_ASSESSMENT: '복무 경력과 보유 자격을 확인하고 직업선호도 검사를 실시함',
  CAREER_DESIGN: '군 경력을 살릴 수 있는 전직 분야를 검토하고 목표 직종을 정함',
  JOB_SEARCH: '이력서와 자기소개서를 첨삭하고 모의면접을 진행함',
  STARTUP: '창업 아이템과 자금 조달 방안을 상담하고 창업교육을 안내함',
  EDUCATION_TRAINING: '목표 직종 관련 자격증 취득 과정과 교육비 지원을 안내함',
  FOLLOW_UP: '취업처 적응 상황을 확인하고 고충을 상담함',
} as const;

/** The veterans support center knows discharged mid- and long-term service members who registered with it. */
export async function seed(db: Kysely<VeteransDB>, population: Population): Promise<void> {
  const f = demoFaker('veterans');
  const rows: Rows = {
    military_services: [],
    registrations: [],
    counselling_sessions: [],
    placements: [],
    support_measures: [],
    support_payments: [],
  };
  for (const person of population.people.filter((p) => p.knownTo.veterans)) addVeteran(f, rows, person);
  // Parents before children, for the foreign keys.
  await insertTables(db, rows);
  await seedJobPostings(db, 'VETERANS');
}

function addVeteran(f: Faker, rows: Rows, person: Person): void {
  const service = makeService(f, person);
  rows.military_services.push(service);
  const pid = person.id.slice(4);
  const center = veteransCenter(person.centerId);
  const counsellorId = `stf-${center.id.slice(4)}-veterans-${f.number.int({ min: 1, max: 2 })}`;
  const registeredOn = clampDate(
    addDays(service.dischargedOn, f.number.int({ min: -300, max: 200 })),
    addDays(service.serviceStartedOn, 1),
    addDays(REFERENCE_DATE, -1),
  );
  const officer = service.rankAtDischarge.includes('LIEUTENANT') || ['CAPTAIN', 'MAJOR', 'COLONEL'].includes(service.rankAtDischarge);
  const desired = f.helpers.arrayElement(OCCUPATIONS);
  let latest = registeredOn;
  const touch = (date: string | null) => {
    if (date && date > latest) latest = date;
  };

  const placement = f.datatype.boolean(0.5) ? makePlacement(f, person, service, registeredOn, officer) : null;
  if (placement) rows.placements.push(placement);
  touch(placement?.startedOn ?? null);
  const startedBusiness = !placement && f.datatype.boolean(0.06);

  // Career counselling: an intake, a few sessions while looking for work, a follow-up once placed.
  const until = placement ? placement.startedOn : REFERENCE_DATE;
  let heldOn = registeredOn;
  const sessions = f.number.int({ min: 1, max: 6 });
  for (let n = 1; n <= sessions && heldOn <= until; n++) {
    const topic =
      n === 1
        ? 'INITIAL_ASSESSMENT'
        : startedBusiness && n === 2
          ? 'STARTUP'
          : f.helpers.weightedArrayElement([
              { value: 'CAREER_DESIGN' as const, weight: 3 },
              { value: 'JOB_SEARCH' as const, weight: 4 },
              { value: 'EDUCATION_TRAINING' as const, weight: 2 },
              { value: 'STARTUP' as const, weight: 1 },
            ]);
    rows.counselling_sessions.push(session(f, person, `vcs-${pid}-${n}`, heldOn, topic, counsellorId));
    touch(heldOn);
    heldOn = addDays(heldOn, f.number.int({ min: 14, max: 75 }));
  }
  if (placement) {
    const followUp = addDays(placement.startedOn, f.number.int({ min: 30, max: 90 }));
    if (followUp <= REFERENCE_DATE && f.datatype.boolean(0.7)) {
      rows.counselling_sessions.push(session(f, person, `vcs-${pid}-fu`, followUp, 'FOLLOW_UP', counsellorId));
      touch(followUp);
    }
  }

  for (const date of addSupportMeasures(f, rows, person, service, registeredOn, placement)) touch(date);

  let status: VeteranRegistrationStatus = placement ? 'EMPLOYED' : startedBusiness ? 'STARTED_BUSINESS' : 'ACTIVE';
  let closedOn: string | null = null;
  if (status === 'ACTIVE' && registeredOn < addDays(REFERENCE_DATE, -730) && f.datatype.boolean(0.5)) {
    const candidate = addDays(latest, f.number.int({ min: 60, max: 180 }));
    if (candidate <= REFERENCE_DATE) [status, closedOn] = ['CLOSED', candidate];
  }
  rows.registrations.push({
    id: `vr-${pid}`,
    participantId: person.id,
    office: center.name.replace('고용복지플러스센터', '제대군인지원센터'),
    registeredOn: registeredOn,
    status,
    counsellorId: counsellorId,
    desiredOccupationCode: desired.code,
    desiredOccupationName: desired.name,
    desiredRegionCode: f.datatype.boolean(0.8) ? person.municipalityCode : f.helpers.arrayElement(center.serves),
    desiredMonthlyWageKrw: f.number.int(officer ? { min: 30, max: 55 } : { min: 25, max: 42 }) * 100_000,
    closedOn: closedOn,
  });
}

/** 5 to 30 years of career service, starting at 18 or later and ending (at 57 at the latest) before the reference date. */
function makeService(f: Faker, person: Person): Service {
  const eighteen = addMonths(person.birthDate, 18 * 12);
  // Born on 29 February: 만 18 is reached on 1 March in common years.
  const adult = fullAge(person.birthDate, eighteen) < 18 ? addDays(eighteen, 1) : eighteen;
  // One month of slack keeps the start on or after `adult` whatever the month lengths.
  const earliestDischarge = addMonths(adult, 61);
  const latestDischarge = minDate(addDays(REFERENCE_DATE, -20), addMonths(person.birthDate, 57 * 12));
  const recentness = f.helpers.weightedArrayElement([
    { value: [0, 730], weight: 6 },
    { value: [730, 2190], weight: 3 },
    { value: [2190, 4380], weight: 1 },
  ]);
  const discharged = maxDate(earliestDischarge, addDays(latestDischarge, -f.number.int({ min: recentness[0]!, max: recentness[1]! })));
  const dischargeAge = fullAge(person.birthDate, discharged);
  const maxMonths = Math.min(360, monthsBetween(adult, discharged) - 1);
  const longTerm = maxMonths >= 120 && f.datatype.boolean(dischargeAge >= 40 ? 0.8 : 0.45);
  const months = !longTerm
    ? f.number.int({ min: 60, max: Math.min(119, maxMonths) })
    : dischargeAge >= 50
      ? f.number.int({ min: Math.max(120, maxMonths - 60), max: maxMonths })
      : f.number.int({ min: 120, max: maxMonths });
  const started = addMonths(discharged, -months);
  if (fullAge(person.birthDate, started) < 18) throw new Error(`service of ${person.id} would start before 18`);

  const branch = f.helpers.weightedArrayElement([
    { value: 'ARMY' as const, weight: 65 },
    { value: 'NAVY' as const, weight: 12 },
    { value: 'AIR_FORCE' as const, weight: 15 },
    { value: 'MARINE_CORPS' as const, weight: 8 },
  ]);
  const corps = months >= 180 && f.datatype.boolean(0.1) ? 'WARRANT_OFFICER' : f.datatype.boolean(0.3) ? 'OFFICER' : 'NCO';
  return {
    participantId: person.id,
    branch,
    rankAtDischarge: rankFor(f, corps, months),
    specialty: f.helpers.arrayElement(SPECIALTIES[branch]),
    serviceStartedOn: started,
    dischargedOn: discharged,
    serviceMonths: months,
    category: longTerm ? 'LONG_TERM' : 'MID_TERM',
    dischargeType: dischargeTypeFor(f, months, longTerm, dischargeAge),
  };
}

function rankFor(f: Faker, corps: MilitaryCorps, months: number): MilitaryRank {
  const pick = (a: MilitaryRank, b: MilitaryRank, bWeight: number) => (f.datatype.boolean(bWeight) ? b : a);
  if (corps === 'WARRANT_OFFICER') return 'WARRANT_OFFICER';
  if (corps === 'NCO') {
    if (months < 84) return pick('SERGEANT_FIRST_CLASS', 'STAFF_SERGEANT', 0.3);
    if (months < 120) return 'SERGEANT_FIRST_CLASS';
    if (months < 180) return pick('SERGEANT_FIRST_CLASS', 'MASTER_SERGEANT', 0.6);
    if (months < 300) return pick('MASTER_SERGEANT', 'SERGEANT_MAJOR', 0.4);
    return 'SERGEANT_MAJOR';
  }
  if (months < 84) return pick('CAPTAIN', 'FIRST_LIEUTENANT', 0.15);
  if (months < 132) return 'CAPTAIN';
  if (months < 216) return pick('CAPTAIN', 'MAJOR', 0.7);
  if (months < 300) return pick('MAJOR', 'LIEUTENANT_COLONEL', 0.5);
  return pick('LIEUTENANT_COLONEL', 'COLONEL', 0.3);
}

function dischargeTypeFor(f: Faker, months: number, longTerm: boolean, dischargeAge: number): MilitaryDischargeType {
  const weighted = (w: Partial<Record<MilitaryDischargeType, number>>) =>
    f.helpers.weightedArrayElement((Object.entries(w) as [MilitaryDischargeType, number][]).map(([value, weight]) => ({ value, weight })));
  if (months >= 240) return weighted({ HONOURABLE: 45, RETIREMENT_AGE: 45, VOLUNTARY: 7, MEDICAL: 3 });
  if (longTerm && dischargeAge >= 43) return weighted({ RETIREMENT_AGE: 50, VOLUNTARY: 40, MEDICAL: 5, EXPIRATION_OF_TERM: 5 });
  if (longTerm) return weighted({ VOLUNTARY: 55, EXPIRATION_OF_TERM: 35, MEDICAL: 10 });
  return weighted({ EXPIRATION_OF_TERM: 80, VOLUNTARY: 12, MEDICAL: 8 });
}

function makePlacement(f: Faker, person: Person, service: Service, registeredOn: string, officer: boolean): Placement | null {
  const startedOn = addDays(maxDate(service.dischargedOn, registeredOn), f.number.int({ min: 14, max: 400 }));
  if (startedOn > REFERENCE_DATE) return null;
  const employer = f.helpers.arrayElement(EMPLOYERS);
  const occupation = f.helpers.arrayElement(OCCUPATIONS);
  const route = f.helpers.weightedArrayElement([
    { value: 'CENTER_REFERRAL', weight: 5 },
    { value: 'JOB_FAIR', weight: 2 },
    { value: 'PARTNER_EMPLOYER', weight: 2 },
    { value: 'PUBLIC_SECTOR', weight: 1 },
  ]);
  return {
    id: `vpl-${person.id.slice(4)}`,
    participantId: person.id,
    employerName: employer.name,
    businessRegistrationNumber: employer.brn,
    occupationCode: occupation.code,
    occupationName: occupation.name,
    startedOn: startedOn,
    monthlyWageKrw: f.number.int(officer ? { min: 28, max: 52 } : { min: 24, max: 40 }) * 100_000,
    employmentForm:
      route === 'PUBLIC_SECTOR'
        ? f.helpers.arrayElement(['PERMANENT', 'FIXED_TERM'])
        : f.helpers.weightedArrayElement([
            { value: 'PERMANENT', weight: 6 },
            { value: 'FIXED_TERM', weight: 3 },
            { value: 'PART_TIME', weight: 1 },
          ]),
    route,
    retainedSixMonths: addDays(startedOn, 183) > REFERENCE_DATE ? null : f.datatype.boolean(0.8),
  };
}

function session(
  f: Faker,
  person: Person,
  id: string,
  heldOn: string,
  topic: keyof typeof SESSION_NOTES,
  counsellorId: string,
): VeteransDB['counselling_sessions'] {
  return {
    id,
    participantId: person.id,
    heldOn: heldOn,
    topic,
    channel:
      topic === 'INITIAL_ASSESSMENT'
        ? 'IN_PERSON'
        : f.helpers.weightedArrayElement([
            { value: 'IN_PERSON', weight: 55 },
            { value: 'PHONE', weight: 30 },
            { value: 'ONLINE', weight: 15 },
          ]),
    counsellorId: counsellorId,
    durationMinutes: f.number.int({ min: 3, max: 9 }) * 10,
    notes: SESSION_NOTES[topic],
  };
}

/** Adds the person's support measures and payments; returns every date written, so the case closes after them. */
function addSupportMeasures(f: Faker, rows: Rows, person: Person, service: Service, registeredOn: string, placement: Placement | null): string[] {
  const pid = person.id.slice(4);
  const longTerm = service.category === 'LONG_TERM';
  const dates: string[] = [];
  const measure = (kind: VeteranSupportKind, code: string, appliedOn: string, reviewDays: [number, number], rejectRate: number) => {
    if (appliedOn > REFERENCE_DATE) return null;
    const decidedOn = addDays(appliedOn, f.number.int({ min: reviewDays[0], max: reviewDays[1] }));
    const row: VeteransDB['support_measures'] = {
      id: `vsm-${pid}-${code}`,
      participantId: person.id,
      kind,
      status: 'APPLIED',
      appliedOn: appliedOn,
      decidedOn: null,
      startsOn: null,
      endsOn: null,
      approvedAmountKrw: null,
    };
    rows.support_measures.push(row);
    dates.push(appliedOn);
    if (decidedOn > REFERENCE_DATE) return null;
    row.decidedOn = decidedOn;
    dates.push(decidedOn);
    row.status = f.datatype.boolean(rejectRate) ? 'REJECTED' : 'ACTIVE';
    return row.status === 'ACTIVE' ? row : null;
  };
  const pay = (measureId: string, round: number, paidOn: string, amount: number, kind: VeteranPaymentKind) => {
    if (paidOn > REFERENCE_DATE) return false;
    rows.support_payments.push({ measureId: measureId, round, paidOn: paidOn, amountKrw: amount, kind });
    dates.push(paidOn);
    return true;
  };

  // 전직지원금: no military pension, applied within six months of discharge, while out of work.
  const allowanceFrom = maxDate(service.dischargedOn, registeredOn);
  const allowanceDeadline = addMonths(service.dischargedOn, 6);
  if (service.serviceMonths < PENSION_MONTHS && allowanceFrom <= allowanceDeadline && f.datatype.boolean(0.55)) {
    const appliedOn = minDate(allowanceDeadline, addDays(allowanceFrom, f.number.int({ min: 0, max: 60 })));
    const approved = measure('JOB_SEARCH_ALLOWANCE', 'jsa', appliedOn, [7, 21], 0.05);
    // Found work before the decision: no longer unemployed, so not eligible.
    if (approved && placement && placement.startedOn <= approved.decidedOn!) approved.status = 'REJECTED';
    else if (approved) {
      const monthly = ALLOWANCE_MONTHLY[service.category];
      const startsOn = approved.decidedOn!;
      approved.startsOn = startsOn;
      approved.endsOn = addDays(addMonths(startsOn, 6), -1);
      approved.approvedAmountKrw = 6 * monthly;
      let round = 1;
      for (; round <= 6; round++) {
        const paidOn = addMonths(startsOn, round);
        if (placement && placement.startedOn < paidOn) break;
        if (!pay(approved.id, round, paidOn, monthly, 'MONTHLY')) break;
      }
      if (placement && placement.startedOn > startsOn && placement.startedOn <= approved.endsOn) {
        // Found work while receiving the allowance: half of what the remaining months would have paid.
        approved.status = 'ENDED_ON_EMPLOYMENT';
        approved.endsOn = addDays(placement.startedOn, -1);
        const remaining = 7 - round;
        if (remaining > 0)
          pay(approved.id, round, addDays(placement.startedOn, f.number.int({ min: 14, max: 40 })), (remaining * monthly) / 2, 'EARLY_EMPLOYMENT_LUMP_SUM');
      } else if (approved.endsOn < REFERENCE_DATE) {
        approved.status = 'COMPLETED';
      }
      dates.push(approved.endsOn);
    }
  }

  // 맞춤형 전직교육: a short course soon after registering.
  if (f.datatype.boolean(0.3)) {
    const approved = measure('TRANSITION_COURSE', 'tc', addDays(registeredOn, f.number.int({ min: 0, max: 120 })), [3, 10], 0.05);
    if (approved) {
      approved.startsOn = addDays(approved.decidedOn!, f.number.int({ min: 7, max: 30 }));
      approved.endsOn = addDays(approved.startsOn, f.number.int({ min: 14, max: 56 }));
      if (approved.endsOn < REFERENCE_DATE) approved.status = 'COMPLETED';
      dates.push(approved.endsOn);
    }
  }

  // 교육지원: tuition for a vocational course or a degree, paid once.
  if (f.datatype.boolean(0.2)) {
    const approved = measure('EDUCATION_SUBSIDY', 'edu', addDays(registeredOn, f.number.int({ min: 30, max: 365 })), [14, 30], 0.15);
    if (approved) {
      const amount = f.number.int({ min: 5, max: 30 }) * 100_000;
      approved.startsOn = approved.decidedOn;
      approved.endsOn = addDays(approved.decidedOn!, f.number.int({ min: 90, max: 180 }));
      approved.approvedAmountKrw = amount;
      pay(approved.id, 1, addDays(approved.decidedOn!, f.number.int({ min: 7, max: 30 })), amount, 'ONE_OFF');
      if (approved.endsOn < REFERENCE_DATE) approved.status = 'COMPLETED';
      dates.push(approved.endsOn);
    }
  }

  if (!longTerm) return dates;

  // 대부지원: a loan paid out once, repaid over five years.
  if (f.datatype.boolean(0.1)) {
    const approved = measure('LOAN', 'loan', addDays(service.dischargedOn, f.number.int({ min: 30, max: 700 })), [14, 45], 0.2);
    if (approved) {
      const amount = f.number.int({ min: 10, max: 80 }) * 1_000_000;
      const paidOn = addDays(approved.decidedOn!, f.number.int({ min: 7, max: 21 }));
      approved.approvedAmountKrw = amount;
      approved.startsOn = paidOn;
      approved.endsOn = addDays(addMonths(paidOn, 60), -1);
      if (!pay(approved.id, 1, paidOn, amount, 'ONE_OFF')) approved.startsOn = approved.endsOn = null;
      else if (approved.endsOn < REFERENCE_DATE) approved.status = 'COMPLETED';
    }
  }

  // 의료지원: reduced-cost treatment at veterans hospitals, open-ended once recognised.
  if (f.datatype.boolean(0.25)) {
    const approved = measure('MEDICAL', 'med', addDays(maxDate(service.dischargedOn, registeredOn), f.number.int({ min: 0, max: 500 })), [7, 20], 0);
    if (approved) approved.startsOn = approved.decidedOn;
  }
  return dates.filter((d) => d <= REFERENCE_DATE);
}

function veteransCenter(centerId: string): Center {
  const hasDesk = (c: Center) => c.agencies.includes('VETERANS');
  const own = CENTERS.find((c) => c.id === centerId);
  if (own && hasDesk(own)) return own;
  return CENTERS.find((c) => c.id === VETERANS_DESK_FOR[centerId] && hasDesk(c)) ?? CENTERS.find(hasDesk)!;
}

/** ISO date `months` calendar months after (or before) `iso`, clamped to the end of shorter months. */
function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Whole calendar months from `from` to `to`. */
function monthsBetween(from: string, to: string): number {
  let months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  while (months > 0 && addMonths(from, months) > to) months--;
  return months;
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
const clampDate = (date: string, min: string, max: string) => minDate(maxDate(date, min), max);
