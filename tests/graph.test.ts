import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { DEMO_COUNSELLOR } from '../gateway/src/auth/dev-issuer.js';
import { demoConsents, generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { SUBGRAPH_NAMES } from '../subgraphs/registry.js';
import { AGENCIES, AGENCY_FIELDS, EVERY_PARTICIPANT_FIELD, EXAMPLE_QUERY, PARTICIPANTS_PAGE } from './support/queries.js';
import { expectConstantStatements, statementsForTenAndHundred } from './support/sql-count.js';
import { System, type GraphQLResponse } from './support/system.js';

const SEED = 420;
const population = generatePopulation(SEED);
let system: System;

beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: SEED });
});
afterAll(() => system?.stop());

describe('the unified participant view', () => {
  test('the example query returns one participant with identity and the agencies’ records', async () => {
    const showcase = showcaseParticipant(population);
    const { status, data, errors } = await system.query(EXAMPLE_QUERY, { id: showcase.id });
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    const participant = data.participant;
    expect(participant).toMatchObject({ id: showcase.id, name: showcase.name, birthDate: showcase.birthDate });
    expect(participant.homeMunicipality.name).toBe('마포구');
    expect(participant.employment.jobSeeker.status).toBeDefined();
    expect(participant.welfare.household.members.map((m: { participant: { id: string } }) => m.participant.id)).toContain(showcase.id);
  });

  test('every field of every subgraph that keeps personal records answers for the showcase person, without an error', async () => {
    const showcase = showcaseParticipant(population);
    const query = `query ($id: ID!) { participant(id: $id) { ...EveryField } } ${EVERY_PARTICIPANT_FIELD}`;
    const { data, errors } = await system.query(query, { id: showcase.id });
    expect(errors).toBeUndefined();
    for (const field of AGENCY_FIELDS) expect([field, data.participant[field] ?? null]).toEqual([field, expect.anything()]);
  });

  const ownCounsellor = (agency: string) => system.token({ agency: agency as never, subject: `stf-seoul-west-${agency.toLowerCase()}-1` });

  test.each(AGENCIES)('$agency: a person it does not know is null, not an error, for its own staff', async ({ agency, field }) => {
    // Someone the caller's center serves, so Work-Plus discloses their identity (tests/disclosure-matrix.test.ts covers the rest).
    const nobody = population.people.find(
      (p) => Object.values(p.knownTo).every((known) => !known) && DEMO_COUNSELLOR.municipalities.includes(p.municipalityCode),
    )!;
    const query = `query ($id: ID!) { participant(id: $id) { name ${field} { __typename } } }`;
    const { data, errors } = await system.query(query, { id: nobody.id }, { token: await ownCounsellor(agency) });
    expect(data.participant.name).toBe(nobody.name);
    expect(data.participant[field]).toBeNull();
    expect((errors ?? []).filter((e) => e.path?.[1] === field)).toEqual([]);
  });

  test.each(AGENCIES)('$agency: its field is present exactly when it knows the person', async ({ agency, field, known }) => {
    // Seoul-West staff, asking about the people their center serves (행복e음 refuses others: tests/jurisdiction.test.ts).
    const served = population.people.filter((p) => DEMO_COUNSELLOR.municipalities.includes(p.municipalityCode)).slice(0, 100);
    const filter = { ids: served.map((p) => p.id) };
    const { data, errors }: GraphQLResponse = await system.query(PARTICIPANTS_PAGE, { first: 100, filter }, { token: await ownCounsellor(agency) });
    expect(data.participants.edges).toHaveLength(served.length);
    expect((errors ?? []).filter((e) => e.path?.includes(field))).toEqual([]);
    for (const { node } of data.participants.edges) {
      expect([node.id, node[field] !== null]).toEqual([node.id, population.byId.get(node.id)!.knownTo[known]]);
    }
  });

  test('an unknown participant ID gives null', async () => {
    const { data, errors } = await system.query(EXAMPLE_QUERY, { id: 'ptc_doesnotexist' });
    expect(errors).toBeUndefined();
    expect(data.participant).toBeNull();
  });
});

describe('searching participants', () => {
  const search = (variables: Record<string, unknown>) => system.query(PARTICIPANTS_PAGE, { first: 100, ...variables });
  // A Seoul-West counsellor finds the people their center registered or serves, and nobody else.
  const inScope = population.people.filter((p) => p.centerId === DEMO_COUNSELLOR.center || DEMO_COUNSELLOR.municipalities.includes(p.municipalityCode));

  test('by name prefix, birth date and municipality, all filters applying together', async () => {
    const target = inScope[10]!;
    const surname = target.name.slice(0, 1);
    const byName = await search({ filter: { name: `${surname}*` } });
    const expected = inScope.filter((p) => p.name.startsWith(surname));
    expect(byName.data.participants.totalCount).toBe(expected.length);

    const exact = await search({ filter: { name: target.name, birthDate: target.birthDate, municipalityCode: target.municipalityCode } });
    expect(exact.data.participants.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(target.id);
    for (const { node } of exact.data.participants.edges) {
      expect(node).toMatchObject({ name: target.name, birthDate: target.birthDate, homeMunicipality: { code: target.municipalityCode } });
    }
  });

  test('cursor pages cover every match exactly once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { data }: GraphQLResponse = await system.query(PARTICIPANTS_PAGE, { first: 40, after });
      seen.push(...data.participants.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!data.participants.pageInfo.hasNextPage) break;
      after = data.participants.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(inScope.length);
    expect(new Set(seen)).toEqual(new Set(inScope.map((p) => p.id)));
    expect([...seen].sort()).toEqual(seen);
  });

  test('bad paging input is refused with a clear message', async () => {
    const tooMany = await search({ first: 1000 });
    expect(tooMany.errors?.[0]?.message).toMatch(/first.*between 1 and 100/);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await search({ after: 'not-a-cursor!' });
    expect(badCursor.errors?.[0]?.message).toMatch(/not a cursor/);
    const badDate = await search({ filter: { birthDate: '1990-02-30' } });
    expect(badDate.data).toBeFalsy();
    expect(badDate.errors?.[0]?.message).toMatch(/1990-02-30/);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badDate.errors)).not.toContain('127.0.0.1');
  });
});

describe('no N+1', () => {
  test.each(AGENCIES)('as $agency staff: SQL statements per subgraph are the same for 10 and for 100 participants', async ({ agency }) => {
    const token = await system.token({ agency: agency as never, subject: `stf-seoul-west-${agency.toLowerCase()}-1` });
    const { ten, hundred } = await statementsForTenAndHundred(system, token);
    expectConstantStatements({ ten, hundred });
    expect(hundred.workplus).toBeGreaterThan(0);
  });
});

describe('NESP what-if eligibility through the gateway', () => {
  const CHECK = `query ($input: NespEligibilityInput!) {
    nespEligibilityCheck(input: $input) { track medianIncomeRatio reasons monthlyAllowanceKrw } }`;
  const input = {
    birthDate: '1996-05-02',
    applicationDate: '2026-03-15',
    householdSize: 4,
    monthlyHouseholdIncomeKrw: 7_000_000,
    householdAssetsKrw: 3_200_000_000,
    workExperienceDays: 0,
    workExperienceHours: 0,
  };

  test('answers without a purpose (no personal data) and takes amounts above 2^31', async () => {
    const { data, errors } = await system.query(CHECK, { input }, { purpose: null });
    expect(errors).toBeUndefined();
    // 29 years old, assets above the youth limit: no Type I, but youth have no income limit for Type II.
    expect(data.nespEligibilityCheck).toMatchObject({ track: 'TYPE_II', monthlyAllowanceKrw: null });
    expect(data.nespEligibilityCheck.medianIncomeRatio).toBeCloseTo(7_000_000 / 6_494_738, 4);
  });

  test('a year outside the table is a clear error', async () => {
    const { data, errors } = await system.query(CHECK, { input: { ...input, applicationDate: '2027-01-02' } });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/No standard median income for 2027/);
  });
});

describe('Participant.nespEligibility, decided by employment from other agencies’ data', () => {
  const ELIGIBILITY = 'query ($id: ID!) { participant(id: $id) { nespEligibility { track reasons monthlyAllowanceKrw } } }';
  const consented = new Set(demoConsents(population).map((c) => c.participantId));
  // A resident the default caller's center serves: 행복e음 refuses others (tests/jurisdiction.test.ts).
  const person = population.people.find(
    (p) =>
      p.knownTo.welfare &&
      !consented.has(p.id) &&
      p.birthDate < '2005-01-01' &&
      p.birthDate > '1960-01-01' &&
      DEMO_COUNSELLOR.municipalities.includes(p.municipalityCode),
  )!;
  const household = population.householdById.get(person.householdId)!;

  test('with purpose eligibility, 행복e음 discloses household means under the NESP act and employment decides', async () => {
    const { data, errors } = await system.query(ELIGIBILITY, { id: person.id }, { purpose: 'eligibility' });
    expect(errors).toBeUndefined();
    const result = data.participant.nespEligibility;
    expect(['TYPE_I_REQUIREMENT', 'TYPE_I_YOUTH', 'TYPE_I_SELECTION', 'TYPE_II', 'INELIGIBLE']).toContain(result.track);
    expect(result.reasons.join(' ')).toContain(household.monthlyIncomeKrw.toLocaleString('en-US'));
  });

  test('for counselling without consent the household means are withheld, and so is the decision', async () => {
    const { data, errors } = await system.query(ELIGIBILITY, { id: person.id });
    expect(data.participant.nespEligibility).toBeNull();
    expect(errors?.map((e) => e.extensions?.code)).toContain('WITHHELD');
  });

  test("a subgraph's refusal carries no stack trace of the gateway's: none is captured for it", async () => {
    const { errors } = await system.query(ELIGIBILITY, { id: person.id });
    const withheld = errors!.filter((e) => e.extensions?.code === 'WITHHELD');
    expect(withheld.length).toBeGreaterThan(0);
    for (const error of withheld) {
      expect(error.extensions?.stacktrace).toEqual([expect.stringContaining(error.message)]);
    }
  });
});

describe('health', () => {
  test('liveness answers; readiness names each subgraph, and stays 200 while the gateway can serve a partial answer', async () => {
    expect((await fetch(`${system.gatewayBase()}/health/live`)).status).toBe(200);
    const ready = await fetch(`${system.gatewayBase()}/health/ready`);
    expect(ready.status).toBe(200);
    const whole = await ready.json();
    expect(whole.status).toBe('ready');
    expect(Object.keys(whole.subgraphs).sort()).toEqual([...system.subgraphs.keys()].sort());
    for (const subgraph of Object.values(whole.subgraphs)) expect(subgraph).toEqual({ state: 'up', latencyMs: expect.any(Number) });

    await system.subgraphs.get('veterans')!.close();
    const degraded = await fetch(`${system.gatewayBase()}/health/ready`);
    expect(degraded.status).toBe(200);
    expect(await degraded.json()).toMatchObject({ status: 'degraded', subgraphs: { veterans: { state: 'down' }, employment: { state: 'up' } } });
  });
});
