import type { Faker } from '@faker-js/faker';
import { MUNICIPALITIES, centerServing } from './regions.js';
import { RECORD_HOLDERS, type RecordField, type RecordHolderAgency } from '../../registry.js';
import { addDays, daysBetween, demoFaker, fullAge, stableChance } from './random.js';
import { isoToday } from '../policy/disclosure.js';

/**
 * The demo population (people, ages, households, their histories) is anchored
 * to a fixed day, never to the clock, so it is reproducible. What must stay
 * current for the demo to work at all (consents in force, open referrals,
 * open job postings) is dated back from the day it is seeded instead: the
 * same world every day, moved along (`daysSinceReference`).
 */
export const REFERENCE_DATE = '2026-11-01';

/** Days from REFERENCE_DATE to `today` (in Korea): how far what stays current is moved along. */
export function daysSinceReference(today = isoToday()): number {
  return Math.max(0, daysBetween(REFERENCE_DATE, today));
}

export type Livelihood = 'BASIC_LIVELIHOOD' | 'NEAR_POOR' | 'NONE';
export type Relation = 'HEAD' | 'SPOUSE' | 'CHILD' | 'PARENT';

export interface Household {
  id: string;
  municipalityCode: string;
  memberIds: string[];
  monthlyIncomeKrw: number;
  assetsKrw: number;
  /** 기초생활수급 / 차상위 status, which drives welfare and self-sufficiency membership. */
  livelihood: Livelihood;
  vulnerableGroup: 'HOMELESS' | 'NORTH_KOREAN_DEFECTOR' | null;
}

/** Whether each agency that keeps personal records knows the person, by the agency's Participant field (from the registry). */
export type KnownTo = Record<RecordField, boolean>;

const everyAgency = (known: boolean) => Object.fromEntries(RECORD_HOLDERS.map((s) => [s.participantField, known])) as KnownTo;

export interface Person {
  id: string;
  householdId: string;
  relation: Relation;
  name: string;
  gender: 'FEMALE' | 'MALE';
  birthDate: string;
  phone: string;
  email: string | null;
  municipalityCode: string;
  centerId: string;
  registeredAt: string;
  knownTo: KnownTo;
}

export interface Population {
  people: Person[];
  households: Household[];
  byId: Map<string, Person>;
  householdById: Map<string, Household>;
}

/** 2026 standard median income (기준중위소득) by household size, used only to shape demo incomes. */
const MEDIAN_2026 = [2_564_238, 4_199_292, 5_359_036, 6_494_738, 7_556_719, 8_555_952];

const SURNAMES = [
  { value: '김', weight: 215 },
  { value: '이', weight: 147 },
  { value: '박', weight: 84 },
  { value: '최', weight: 47 },
  { value: '정', weight: 44 },
  { value: '강', weight: 23 },
  { value: '조', weight: 21 },
  { value: '윤', weight: 21 },
  { value: '장', weight: 20 },
  { value: '임', weight: 17 },
  { value: '한', weight: 15 },
  { value: '오', weight: 15 },
  { value: '서', weight: 15 },
  { value: '신', weight: 14 },
  { value: '권', weight: 14 },
  { value: '황', weight: 14 },
  { value: '안', weight: 13 },
  { value: '송', weight: 13 },
  { value: '전', weight: 11 },
  { value: '홍', weight: 11 },
];

const HOUSEHOLD_SIZES = [
  { value: 1, weight: 33 },
  { value: 2, weight: 28 },
  { value: 3, weight: 20 },
  { value: 4, weight: 14 },
  { value: 5, weight: 4 },
  { value: 6, weight: 1 },
];

/**
 * The people of the demo world and what each agency knows of them.
 * Deterministic: the same size always gives the same people, and every
 * subgraph builds this same world to seed only its own part of it.
 */
export function generatePopulation(size: number): Population {
  const f = demoFaker('population');
  const people: Person[] = [];
  const households: Household[] = [];
  const ids = new Set<string>();
  const uniqueId = (prefix: string) => {
    let id: string;
    do id = `${prefix}_${f.string.alphanumeric({ length: 10, casing: 'lower' })}`;
    while (ids.has(id));
    ids.add(id);
    return id;
  };

  while (people.length < size) {
    const showcase = households.length === 0;
    const householdSize = showcase ? Math.min(3, size) : Math.min(f.helpers.weightedArrayElement(HOUSEHOLD_SIZES), size - people.length);
    const municipality = f.helpers.weightedArrayElement(MUNICIPALITIES.map((m) => ({ value: m, weight: m.weight })));
    const household = makeHousehold(f, uniqueId('hh'), municipality.code, householdSize);
    const members = makeMembers(f, householdSize).map((m) => ({ ...m, id: uniqueId('ptc') }));
    if (showcase) makeShowcase(household, members[0]!);
    for (const member of members) {
      const person: Person = {
        ...member,
        householdId: household.id,
        municipalityCode: household.municipalityCode,
        centerId: centerServing(household.municipalityCode).id,
        phone: `010-${f.string.numeric(4)}-${f.string.numeric(4)}`,
        email: f.datatype.boolean(0.4) ? `${f.string.alphanumeric({ length: 8, casing: 'lower' })}@example.kr` : null,
        registeredAt: officeHours(f, addDays(REFERENCE_DATE, -f.number.int({ min: 1, max: 1100 }))),
        knownTo: everyAgency(false),
      };
      person.knownTo = showcase && person.relation === 'HEAD' ? KNOWN_TO_ALL : whoKnows(f, person, household);
      household.memberIds.push(person.id);
      people.push(person);
    }
    // 행복e음's unit is the household: if it knows one member, it knows them all.
    const added = people.slice(-household.memberIds.length);
    if (added.some((p) => p.knownTo.welfare)) for (const p of added) p.knownTo.welfare = true;
    households.push(household);
  }
  return {
    people,
    households,
    byId: new Map(people.map((p) => [p.id, p])),
    householdById: new Map(households.map((h) => [h.id, h])),
  };
}

const built = new Map<number, WeakRef<Population>>();

/**
 * The demo world of `size` people, made once while anyone holds it: the subgraphs of one process (`npm start`,
 * the tests) each seed their part of the same world, and making it took 40–100 ms each. Read it, never change it.
 */
export function sharedPopulation(size: number): Population {
  const held = built.get(size)?.deref();
  if (held) return held;
  const population = generatePopulation(size);
  built.set(size, new WeakRef(population));
  return population;
}

const KNOWN_TO_ALL: KnownTo = everyAgency(true);

/**
 * The first household's head is known to every agency: a 41-year-old former
 * army NCO on a career break, near-poor, in self-sufficiency work. `npm start`
 * prints a query for her, so the unified view shows every subgraph that keeps personal records at once.
 */
function makeShowcase(household: Household, head: Member): void {
  household.municipalityCode = '11440'; // 마포구: its center hosts every agency
  household.livelihood = 'NEAR_POOR';
  household.monthlyIncomeKrw = 2_100_000;
  household.assetsKrw = 45_000_000;
  household.vulnerableGroup = null;
  head.gender = 'FEMALE';
  head.birthDate = '1985-04-17';
}

/** The showcase participant: the first person of the demo world, known to every agency. */
export function showcaseParticipant(population: Population): Person {
  return population.people[0]!;
}

function makeHousehold(f: Faker, id: string, municipalityCode: string, size: number): Household {
  const ratio = f.helpers.weightedArrayElement([
    { value: [0.05, 0.32], weight: 12 },
    { value: [0.32, 0.5], weight: 13 },
    { value: [0.5, 0.8], weight: 15 },
    { value: [0.8, 1.3], weight: 30 },
    { value: [1.3, 3.0], weight: 30 },
  ]);
  const incomeRatio = f.number.float({ min: ratio[0]!, max: ratio[1]! });
  const median = MEDIAN_2026[Math.min(size, 6) - 1]!;
  const low = incomeRatio <= 0.5;
  return {
    id,
    municipalityCode,
    memberIds: [],
    monthlyIncomeKrw: Math.round((incomeRatio * median) / 1000) * 1000,
    assetsKrw: Math.round(f.number.int(low ? { min: 0, max: 90_000_000 } : { min: 30_000_000, max: 900_000_000 }) / 100_000) * 100_000,
    livelihood: incomeRatio <= 0.32 && f.datatype.boolean(0.8) ? 'BASIC_LIVELIHOOD' : low ? 'NEAR_POOR' : 'NONE',
    vulnerableGroup: size === 1 && low && f.datatype.boolean(0.05) ? 'HOMELESS' : f.datatype.boolean(0.01) ? 'NORTH_KOREAN_DEFECTOR' : null,
  };
}

type Member = Pick<Person, 'relation' | 'name' | 'gender' | 'birthDate'>;

/** A head, then a spouse, children and (in large households) a parent, with ages that fit. */
function makeMembers(f: Faker, size: number): Member[] {
  const headAge = f.number.int({ min: size === 1 ? 19 : 27, max: 82 });
  const headGender = f.helpers.arrayElement(['FEMALE', 'MALE'] as const);
  const familyName = f.helpers.weightedArrayElement(SURNAMES);
  const members: Member[] = [person(f, 'HEAD', headGender, headAge, familyName)];
  let next = 1;
  if (size >= 2 && (size >= 3 || f.datatype.boolean(0.75))) {
    const gender = headGender === 'MALE' ? 'FEMALE' : 'MALE';
    members.push(person(f, 'SPOUSE', gender, clampAge(headAge + f.number.int({ min: -4, max: 4 })), f.helpers.weightedArrayElement(SURNAMES)));
    next++;
  }
  if (size >= 5 && headAge < 60) {
    members.push(person(f, 'PARENT', f.helpers.arrayElement(['FEMALE', 'MALE'] as const), headAge + f.number.int({ min: 24, max: 34 }), familyName));
    next++;
  }
  const fatherName = headGender === 'MALE' ? familyName : (members[1]?.name.slice(0, 1) ?? familyName);
  while (next < size) {
    const childAge = Math.max(0, headAge - f.number.int({ min: 22, max: 38 }));
    members.push(person(f, 'CHILD', f.helpers.arrayElement(['FEMALE', 'MALE'] as const), childAge, fatherName));
    next++;
  }
  return members;
}

/** A timestamp during center opening hours (09:00–17:50 KST) on `date`. */
function officeHours(f: Faker, date: string): string {
  const hour = String(f.number.int({ min: 9, max: 17 })).padStart(2, '0');
  return `${date}T${hour}:${f.number.int({ min: 0, max: 5 })}0:00+09:00`;
}

function clampAge(age: number): number {
  return Math.min(90, Math.max(19, age));
}

function person(f: Faker, relation: Relation, gender: 'FEMALE' | 'MALE', age: number, familyName: string): Member {
  const birthDate = addDays(REFERENCE_DATE, -(age * 365 + f.number.int({ min: 0, max: 364 }) + Math.floor(age / 4)));
  return { relation, gender, birthDate, name: familyName + f.person.firstName(gender === 'FEMALE' ? 'female' : 'male') };
}

/**
 * Which agencies know a person, with the overlaps centers see in practice.
 * An agency with no rule here (a newly registered one) knows a fixed fifth
 * of working-age people, chosen without drawing on the faker, so adding an
 * agency leaves everyone else's demo world as it was.
 */
function whoKnows(f: Faker, person: Person, household: Household): KnownTo {
  const age = fullAge(person.birthDate, REFERENCE_DATE);
  const low = household.livelihood !== 'NONE';
  const working = age >= 18 && age <= 64;
  const veterans = age >= 27 && age <= 62 && f.datatype.boolean((person.gender === 'MALE' ? 1 : 0.08) * (low ? 0.25 : 0.08));
  const ruled: Partial<KnownTo> = {
    employment: working && f.datatype.boolean(low ? 0.7 : veterans ? 0.6 : 0.45),
    womenReemployment: person.gender === 'FEMALE' && age >= 25 && age <= 54 && f.datatype.boolean(0.3),
    veterans,
    selfSufficiency: working && low && f.datatype.boolean(veterans ? 0.6 : 0.45),
    welfare: low || age >= 65 || household.vulnerableGroup !== null || f.datatype.boolean(0.1),
  };
  const fallback = (field: RecordField) => working && stableChance(`${field}:${person.id}`, 0.2);
  return Object.fromEntries(RECORD_HOLDERS.map(({ participantField: field }) => [field, ruled[field] ?? fallback(field)])) as KnownTo;
}

/** The households 행복e음 knows; it knows every member of each. */
export function welfareHouseholds(population: Population): Household[] {
  return population.households.filter((h) => population.byId.get(h.memberIds[0]!)!.knownTo.welfare);
}

type DemoAgency = RecordHolderAgency;

export interface DemoConsent {
  id: string;
  participantId: string;
  discloser: DemoAgency;
  recipient: DemoAgency;
  purposes: ('COUNSELLING' | 'REFERRAL')[];
  grantedOn: string;
  validUntil: string;
}

/**
 * Consents recorded at intake: between every pair of agencies that know the
 * person, for counselling and referral, valid two years. The showcase person
 * and every third person known to several agencies gave them; others did not.
 * Their dates move along with the day (REFERENCE_DATE), so the same share of
 * them is in force whenever the demo is seeded.
 */
export function demoConsents(population: Population, today = isoToday()): DemoConsent[] {
  const consents: DemoConsent[] = [];
  const moved = daysSinceReference(today);
  population.people.forEach((person, index) => {
    const agencies = RECORD_HOLDERS.filter((s) => person.knownTo[s.participantField]).map((s) => s.agency);
    if (agencies.length < 2 || (index !== 0 && index % 3 !== 0)) return;
    const grantedOn = addDays(person.registeredAt.slice(0, 10), moved);
    for (const discloser of agencies) {
      for (const recipient of agencies) {
        if (discloser === recipient) continue;
        consents.push({
          id: `cns-${person.id.slice(4)}-${discloser.toLowerCase()}-${recipient.toLowerCase()}`,
          participantId: person.id,
          discloser,
          recipient,
          purposes: ['COUNSELLING', 'REFERRAL'],
          grantedOn,
          validUntil: addDays(grantedOn, 730),
        });
      }
    }
  });
  return consents;
}
