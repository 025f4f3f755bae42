import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { demoConsents, generatePopulation, showcaseParticipant, type Person } from '../subgraphs/shared/demo/population.js';
import type { AgencyCode, Role } from '../trust/identity.js';
import { serves, staffAt } from './support/callers.js';
import { System } from './support/system.js';

/**
 * The findings of an adversarial review (issue 8), each reproduced through
 * the gateway with ordinary staff tokens, on the PostgreSQL server so that
 * the owners' access logs can be read as an auditor of the database would.
 */
const SEED = 150;
const population = generatePopulation(SEED);
const showcase = showcaseParticipant(population);
const consenting = new Set(demoConsents(population).map((c) => c.participantId));
const BUSAN = 'ctr-busan-buk';
const nextYear = `${new Date().getFullYear() + 1}-12-31`;

let system: System;
beforeAll(async () => {
  system = await System.start({ storage: 'postgres', seedSize: SEED });
});
afterAll(() => system?.stop());

const staff = (centerId: string, agency: AgencyCode, role: Role = 'COUNSELLOR', n = 3) => system.token({ ...staffAt(centerId, agency, n), roles: [role] });
const citizen = (person: Person) => system.token({ agency: 'WORKPLUS', roles: ['CITIZEN'], participant: person.id, subject: person.id });
const as = async (token: Promise<string>, purpose = 'counselling') => ({ token: await token, purpose });
const codes = (errors: { extensions?: Record<string, unknown> }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

/** Rows of one subgraph's own database, read directly. */
async function rows<T = Record<string, unknown>>(subgraph: string, query: string, params: unknown[] = []): Promise<T[]> {
  const url = system.databases.find((u) => u.endsWith(`_${subgraph}`))!;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(query, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const RECORD = `mutation ($participantId: ID!, $consents: [ConsentInput!]!) {
  recordConsents(participantId: $participantId, consents: $consents) { id history { action by byAgency byCenter authority } } }`;
const WOMEN_RECORD = 'query ($id: ID!) { participant(id: $id) { womenReemployment { __typename } } }';

describe('1. a consent is the person’s, not staff’s', () => {
  const person = population.people.find((p) => p.knownTo.womenReemployment && p.centerId === 'ctr-seoul-west' && !consenting.has(p.id))!;
  const toEmployment = [{ discloser: 'WOMEN', recipient: 'EMPLOYMENT', purposes: ['COUNSELLING'], validUntil: nextYear }];

  test('an employment counsellor cannot record WOMEN → EMPLOYMENT for themself, and so still reads nothing', async () => {
    const counsellor = await as(staff(person.centerId, 'EMPLOYMENT'));
    const forged = await system.query(RECORD, { participantId: person.id, consents: toEmployment }, counsellor);
    expect(codes(forged.errors)).toEqual(['FORBIDDEN']);
    expect(forged.errors![0]!.message).toMatch(/own agency as the recipient/);
    const read = await system.query(WOMEN_RECORD, { id: person.id }, counsellor);
    expect(read.data.participant.womenReemployment).toBeNull();
    expect(codes(read.errors)).toEqual(['WITHHELD']);
    expect(await rows('workplus', 'select id from consents where participant_id = $1', [person.id])).toEqual([]);
  });

  test('the person records it themself, and the record says who and on what authority', async () => {
    const self = await as(citizen(person), 'self-access');
    const { data, errors } = await system.query(RECORD, { participantId: person.id, consents: toEmployment }, self);
    expect(errors).toBeUndefined();
    expect(data.recordConsents[0].history).toEqual([
      { action: 'RECORDED', by: person.id, byAgency: 'WORKPLUS', byCenter: 'ctr-seoul-west', authority: 'DATA_SUBJECT' },
    ]);
    const read = await system.query(WOMEN_RECORD, { id: person.id }, await as(staff(person.centerId, 'EMPLOYMENT')));
    expect(read.errors).toBeUndefined();
  });

  test('staff in Busan neither record nor withdraw a consent of a Seoul resident', async () => {
    expect(serves(BUSAN, showcase.municipalityCode)).toBe(false);
    const busanWomen = await as(staff(BUSAN, 'WOMEN'));
    const recorded = await system.query(
      RECORD,
      { participantId: showcase.id, consents: [{ discloser: 'WOMEN', recipient: 'VETERANS', purposes: ['PLACEMENT'], validUntil: nextYear }] },
      busanWomen,
    );
    expect(codes(recorded.errors)).toEqual(['FORBIDDEN']);
    const consentId = `cns-${showcase.id.slice(4)}-women-employment`;
    const withdrawn = await system.query('mutation ($id: ID!) { withdrawConsent(id: $id) { withdrawnOn } }', { id: consentId }, busanWomen);
    expect(codes(withdrawn.errors)).toEqual(['FORBIDDEN']);
    const [consent] = await rows<{ withdrawn_on: string | null }>('workplus', 'select withdrawn_on from consents where id = $1', [consentId]);
    expect(consent!.withdrawn_on).toBeNull();
  });

  test('the person’s own center withdraws at their request, and the withdrawal is logged with who', async () => {
    const consentId = `cns-${showcase.id.slice(4)}-veterans-women`;
    const desk = await as(staff(showcase.centerId, 'WORKPLUS'));
    const { data, errors } = await system.query(
      'mutation ($id: ID!) { withdrawConsent(id: $id) { withdrawnOn history { action by authority } } }',
      { id: consentId },
      desk,
    );
    expect(errors).toBeUndefined();
    expect(data.withdrawConsent.history).toEqual([{ action: 'WITHDRAWN', by: 'stf-seoul-west-workplus-3', authority: 'CENTER_STAFF' }]);
  });
});

describe('2. identity is personal data with an owner', () => {
  const SEARCH = `query ($filter: ParticipantFilter) { participants(filter: $filter, first: 100) {
    count { count precision } edges { node { id name birthDate contact { phone } } } } }`;

  test('a job center administrator in Jeonju cannot search people; a counsellor there finds only those the center serves', async () => {
    const admin = await system.query(SEARCH, { filter: { name: '김*' } }, await as(staff('ctr-jeonju', 'JOBCENTER', 'ADMINISTRATOR')));
    expect(codes(admin.errors)).toEqual(['FORBIDDEN']);
    expect(admin.data).toBeNull();

    const { data, errors } = await system.query(SEARCH, { filter: { name: '김*' } }, await as(staff('ctr-jeonju', 'JOBCENTER')));
    expect(errors).toBeUndefined();
    const expected = population.people.filter((p) => p.name.startsWith('김') && (p.centerId === 'ctr-jeonju' || serves('ctr-jeonju', p.municipalityCode)));
    expect(expected.length).toBeGreaterThan(0);
    expect(data.participants.count).toEqual({ count: expected.length, precision: 'EXACT' });
    expect(data.participants.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(expected.map((p) => p.id).sort());
  });

  test('an auditor in Busan reads a Seoul person’s access log, not their contact details', async () => {
    await system.query('query ($id: ID!) { participant(id: $id) { name } }', { id: showcase.id }, await as(staff(showcase.centerId, 'WOMEN')));
    const auditor = await as(staff(BUSAN, 'WORKPLUS', 'AUDITOR'), 'audit');
    const { data, errors } = await system.query(
      'query ($id: ID!) { participant(id: $id) { id name contact { phone email } dataAccessLog { owner } } }',
      { id: showcase.id },
      auditor,
    );
    expect(data.participant.name).toBeNull();
    expect(data.participant.contact).toBeNull();
    expect(data.participant.dataAccessLog.length).toBeGreaterThan(0);
    expect(errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual([
      ['participant.contact', 'WITHHELD'],
      ['participant.name', 'WITHHELD'],
    ]);
  });

  test('staff of another city read no identity, by ID, by search or through an entity reference', async () => {
    const busan = await as(staff(BUSAN, 'EMPLOYMENT'));
    const byId = await system.query(
      'query ($id: ID!) { participant(id: $id) { name birthDate contact { phone } consents { id } } }',
      { id: showcase.id },
      busan,
    );
    expect(byId.data.participant).toEqual({ name: null, birthDate: null, contact: null, consents: [] });
    expect(new Set(codes(byId.errors))).toEqual(new Set(['WITHHELD']));
    const bySearch = await system.query(SEARCH, { filter: { name: showcase.name, birthDate: showcase.birthDate } }, busan);
    expect(bySearch.data.participants).toEqual({ count: { count: 0, precision: 'EXACT' }, edges: [] });
  });

  test('a search and a count are logged as probes, with the filter’s items', async () => {
    const subject = `stf-jeonju-jobcenter-probe-${randomUUID().slice(0, 6)}`;
    const token = await system.token({ ...staffAt('ctr-jeonju', 'JOBCENTER'), roles: ['COUNSELLOR'], subject });
    const person = population.people.find((p) => p.centerId === 'ctr-jeonju')!;
    const filter = { name: person.name, birthDate: person.birthDate };
    const count = await system.query(
      'query ($filter: ParticipantFilter) { participants(filter: $filter) { count { count } totalCount edges { node { id } } } }',
      { filter },
      { token, purpose: 'counselling' },
    );
    expect(count.data.participants.totalCount).toBeGreaterThanOrEqual(1);
    expect(count.data.participants.count.count).toBe(count.data.participants.totalCount);
    const logged = await rows<{ participant_id: string; items: string[]; basis: string }>(
      'workplus',
      'select participant_id, items, basis from access_log where subject = $1 order by seq',
      [subject],
    );
    // Both counts of one request are one probe record.
    expect(logged).toContainEqual({
      participant_id: '*',
      items: ['participants.count', 'participants.search.birthDate', 'participants.search.name', 'participants.totalCount'],
      basis: 'PROBE',
    });
    expect(logged).toContainEqual({
      participant_id: person.id,
      items: ['participants.search.birthDate', 'participants.search.name'],
      basis: 'CENTER_REGISTRATION',
    });
  });

  test('a count reads nobody, stops at its limit and says so; a limit outside 1–10,000 is refused and logs no count', async () => {
    const subject = `stf-jeonju-count-${randomUUID().slice(0, 6)}`;
    const caller = { token: await system.token({ ...staffAt('ctr-jeonju', 'JOBCENTER'), roles: ['COUNSELLOR'], subject }), purpose: 'counselling' };
    const COUNT = 'query ($limit: Int) { participants { count(limit: $limit) { count precision } } }';
    const counted = async (limit: number) => (await system.query(COUNT, { limit }, caller)).data.participants.count;
    const all = await counted(10_000);
    expect(all.precision).toBe('EXACT');
    expect(all.count).toBeGreaterThan(2);
    expect(await counted(all.count)).toEqual({ count: all.count, precision: 'EXACT' });
    expect(await counted(all.count - 1)).toEqual({ count: all.count - 1, precision: 'AT_LEAST' });
    expect(await counted(1)).toEqual({ count: 1, precision: 'AT_LEAST' });
    // A count alone reads no page of people, so nobody is logged but the probe.
    expect(await rows('workplus', 'select distinct participant_id from access_log where subject = $1', [subject])).toEqual([{ participant_id: '*' }]);

    const logged = () => rows('workplus', "select seq from access_log where subject = $1 and participant_id = '*'", [subject]);
    const before = (await logged()).length;
    for (const limit of [0, -1, 10_001]) {
      const refused = await system.query(COUNT, { limit }, caller);
      expect([limit, codes(refused.errors), refused.errors?.[0]?.message]).toEqual([limit, ['BAD_USER_INPUT'], '`count(limit:)` must be between 1 and 10000']);
    }
    expect((await logged()).length).toBe(before);
  });
});

describe('3. a purpose unlocks only what its statute names, for the operation it serves', () => {
  const person = population.people.find(
    (p) => p.knownTo.welfare && !consenting.has(p.id) && population.householdById.get(p.householdId)!.memberIds.length > 1,
  )!;

  test('eligibility on a plain read of the welfare record releases nothing', async () => {
    const counsellor = await as(staff(person.centerId, 'EMPLOYMENT'), 'eligibility');
    const { data, errors } = await system.query(
      `query ($id: ID!) { participant(id: $id) { welfare { entitlements { program } disability { severity }
        household { size assetsKrw members { participant { id } } } } } }`,
      { id: person.id },
      counsellor,
    );
    expect(data.participant.welfare).toBeNull();
    expect(codes(errors)).toEqual(['WITHHELD']);
  });

  test('NESP eligibility gets exactly the named items, and the log names them and the statute', async () => {
    const subject = `stf-nesp-${randomUUID().slice(0, 6)}`;
    const token = await system.token({ ...staffAt(person.centerId, 'EMPLOYMENT'), roles: ['COUNSELLOR'], subject });
    const { data, errors } = await system.query(
      'query ($id: ID!) { participant(id: $id) { nespEligibility { track } } }',
      { id: person.id },
      { token, purpose: 'eligibility' },
    );
    expect(errors).toBeUndefined();
    expect(data.participant.nespEligibility.track).toBeDefined();
    const logged = await rows<{ items: string[]; basis: string }>('socialsecurity', 'select items, basis from access_log where subject = $1', [subject]);
    expect(logged).toEqual([
      {
        items: ['welfare.household.assetsKrw', 'welfare.household.monthlyIncomeKrw', 'welfare.household.size', 'welfare.household.vulnerableGroup'],
        basis: expect.stringMatching(/^STATUTE 구직자 취업촉진/),
      },
    ]);
  });

  test('asking for more beside the eligibility decision is refused, naming what the statute releases', async () => {
    const counsellor = await as(staff(person.centerId, 'EMPLOYMENT'), 'eligibility');
    const { data, errors } = await system.query(
      'query ($id: ID!) { participant(id: $id) { nespEligibility { track } welfare { entitlements { program } } } }',
      { id: person.id },
      counsellor,
    );
    expect(data.participant.welfare).toBeNull();
    const refusal = errors!.find((e) => e.path?.join('.') === 'participant.welfare')!;
    expect(refusal.extensions?.code).toBe('WITHHELD');
    expect(refusal.message).toMatch(/releases only welfare\.household\.size.*not welfare\.entitlements/);
  });
});

describe('4. the data subject is one person', () => {
  const household = population.households.find((h) => h.memberIds.length > 2 && population.byId.get(h.memberIds[0]!)!.knownTo.welfare)!;
  const self = population.byId.get(household.memberIds[0]!)!;
  const MEMBERS = `query ($id: ID!) { participant(id: $id) { welfare { household { size members { relation
    participant { id name birthDate contact { phone email } consents { id } timeline { withheldBy } recommendedJobs { score } } } } } } }`;

  test('a citizen sees the household and each member’s relation to the head, not the others’ identity, and no internal error', async () => {
    const subject = self.id;
    const { data, errors } = await system.query(MEMBERS, { id: self.id }, await as(citizen(self), 'self-access'));
    expect(errors?.filter((e) => e.extensions?.code !== 'WITHHELD')).toEqual([]);
    const members = data.participant.welfare.household.members as { relation: string; participant: Record<string, unknown> }[];
    expect(members).toHaveLength(household.memberIds.length);
    for (const member of members) {
      expect(member.relation).toBeDefined();
      if (member.participant.id === subject) {
        expect(member.participant.name).toBe(self.name);
        continue;
      }
      expect(member.participant).toEqual({
        id: member.participant.id,
        name: null,
        birthDate: null,
        contact: null,
        consents: [],
        timeline: null,
        recommendedJobs: null,
      });
    }
    expect(new Set(codes(errors))).toEqual(new Set(['WITHHELD']));
    const others = household.memberIds.slice(1);
    // Refused attempts at the others are logged too (outcome REFUSED …); nothing of theirs was disclosed.
    const logged = await rows('workplus', "select participant_id from access_log where subject = $1 and participant_id = any($2) and outcome = 'DISCLOSED'", [
      subject,
      others,
    ]);
    expect(logged).toEqual([]);
  });
});

describe('5. a reused idempotency key discloses nothing', () => {
  test('an intake, a referral and a placement made in Seoul are not returned to Busan for the same key', async () => {
    const seoul = await as(staff('ctr-seoul-west', 'EMPLOYMENT'));
    const busan = await as(staff(BUSAN, 'EMPLOYMENT'));
    const key = randomUUID();
    const intake = `mutation ($input: IntakeInput!) { registerIntake(input: $input) { outcome intake { id participant { id name } } } }`;
    const person = (name: string) => ({ name, birthDate: '1991-03-09', gender: 'FEMALE', municipalityCode: '11440' });
    const consents = [{ discloser: 'EMPLOYMENT', recipient: 'WOMEN', purposes: ['REFERRAL'], validUntil: nextYear }];
    const first = await system.query(
      intake,
      { input: { person: person('비밀인'), needs: ['EMPLOYMENT', 'CAREER_BREAK'], consents, idempotencyKey: key } },
      seoul,
    );
    expect(first.errors).toBeUndefined();
    const participantId = first.data.registerIntake.intake.participant.id;

    const replayed = await system.query(intake, { input: { person: person('다른사람'), needs: ['EMPLOYMENT'], idempotencyKey: key } }, busan);
    expect(codes(replayed.errors)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(JSON.stringify(replayed)).not.toMatch(/비밀인|ptc_/);

    const referral = `mutation ($input: ReferralInput!) { requestReferral(input: $input) { id participant { name } } }`;
    const refKey = randomUUID();
    const sent = await system.query(
      referral,
      { input: { participantId, service: 'CAREER_BREAK_COUNSELLING', toAgency: 'WOMEN', idempotencyKey: refKey } },
      seoul,
    );
    expect(sent.errors).toBeUndefined();
    const stolen = await system.query(
      referral,
      { input: { participantId, service: 'CAREER_BREAK_COUNSELLING', toAgency: 'WOMEN', idempotencyKey: refKey } },
      busan,
    );
    expect(codes(stolen.errors)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(JSON.stringify(stolen)).not.toMatch(/비밀인|ref-/);

    const placement = `mutation ($input: PlacementInput!) { recordPlacement(input: $input) { id participant { name } } }`;
    const plcKey = randomUUID();
    const today = new Date().toISOString().slice(0, 10);
    const input = { participantId, employerName: '(주)마포물산', jobTitle: '사무원', startedOn: today, idempotencyKey: plcKey };
    expect((await system.query(placement, { input }, seoul)).errors).toBeUndefined();
    const other = await system.query(placement, { input }, busan);
    expect(codes(other.errors)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(JSON.stringify(other)).not.toMatch(/비밀인|plc-/);
  });
});

describe('5b. one rule for every key: same caller and input get one record, five racing copies the same answer', () => {
  test('five concurrent copies of one referral request', async () => {
    const seoul = await as(staff('ctr-seoul-west', 'EMPLOYMENT'));
    const intake = await system.query(
      'mutation ($input: IntakeInput!) { registerIntake(input: $input) { intake { participant { id } } } }',
      {
        input: {
          person: { name: '동시요청', birthDate: '1984-07-21', gender: 'MALE', municipalityCode: '11440' },
          needs: ['VETERAN'],
          consents: [{ discloser: 'EMPLOYMENT', recipient: 'VETERANS', purposes: ['REFERRAL'], validUntil: nextYear }],
          idempotencyKey: randomUUID(),
        },
      },
      seoul,
    );
    const participantId = intake.data.registerIntake.intake.participant.id;
    const input = { participantId, service: 'VETERAN_CAREER_SUPPORT', toAgency: 'VETERANS', idempotencyKey: randomUUID() };
    const copies = await Promise.all(
      Array.from({ length: 5 }, () => system.query('mutation ($input: ReferralInput!) { requestReferral(input: $input) { id status } }', { input }, seoul)),
    );
    expect(copies.map((c) => c.errors)).toEqual(copies.map(() => undefined));
    expect(new Set(copies.map((c) => c.data.requestReferral.id)).size).toBe(1);
    const changed = await system.query(
      'mutation ($input: ReferralInput!) { requestReferral(input: $input) { id } }',
      { input: { ...input, note: '다른 내용' } },
      seoul,
    );
    expect(codes(changed.errors)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await rows('workplus', 'select id from referrals where participant_id = $1', [participantId])).toHaveLength(1);
  });
});

describe('6. token hygiene', () => {
  const PING = '{ centers { id } }';
  test('a staff token living past AUTH_MAX_TOKEN_TTL (12 h) is refused, one within it is accepted', async () => {
    const forever = await system.query(PING, {}, { token: await system.token({}, '876000h') });
    expect(forever.status).toBe(401);
    expect(forever.errors?.[0]?.message).toMatch(/AUTH_MAX_TOKEN_TTL/);
    expect((await system.query(PING, {}, { token: await system.token({}, '13h') })).status).toBe(401);
    expect((await system.query(PING, {}, { token: await system.token({}, '12h') })).status).toBe(200);
  });
});

describe('7. every read in a list is logged as its own', () => {
  test('two aliases of a guarded field, over a page of people, log each its own items for each person, read or refused', async () => {
    const subject = `stf-aliases-${randomUUID().slice(0, 6)}`;
    const token = await system.token({ ...staffAt('ctr-seoul-west', 'EMPLOYMENT'), roles: ['COUNSELLOR'], subject });
    const { data } = await system.query(
      `{ participants(first: 20) { edges { node { id
          a: employment { placements { id } } b: employment { trainings { id } }
          w: womenReemployment { internships { id } } v: womenReemployment { profile { id } } } } } }`,
      {},
      { token, purpose: 'counselling' },
    );
    const ids = data.participants.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids.length).toBeGreaterThan(1);
    const logged = async (subgraph: string) =>
      rows<{ participant_id: string; items: string[]; outcome: string }>(subgraph, 'select participant_id, items, outcome from access_log where subject = $1', [
        subject,
      ]);
    const itemsOf = (records: { participant_id: string; items: string[] }[], id: string) =>
      records.filter((r) => r.participant_id === id).map((r) => r.items.join(','));
    const employment = await logged('employment');
    const women = await logged('women');
    expect(women.length).toBeGreaterThan(0);
    for (const id of ids) {
      const read = itemsOf(employment, id);
      // A person's reads of one request are one record, with the items of both.
      if (read.length) expect(read).toEqual(['employment.placements,employment.trainings']);
      const asked = itemsOf(women, id);
      if (asked.length) expect(asked).toEqual(['womenReemployment.internships,womenReemployment.profile']);
    }
    expect(employment.filter((r) => r.participant_id !== '*').length).toBeGreaterThan(1);
  });
});
