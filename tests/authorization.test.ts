import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { demoConsents, generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { AGENCIES as CALLER_AGENCIES, ROLES, type AgencyCode, type Role } from '../trust/identity.js';
import { RECORD_HOLDERS } from '../subgraphs/registry.js';
import { staffAt } from './support/callers.js';
import { AGENCIES } from './support/queries.js';
import { System } from './support/system.js';

const SEED = 120;
const population = generatePopulation(SEED);
const consenting = new Set(demoConsents(population).map((c) => c.participantId));
const showcase = showcaseParticipant(population); // known to all five agencies, consented among them
/** For each owner, a person it knows who gave no consent at all. */
const unconsented = Object.fromEntries(
  AGENCIES.map(({ agency, known }) => [agency, population.people.find((p) => p.knownTo[known] && !consenting.has(p.id))!]),
);
const EVERY_AGENCY_FIELD = `query ($id: ID!) { participant(id: $id) { id ${AGENCIES.map((a) => `${a.field} { __typename }`).join(' ')} } }`;

let system: System;
beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: SEED });
});
afterAll(() => system?.stop());

/** `none`: no error and no record, what an agency answers for a person it does not know. */
type Outcome = 'visible' | 'WITHHELD' | 'none';

async function outcomes(caller: { agency: AgencyCode; roles: Role[]; participant?: string }, personId: string, purpose = 'counselling') {
  // Staff of the center that serves the person: 행복e음 serves no one else (tests/jurisdiction.test.ts).
  const staff = staffAt(population.byId.get(personId)!.centerId, caller.agency, 9);
  const token = await system.token({ ...staff, ...caller, subject: caller.participant ?? staff.subject });
  const { data, errors } = await system.query(EVERY_AGENCY_FIELD, { id: personId }, { token, purpose });
  return Object.fromEntries(
    AGENCIES.map(({ field }) => {
      const error = errors?.find((e) => e.path?.[1] === field);
      if (error) {
        expect([field, error.extensions?.code]).toEqual([field, 'WITHHELD']);
        expect(data?.participant?.[field] ?? null).toBeNull();
        return [field, 'WITHHELD'];
      }
      return [field, data.participant[field] === null ? 'none' : 'visible'];
    }),
  ) as Record<string, Outcome>;
}

const READERS: Role[] = ['COUNSELLOR', 'SUPERVISOR'];
const STAFF_ROLES = ROLES.filter((r) => r !== 'CITIZEN');

describe('authorization matrix: role × agency against each agency’s record, with and without consent', () => {
  const rows = STAFF_ROLES.flatMap((role) => CALLER_AGENCIES.map((agency) => ({ role, agency })));

  test.each(rows)('$role of $agency', async ({ role, agency }) => {
    const withConsent = await outcomes({ agency, roles: [role] }, showcase.id);
    for (const owner of AGENCIES) {
      const withoutConsent = await outcomes({ agency, roles: [role] }, unconsented[owner.agency]!.id);
      const reads = READERS.includes(role);
      const own = agency === owner.agency;
      // Consents in the demo world run between the five agencies that know the person, never to Work-Plus or the job center.
      const consentCovers = AGENCIES.some((a) => a.agency === agency);
      expect({ owner: owner.agency, withConsent: withConsent[owner.field], withoutConsent: withoutConsent[owner.field] }).toEqual({
        owner: owner.agency,
        withConsent: reads && (own || consentCovers) ? 'visible' : 'WITHHELD',
        withoutConsent: reads && own ? 'visible' : 'WITHHELD',
      });
    }
  });
});

describe('legal basis other than consent', () => {
  test('employment reads household income and assets for NESP eligibility under statute, not for counselling, nor for a plain read', async () => {
    const person = unconsented.SOCIAL_SECURITY!;
    const decide = async (agency: AgencyCode, purpose: string) => {
      const token = await system.token({ ...staffAt(person.centerId, agency, 9), roles: ['COUNSELLOR'] });
      const { data, errors } = await system.query(
        'query ($id: ID!) { participant(id: $id) { nespEligibility { track } } }',
        { id: person.id },
        { token, purpose },
      );
      return data?.participant?.nespEligibility ? 'decided' : errors?.[0]?.extensions?.code;
    };
    expect(await decide('EMPLOYMENT', 'eligibility')).toBe('decided');
    expect(await decide('EMPLOYMENT', 'counselling')).toBe('WITHHELD');
    // The same purpose on a read the statute does not serve releases nothing.
    expect((await outcomes({ agency: 'EMPLOYMENT', roles: ['COUNSELLOR'] }, person.id, 'eligibility')).welfare).toBe('WITHHELD');
    expect((await outcomes({ agency: 'WOMEN', roles: ['COUNSELLOR'] }, person.id, 'eligibility')).welfare).toBe('WITHHELD');
  });
});

describe('citizens', () => {
  test('a citizen reads every agency’s record about themself', async () => {
    const citizen = { agency: 'WORKPLUS' as const, roles: ['CITIZEN' as const], participant: showcase.id };
    const own = await outcomes(citizen, showcase.id, 'self-access');
    expect(Object.values(own)).toEqual(AGENCIES.map(() => 'visible'));
  });

  test('a citizen cannot read another person, nor search', async () => {
    const token = await system.token({ agency: 'WORKPLUS', roles: ['CITIZEN'], participant: showcase.id, subject: showcase.id });
    const other = population.people[5]!;
    const { data, errors } = await system.query(EVERY_AGENCY_FIELD, { id: other.id }, { token, purpose: 'self-access' });
    expect(data.participant).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('WITHHELD');
    const search = await system.query('{ participants { totalCount } }', {}, { token, purpose: 'self-access' });
    expect(search.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('withholding reveals nothing', () => {
  test('no veterans record and a withheld veterans record look the same', async () => {
    const veteran = population.people.find((p) => p.knownTo.veterans && !consenting.has(p.id))!;
    const civilian = population.people.find((p) => !p.knownTo.veterans && !consenting.has(p.id))!;
    const token = await system.token({ agency: 'WOMEN', subject: 'stf-seoul-west-women-1' });
    const ask = async (id: string) => {
      const { data, errors } = await system.query('query ($id: ID!) { participant(id: $id) { veterans { service { branch } } } }', { id }, { token });
      return { value: data.participant.veterans, errors: errors?.map(({ message, extensions }) => ({ message, code: extensions?.code })) };
    };
    const [a, b] = [await ask(veteran.id), await ask(civilian.id)];
    expect(a).toEqual(b);
    expect(a.errors?.[0]?.code).toBe('WITHHELD');
  });
});

describe('consent withdrawal', () => {
  test('after the person withdraws a consent, the next request under it is refused; withdrawing again changes nothing', async () => {
    const counsellor = { agency: 'EMPLOYMENT' as const, roles: ['COUNSELLOR' as const] };
    expect((await outcomes(counsellor, showcase.id)).womenReemployment).toBe('visible');

    const consentId = `cns-${showcase.id.slice(4)}-women-employment`;
    const citizen = await system.token({ agency: 'WORKPLUS', roles: ['CITIZEN'], participant: showcase.id, subject: showcase.id });
    const withdraw = () =>
      system.query('mutation ($id: ID!) { withdrawConsent(id: $id) { id withdrawnOn } }', { id: consentId }, { token: citizen, purpose: 'self-access' });
    const first = await withdraw();
    expect(first.errors).toBeUndefined();
    expect(first.data.withdrawConsent.withdrawnOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const after = await outcomes(counsellor, showcase.id);
    expect(after.womenReemployment).toBe('WITHHELD');
    expect(after.veterans).toBe('visible');
    expect((await withdraw()).data).toEqual(first.data);
  });

  test('a consent only its person or counselling staff may withdraw; an unknown one is reported', async () => {
    const stranger = await system.token({ agency: 'WORKPLUS', roles: ['CITIZEN'], participant: 'ptc_someoneelse', subject: 'ptc_someoneelse' });
    const mutation = 'mutation ($id: ID!) { withdrawConsent(id: $id) { id } }';
    const foreign = await system.query(mutation, { id: `cns-${showcase.id.slice(4)}-veterans-employment` }, { token: stranger, purpose: 'self-access' });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await system.query(mutation, { id: 'cns-nope' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the data tracker: Participant.dataAccessLog', () => {
  const TRACKER = 'query ($id: ID!) { participant(id: $id) { dataAccessLog { at owner readerId readerAgency purpose basis items } } }';

  test('the person sees every agency’s reads of their data, newest first, with who, why and on what basis', async () => {
    const counsellor = await system.token({ agency: 'WOMEN', subject: 'stf-seoul-west-women-7' });
    await system.query('query ($id: ID!) { participant(id: $id) { veterans { service { branch } } } }', { id: showcase.id }, { token: counsellor });

    const citizen = await system.token({ agency: 'WORKPLUS', roles: ['CITIZEN'], participant: showcase.id, subject: showcase.id });
    const { data, errors } = await system.query(TRACKER, { id: showcase.id }, { token: citizen, purpose: 'self-access' });
    expect(errors).toBeUndefined();
    const log = data.participant.dataAccessLog as { at: string; owner: string; readerId: string; basis: string; items: string[] }[];
    // Work-Plus and every agency that holds personal records logged a read of the showcase person, known to all.
    expect(new Set(log.map((entry) => entry.owner))).toEqual(new Set(['WORKPLUS', ...RECORD_HOLDERS.map((s) => s.agency)]));
    expect(log.map((entry) => entry.at)).toEqual([...log.map((entry) => entry.at)].sort().reverse());
    expect(log).toContainEqual(
      expect.objectContaining({
        owner: 'VETERANS',
        readerId: 'stf-seoul-west-women-7',
        readerAgency: 'WOMEN',
        purpose: 'COUNSELLING',
        basis: `CONSENT cns-${showcase.id.slice(4)}-veterans-women`,
        items: ['veterans.service'],
      }),
    );
  });

  test('auditors read it; counsellors and other people do not', async () => {
    const auditor = await system.token({ agency: 'WORKPLUS', roles: ['AUDITOR'], subject: 'stf-audit-1' });
    const audit = await system.query(TRACKER, { id: showcase.id }, { token: auditor, purpose: 'audit' });
    expect(audit.errors).toBeUndefined();
    expect(audit.data.participant.dataAccessLog.length).toBeGreaterThan(0);

    const counsellor = await system.query(TRACKER, { id: showcase.id });
    expect(counsellor.data?.participant?.dataAccessLog ?? null).toBeNull();
    expect(counsellor.errors?.map((e) => e.extensions?.code)).toContain('WITHHELD');

    const other = population.people[7]!;
    const stranger = await system.token({ agency: 'WORKPLUS', roles: ['CITIZEN'], participant: other.id, subject: other.id });
    const foreign = await system.query(TRACKER, { id: showcase.id }, { token: stranger, purpose: 'self-access' });
    expect(foreign.data?.participant ?? null).toBeNull();
  });
});

describe('recording consent at intake', () => {
  const RECORD = `mutation ($participantId: ID!, $consents: [ConsentInput!]!) {
    recordConsents(participantId: $participantId, consents: $consents) { id discloser recipient purposes validUntil } }`;
  const CONSENTS = 'query ($id: ID!) { participant(id: $id) { consents { id } } }';
  const nextYear = `${new Date().getFullYear() + 1}-12-31`;

  test('a recorded consent lets the partner read from the next request; recording it again changes nothing', async () => {
    const person = population.people.find((p) => p.knownTo.womenReemployment && !consenting.has(p.id))!;
    const counsellor = { agency: 'EMPLOYMENT' as const, roles: ['COUNSELLOR' as const] };
    expect((await outcomes(counsellor, person.id)).womenReemployment).toBe('WITHHELD');

    const consents = [{ discloser: 'WOMEN', recipient: 'EMPLOYMENT', purposes: ['COUNSELLING', 'REFERRAL'], validUntil: nextYear }];
    // The women's desk at the person's center records what the person agreed it may release.
    const womenDesk = { token: await system.token({ ...staffAt(person.centerId, 'WOMEN'), roles: ['COUNSELLOR'] }) };
    const first = await system.query(RECORD, { participantId: person.id, consents }, womenDesk);
    expect(first.errors).toBeUndefined();
    expect((await outcomes(counsellor, person.id)).womenReemployment).toBe('visible');

    const again = await system.query(RECORD, { participantId: person.id, consents }, womenDesk);
    expect(again.data).toEqual(first.data);
    const onFile = await system.query(CONSENTS, { id: person.id }, womenDesk);
    expect(onFile.data.participant.consents).toHaveLength(1);
  });

  test('invalid consents are refused together, with every problem named, and nothing is written', async () => {
    const person = population.people.find((p) => p.knownTo.veterans && !consenting.has(p.id))!;
    const { errors } = await system.query(RECORD, {
      participantId: person.id,
      consents: [
        { discloser: 'VETERANS', recipient: 'EMPLOYMENT', purposes: ['COUNSELLING'], validUntil: nextYear },
        { discloser: 'VETERANS', recipient: 'VETERANS', purposes: ['COUNSELLING'], validUntil: nextYear },
        { discloser: 'VETERANS', recipient: 'WOMEN', purposes: ['COUNSELLING'], validUntil: '2020-01-01' },
      ],
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/consents\[1\]: an agency does not consent to itself; consents\[2\]: validUntil 2020-01-01 is in the past/);
    expect((await system.query(CONSENTS, { id: person.id })).data.participant.consents).toEqual([]);
  });
});
