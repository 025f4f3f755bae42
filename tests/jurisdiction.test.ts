import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generatePopulation, type Person } from '../subgraphs/shared/demo/population.js';
import { staffAt } from './support/callers.js';
import { System } from './support/system.js';

/** 행복e음 across municipalities (issue 4, part 5): a center's staff act for residents of every municipality it serves, and no others. */
const SEED = 150;
const population = generatePopulation(SEED);
const welfareResidentOf = (code: string) => population.people.find((p) => p.knownTo.welfare && p.municipalityCode === code)!;
/** 은평구: served by Seoul-West, which sits in 마포구, so not the center's own municipality. */
const neighbour = welfareResidentOf('11380');
/** 남동구: served by Incheon, not by Seoul-West. */
const incheonResident = welfareResidentOf('28200');

const WELFARE = 'query ($id: ID!) { participant(id: $id) { welfare { household { municipality { code } size } } } }';
const TRACKER = 'query ($id: ID!) { participant(id: $id) { dataAccessLog { owner readerId readerCenter items } } }';

let system: System;
beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: SEED });
});
afterAll(() => system?.stop());

const welfareAs = async (claims: Parameters<System['token']>[0], person: Person, purpose = 'counselling') =>
  system.query(WELFARE, { id: person.id }, { token: await system.token(claims), purpose });

const welfareReadsOf = async (person: Person) => {
  const auditor = await system.token({ agency: 'WORKPLUS', roles: ['AUDITOR'], subject: 'stf-audit-1' });
  const { data, errors } = await system.query(TRACKER, { id: person.id }, { token: auditor, purpose: 'audit' });
  expect(errors).toBeUndefined();
  return (data.participant.dataAccessLog as { owner: string; readerId: string; readerCenter: string }[]).filter((e) => e.owner === 'SOCIAL_SECURITY');
};

describe('행복e음 serves the residents of every municipality the caller’s center serves', () => {
  test('the people exist in the demo world', () => {
    expect([neighbour?.municipalityCode, incheonResident?.municipalityCode]).toEqual(['11380', '28200']);
  });

  test('a welfare counsellor at Seoul-West reads a resident of a neighbouring municipality the center serves', async () => {
    const { data, errors } = await welfareAs(staffAt('ctr-seoul-west', 'SOCIAL_SECURITY'), neighbour);
    expect(errors).toBeUndefined();
    expect(data.participant.welfare.household.municipality.code).toBe('11380');
  });

  test('a resident of a municipality the center does not serve is refused with the reason, and the refusal is not logged as a read', async () => {
    const seoulWest = staffAt('ctr-seoul-west', 'SOCIAL_SECURITY');
    const { data, errors } = await welfareAs(seoulWest, incheonResident);
    expect(data.participant.welfare).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'OUTSIDE_JURISDICTION', owner: 'SOCIAL_SECURITY', municipality: '28200', center: 'ctr-seoul-west' });
    expect(errors![0]!.message).toMatch(/municipality 28200, which center ctr-seoul-west does not serve/);
    expect(await welfareReadsOf(incheonResident)).toEqual([]);

    const { data: served, errors: none } = await welfareAs(staffAt('ctr-incheon', 'SOCIAL_SECURITY'), incheonResident);
    expect(none).toBeUndefined();
    expect(served.participant.welfare.household.municipality.code).toBe('28200');
    expect(await welfareReadsOf(incheonResident)).toEqual([expect.objectContaining({ readerId: 'stf-incheon-socialsecurity-1', readerCenter: 'ctr-incheon' })]);
  });

  test('the rule holds for partners reading under a statute too: NESP eligibility needs the household, so it follows', async () => {
    const ELIGIBILITY = 'query ($id: ID!) { participant(id: $id) { nespEligibility { track } } }';
    const ask = async (centerId: string) =>
      system.query(ELIGIBILITY, { id: incheonResident.id }, { token: await system.token(staffAt(centerId, 'EMPLOYMENT')), purpose: 'eligibility' });
    const outside = await ask('ctr-seoul-west');
    expect(outside.data.participant.nespEligibility).toBeNull();
    // The decision says why it has no household; 행복e음's own refusal is of a field the client never selected.
    expect(outside.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['participant.nespEligibility', 'WITHHELD']]);
    expect(outside.errors![0]!.message).toMatch(/outside the municipalities your center serves/);
    const inside = await ask('ctr-incheon');
    expect(inside.errors).toBeUndefined();
    expect(inside.data.participant.nespEligibility.track).toBeDefined();
  });

  test('the person reads their own record wherever they live', async () => {
    const citizen = { agency: 'WORKPLUS' as const, roles: ['CITIZEN' as const], participant: incheonResident.id, subject: incheonResident.id };
    const { data, errors } = await welfareAs({ ...citizen, municipalities: [] }, incheonResident, 'self-access');
    expect(errors).toBeUndefined();
    expect(data.participant.welfare.household.municipality.code).toBe('28200');
  });
});
