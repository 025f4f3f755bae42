import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { brnCheckDigit } from '../subgraphs/shared/jobs/brn.js';
import { demoPostings } from '../subgraphs/shared/jobs/demo.js';
import { isoToday } from '../subgraphs/shared/policy/disclosure.js';
import { addDays } from '../subgraphs/shared/demo/random.js';
import { generatePopulation } from '../subgraphs/shared/demo/population.js';
import { staffAt } from './support/callers.js';
import { System, TEST_REDIS_URL, type GraphQLResponse } from './support/system.js';

let system: System;
// Every subgraph on real Redis: owners XADD their outbox to a Redis Stream, Work-Plus reads it as a consumer group.
beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: 100, redis: true });
}, 60_000);
afterAll(() => system?.stop());

const OWNERS = {
  EMPLOYMENT: { name: 'Employment', caller: staffAt('ctr-seoul-west', 'EMPLOYMENT') },
  WOMEN: { name: 'Women', caller: staffAt('ctr-seoul-west', 'WOMEN') },
  VETERANS: { name: 'Veteran', caller: staffAt('ctr-seoul-west', 'VETERANS') },
  JOBCENTER: { name: 'JobCenter', caller: staffAt('ctr-seoul-west', 'JOBCENTER') },
} as const;
type Owner = keyof typeof OWNERS;

const POSTING =
  'id agency title employerName businessRegistrationNumber occupation { code name } workMunicipalityCode monthlyWageKrw employmentType openings openOn closeOn status closedReason version';
const BOARD = `query Board($filter: JobBoardFilter, $first: Int, $after: String) {
  jobBoard(filter: $filter, first: $first, after: $after) {
    totalCount lastIndexedAt
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id employerName businessRegistrationNumber occupation { code } openOn closeOn agencies postings { ${POSTING} } } }
  }
}`;

/** A business registration number no demo employer has, with a valid check digit. */
function freshBrn(): string {
  const nine = `9${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  return `${nine}${brnCheckDigit(nine)}`;
}

const today = isoToday();

function input(over: Record<string, unknown> = {}) {
  return {
    title: '요양보호사 모집',
    employerName: '(주)테스트돌봄',
    businessRegistrationNumber: freshBrn(),
    occupationCode: '5501',
    workMunicipalityCode: '11440',
    monthlyWageKrw: 2_600_000,
    employmentType: 'PERMANENT',
    openings: 2,
    openOn: today,
    closeOn: addDays(today, 60),
    idempotencyKey: randomUUID(),
    ...over,
  };
}

async function register(owner: Owner, posting: Record<string, unknown>, as: Owner = owner): Promise<GraphQLResponse> {
  const { name } = OWNERS[owner];
  return system.query(
    `mutation ($input: JobPostingInput!) { posting: register${name}JobPosting(input: $input) { ${POSTING} } }`,
    { input: posting },
    { token: await system.token(OWNERS[as].caller), purpose: null },
  );
}

async function close(owner: Owner, id: string, as: Owner = owner): Promise<GraphQLResponse> {
  const { name } = OWNERS[owner];
  return system.query(
    `mutation ($id: ID!) { posting: close${name}JobPosting(id: $id, reason: "채용 완료") { ${POSTING} } }`,
    { id },
    { token: await system.token(OWNERS[as].caller), purpose: null },
  );
}

async function registered(owner: Owner, posting: Record<string, unknown>) {
  const { data, errors } = await register(owner, posting);
  expect(errors).toBeUndefined();
  return data.posting as { id: string; version: number; status: string };
}

async function board(filter: Record<string, unknown> = {}, first = 100, after?: string) {
  const { data, errors } = await system.query(BOARD, { filter, first, after }, { purpose: null });
  expect(errors).toBeUndefined();
  return data.jobBoard as {
    totalCount: number;
    lastIndexedAt: string | null;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        agencies: string[];
        businessRegistrationNumber: string;
        postings: { id: string; agency: string; monthlyWageKrw: number; workMunicipalityCode: string; employmentType: string; occupation: { code: string } }[];
      };
    }[];
  };
}

/** Every vacancy on the board for a filter, walking the pages. */
async function everyVacancy(filter: Record<string, unknown> = {}, first = 100) {
  const nodes: Awaited<ReturnType<typeof board>>['edges'][number]['node'][] = [];
  let after: string | undefined;
  do {
    const page = await board(filter, first, after);
    nodes.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
  } while (after);
  return nodes;
}

/** The board is eventually consistent: asks again until `check` holds, for at most five seconds. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const vacanciesOf = (brn: string) =>
  eventually(
    () => everyVacancy({}),
    (v) => v.some((n) => n.businessRegistrationNumber === brn),
  ).then((all) => all.filter((n) => n.businessRegistrationNumber === brn));

describe('the job center joins the center', () => {
  test('demo centers have a job center desk with staff, and a person may consent to an agency disclosing to it', async () => {
    const { data } = await system.query(
      '{ center(id: "ctr-seoul-west") { agencies { agency officeName } staff(agency: JOBCENTER) { id } } }',
      {},
      { purpose: null },
    );
    expect(data.center.agencies).toContainEqual({ agency: 'JOBCENTER', officeName: '서울서부일자리센터' });
    expect(data.center.staff.map((s: { id: string }) => s.id)).toContain('stf-seoul-west-jobcenter-1');
    const person = generatePopulation(100).people.find((p) => p.knownTo.employment)!;
    const consent = await system.query(
      'mutation ($id: ID!, $consents: [ConsentInput!]!) { recordConsents(participantId: $id, consents: $consents) { discloser recipient } }',
      { id: person.id, consents: [{ discloser: 'EMPLOYMENT', recipient: 'JOBCENTER', purposes: ['PLACEMENT'], validUntil: addDays(today, 365) }] },
    );
    expect(consent.errors).toBeUndefined();
    expect(consent.data.recordConsents).toEqual([{ discloser: 'EMPLOYMENT', recipient: 'JOBCENTER' }]);
  });
});

describe('the demo job board', () => {
  test("the owners' events travel on a Redis Stream that Work-Plus reads as a consumer group, all acknowledged", async () => {
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const field = (group: unknown[], name: string) => group[group.indexOf(name) + 1];
      // Read (lag 0) and acknowledged (nothing pending) once the board has indexed every event.
      const done = (groups: unknown[][]) => groups.some((g) => field(g, 'lag') === 0 && field(g, 'pending') === 0);
      const groups = await eventually(async () => (await redis.xinfo('GROUPS', system.jobEventsStream)) as unknown[][], done);
      expect(groups.map((g) => field(g, 'name'))).toEqual(['workplus-job-board']);
      expect(done(groups)).toBe(true);
      expect(await redis.xlen(system.jobEventsStream)).toBeGreaterThanOrEqual(demoPostings().length);
    } finally {
      await redis.quit();
    }
  });

  test("every open demo posting of the four owners is on the board once, and employers' duplicates are grouped", async () => {
    const open = demoPostings().filter((p) => p.closeOn >= today);
    const vacancies = await eventually(
      () => everyVacancy(),
      (v) => v.flatMap((n) => n.postings).filter((p) => p.id.match(/^job-[a-z]+-\d{4}$/)).length >= open.length,
    );
    const seeded = vacancies.flatMap((n) => n.postings.map((p) => p.id)).filter((id) => /^job-[a-z]+-\d{4}$/.test(id));
    expect(seeded.sort()).toEqual(open.map((p) => p.id).sort());
    const multi = vacancies.filter((n) => n.agencies.length >= 2);
    expect(multi.length).toBeGreaterThanOrEqual(5);
    expect(vacancies.some((n) => n.agencies.length === 3)).toBe(true);
    for (const vacancy of vacancies) {
      expect(vacancy.agencies).toEqual([...new Set(vacancy.postings.map((p) => p.agency))].sort());
      expect(new Set(vacancy.postings.map((p) => `${p.occupation.code}`)).size).toBe(1);
    }
  });
});

describe('posting and the board', () => {
  test('the same vacancy posted at two agencies shows once, listing both agencies and each posting', async () => {
    const brn = freshBrn();
    const women = await registered('WOMEN', input({ businessRegistrationNumber: brn, title: '[새일] 요양보호사', openOn: today, closeOn: addDays(today, 30) }));
    const jobcenter = await registered(
      'JOBCENTER',
      input({ businessRegistrationNumber: brn, title: '요양보호사 구인', openOn: addDays(today, 20), closeOn: addDays(today, 80) }),
    );
    // Same employer and occupation, but its period begins after both others end: another vacancy.
    const later = await registered('EMPLOYMENT', input({ businessRegistrationNumber: brn, openOn: addDays(today, 81), closeOn: addDays(today, 120) }));
    const vacancies = await eventually(
      () => vacanciesOf(brn),
      (v) => v.flatMap((n) => n.postings).length === 3,
    );
    expect(vacancies).toHaveLength(2);
    const shared = vacancies.find((n) => n.postings.some((p) => p.id === women.id))!;
    expect(shared.agencies).toEqual(['JOBCENTER', 'WOMEN']);
    expect(shared.postings.map((p) => p.id).sort()).toEqual([jobcenter.id, women.id].sort());
    expect(vacancies.find((n) => n !== shared)!.postings.map((p) => p.id)).toEqual([later.id]);
  });

  test('closing removes the posting from the board; the vacancy goes when its last posting closes', async () => {
    const brn = freshBrn();
    const veterans = await registered('VETERANS', input({ businessRegistrationNumber: brn, occupationCode: '5731' }));
    const employment = await registered('EMPLOYMENT', input({ businessRegistrationNumber: brn, occupationCode: '5731' }));
    await eventually(
      () => vacanciesOf(brn),
      (v) => v[0]?.agencies.length === 2,
    );

    const { data, errors } = await close('VETERANS', veterans.id);
    expect(errors).toBeUndefined();
    expect(data.posting).toMatchObject({ status: 'CLOSED', closedReason: '채용 완료', version: 2 });
    const afterOne = await eventually(
      () => vacanciesOf(brn),
      (v) => v[0]?.agencies.length === 1,
    );
    expect(afterOne.map((n) => n.agencies)).toEqual([['EMPLOYMENT']]);

    // Closing again changes nothing.
    expect((await close('VETERANS', veterans.id)).data.posting).toMatchObject({ status: 'CLOSED', version: 2 });
    await close('EMPLOYMENT', employment.id);
    const gone = await eventually(
      () => everyVacancy(),
      (v) => !v.some((n) => n.businessRegistrationNumber === brn),
    );
    expect(gone.some((n) => n.businessRegistrationNumber === brn)).toBe(false);
  });

  test('a retry with the same idempotencyKey creates nothing new; the key with another posting is refused', async () => {
    const posting = input({ occupationCode: '5611' });
    const first = await registered('JOBCENTER', posting);
    const again = await registered('JOBCENTER', posting);
    expect(again.id).toBe(first.id);
    const vacancies = await eventually(
      () => vacanciesOf(posting.businessRegistrationNumber),
      (v) => v.length > 0,
    );
    expect(vacancies.flatMap((n) => n.postings.map((p) => p.id))).toEqual([first.id]);

    const other = await register('JOBCENTER', { ...posting, openings: 9 });
    expect(other.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.errors?.[0]?.message).toMatch(/idempotencyKey was already used/);
  });

  test('bad input is refused with every problem listed, and nothing is written', async () => {
    const brn = '1048123456'; // check digit should be 4
    const before = await board();
    const { data, errors } = await register(
      'JOBCENTER',
      input({ businessRegistrationNumber: brn, occupationCode: '9999', closeOn: addDays(today, -3), openOn: today, openings: 0, title: ' ' }),
    );
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const message = errors![0]!.message;
    for (const problem of ['wrong check digit', 'occupationCode 9999', 'closeOn must not be before openOn', 'closeOn is in the past', 'openings', 'title']) {
      expect(message).toContain(problem);
    }
    const employer = await system.query('query ($brn: String!) { jobCenterEmployer(businessRegistrationNumber: $brn) { name } }', { brn }, { purpose: null });
    expect(employer.data.jobCenterEmployer).toBeNull();
    expect((await board()).totalCount).toBe(before.totalCount);
  });

  test('a valid posting at the job center registers its employer too, hyphens and all', async () => {
    const brn = freshBrn();
    const hyphenated = `${brn.slice(0, 3)}-${brn.slice(3, 5)}-${brn.slice(5)}`;
    const posting = await registered('JOBCENTER', input({ businessRegistrationNumber: hyphenated, employerName: '(주)하이픈' }));
    const { data } = await system.query(
      'query ($brn: String!) { jobCenterEmployer(businessRegistrationNumber: $brn) { businessRegistrationNumber name postings { id } } }',
      { brn: hyphenated },
      { purpose: null },
    );
    expect(data.jobCenterEmployer).toEqual({ businessRegistrationNumber: brn, name: '(주)하이픈', postings: [{ id: posting.id }] });
  });

  test("only the owning agency's staff register and close its postings", async () => {
    const posting = await registered('WOMEN', input());
    for (const [owner, as] of [
      ['WOMEN', 'EMPLOYMENT'],
      ['JOBCENTER', 'WOMEN'],
      ['VETERANS', 'JOBCENTER'],
    ] as const) {
      const refused = await register(owner, input(), as);
      expect([owner, as, refused.errors?.[0]?.extensions?.code]).toEqual([owner, as, 'FORBIDDEN']);
    }
    const closing = await close('WOMEN', posting.id, 'JOBCENTER');
    expect(closing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const auditor = await system.query(
      `mutation ($id: ID!) { closeWomenJobPosting(id: $id, reason: "x") { id } }`,
      { id: posting.id },
      { token: await system.token({ ...OWNERS.WOMEN.caller, roles: ['AUDITOR'] }), purpose: null },
    );
    expect(auditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Another agency's posting is not in this owner's database at all.
    expect((await close('EMPLOYMENT', posting.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const still = await eventually(
      () => everyVacancy(),
      (v) => v.some((n) => n.postings.some((p) => p.id === posting.id)),
    );
    expect(still.some((n) => n.postings.some((p) => p.id === posting.id))).toBe(true);
  });
});

describe('searching the board', () => {
  test('each filter keeps only vacancies with a posting that matches it', async () => {
    const filters: [Record<string, unknown>, (p: Awaited<ReturnType<typeof everyVacancy>>[number]['postings'][number]) => boolean][] = [
      [{ occupationCode: '5501' }, (p) => p.occupation.code === '5501'],
      [{ municipalityCode: '11440' }, (p) => p.workMunicipalityCode === '11440'],
      [{ province: '서울특별시' }, (p) => p.workMunicipalityCode.startsWith('11')],
      [{ minMonthlyWageKrw: 3_500_000 }, (p) => p.monthlyWageKrw >= 3_500_000],
      [{ employmentType: 'PART_TIME' }, (p) => p.employmentType === 'PART_TIME'],
      [{ agency: 'VETERANS' }, (p) => p.agency === 'VETERANS'],
      [{ agency: 'WOMEN', province: '서울특별시' }, (p) => p.agency === 'WOMEN' && p.workMunicipalityCode.startsWith('11')],
    ];
    const all = await everyVacancy();
    for (const [filter, matches] of filters) {
      const found = await everyVacancy(filter);
      const expected = all.filter((n) => n.postings.some(matches)).map((n) => n.id);
      expect([filter, found.map((n) => n.id).sort()]).toEqual([filter, expected.sort()]);
      expect(found.length).toBeGreaterThan(0);
    }
  });

  test('cursor pages walk every vacancy once, newest first, and totalCount counts vacancies', async () => {
    const single = await board({}, 100);
    const paged = await everyVacancy({}, 7);
    expect(paged.map((n) => n.id)).toEqual(single.edges.map((e) => e.node.id));
    expect(new Set(paged.map((n) => n.id)).size).toBe(paged.length);
    expect(single.totalCount).toBe(paged.length);
    expect(single.lastIndexedAt).not.toBeNull();
    const bad = await system.query(BOARD, { first: 5, after: 'not-a-cursor' }, { purpose: null });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Participant.recommendedJobs', () => {
  const WISHES = `employment { jobSeeker { desiredOccupation { code } desiredRegionCode desiredMonthlyWageKrw desiredEmploymentType } }`;
  const RECOMMENDED = `recommendedJobs(first: 50) { score reasons vacancy { id agencies } posting { id occupation { code } workMunicipalityCode monthlyWageKrw employmentType } }`;

  test("ranks by the person's recorded wishes: a vacancy that fits on every count comes first with 100 and four reasons", async () => {
    const { data: page } = await system.query(`{ participants(first: 100) { edges { node { id homeMunicipality { code } ${WISHES} } } } }`);
    const person = page.participants.edges
      .map((e: { node: any }) => e.node)
      .find((n: any) => n.employment && n.employment.jobSeeker.desiredRegionCode.startsWith('11') && n.employment.jobSeeker.desiredEmploymentType !== 'DAILY');
    expect(person).toBeDefined();
    const wish = person.employment.jobSeeker;
    const perfect = await registered(
      'JOBCENTER',
      input({
        occupationCode: wish.desiredOccupation.code,
        workMunicipalityCode: wish.desiredRegionCode,
        monthlyWageKrw: wish.desiredMonthlyWageKrw + 500_000,
        employmentType: wish.desiredEmploymentType,
      }),
    );
    // The right occupation but far away, underpaid and daily work: the occupation alone scores.
    const occupationOnly = await registered(
      'JOBCENTER',
      input({
        occupationCode: wish.desiredOccupation.code,
        workMunicipalityCode: '52710',
        monthlyWageKrw: 100_000,
        employmentType: 'DAILY',
      }),
    );
    const query = `query ($id: ID!) { participant(id: $id) { ${RECOMMENDED} } }`;
    const read = async () => (await system.query(query, { id: person.id })).data.participant.recommendedJobs as any[];
    const recommended = await eventually(read, (r) => r.some((x) => x.posting.id === occupationOnly.id));

    expect(recommended[0]).toMatchObject({ score: 100, posting: { id: perfect.id } });
    expect(recommended[0].reasons).toHaveLength(4);
    expect(recommended[0].reasons.join(' ')).toMatch(/desired occupation .* recorded by EMPLOYMENT/);
    const low = recommended.find((r) => r.posting.id === occupationOnly.id);
    expect(low.score).toBe(wish.desiredRegionCode.startsWith('52') || person.homeMunicipality.code.startsWith('52') ? 60 : 50);
    for (let i = 1; i < recommended.length; i++) expect(recommended[i - 1].score).toBeGreaterThanOrEqual(recommended[i].score);
    for (const r of recommended) {
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.vacancy.agencies.length).toBeGreaterThan(0);
    }
  });

  test('what an agency withholds counts as nothing recorded', async () => {
    // Known to employment, unknown to the women's center: no consent lets employment disclose to a women's counsellor.
    const person = generatePopulation(100).people.find((p) => p.knownTo.employment && !p.knownTo.womenReemployment && p.centerId === 'ctr-seoul-west')!;
    const query = `query ($id: ID!) { participant(id: $id) { homeMunicipality { code } ${RECOMMENDED} } }`;
    const asEmployment = await system.query(query, { id: person.id });
    expect(asEmployment.data.participant.recommendedJobs.some((r: any) => r.reasons.join(' ').includes('EMPLOYMENT'))).toBe(true);

    const womenToken = await system.token({ ...OWNERS.WOMEN.caller, subject: 'stf-seoul-west-women-2' });
    const { data, errors } = await system.query(query, { id: person.id }, { token: womenToken });
    // Employment's refusal is of a field the women's counsellor never selected: it stays at the gateway.
    expect(errors).toBeUndefined();
    const home = data.participant.homeMunicipality.code;
    expect(data.participant.recommendedJobs.length).toBeGreaterThan(0);
    for (const r of data.participant.recommendedJobs) {
      expect(r.reasons.join(' ')).not.toMatch(/EMPLOYMENT|desired occupation/);
      expect(r.posting.workMunicipalityCode.slice(0, 2)).toBe(home.slice(0, 2));
    }
  });
});
