import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { envPrefix, SUBGRAPH_NAMES } from '../subgraphs/registry.js';
import { AGENCIES } from '../trust/identity.js';
import { AGENCY_FIELDS, EXAMPLE_QUERY } from './support/queries.js';
import { expectConstantStatements, statementsForTenAndHundred } from './support/sql-count.js';
import { System, TEST_POSTGRES_URL } from './support/system.js';

/** The same graph on the local PostgreSQL server, in production mode: same SQL, same migrations, same answers. */
const SEED = 440;
let system: System;

beforeAll(async () => {
  system = await System.start({ storage: 'postgres', seedSize: SEED, production: true });
});
afterAll(() => system?.stop());

/** The databases this run created on the server. */
async function databaseNames(): Promise<string[]> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    const created = system.databases.map((url) => new URL(url).pathname.slice(1));
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname = any($1)', [created]);
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

test('every subgraph has its own database on the server', async () => {
  const names = await databaseNames();
  for (const name of SUBGRAPH_NAMES) expect(names.some((n) => n.endsWith(`_${name}`))).toBe(true);
});

test('a freshly seeded database has every one of its tables vacuumed and analysed, so its first queries plan with statistics', async () => {
  for (const url of system.databases) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ relname: string; vacuumed: boolean; analysed: boolean }>(
        `select relname, coalesce(last_vacuum, last_autovacuum) is not null as vacuumed, coalesce(last_analyze, last_autoanalyze) is not null as analysed
           from pg_stat_user_tables`,
      );
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.filter((r) => !r.vacuumed || !r.analysed).map((r) => `${new URL(url).pathname} ${r.relname}`)).toEqual([]);
    } finally {
      await client.end();
    }
  }
});

test('the example query returns the showcase participant with data from every subgraph that keeps personal records', async () => {
  const showcase = showcaseParticipant(generatePopulation(SEED));
  const { data, errors } = await system.query(EXAMPLE_QUERY, { id: showcase.id });
  expect(errors).toBeUndefined();
  expect(data.participant.name).toBe(showcase.name);
  for (const field of AGENCY_FIELDS) expect([field, data.participant[field]]).not.toEqual([field, null]);
  expect(data.participant.welfare.household.assetsKrw).toBe(45_000_000);
});

test('the SQL statements per subgraph are the same for 10 and for 100 participants', async () => {
  expectConstantStatements(await statementsForTenAndHundred(system));
});

test('in production an internal failure says only "Internal server error": no SQL, no stack, no host', async () => {
  const database = (await databaseNames()).find((name) => name.endsWith('_employment'))!;
  const client = new pg.Client({ connectionString: Object.assign(new URL(TEST_POSTGRES_URL), { pathname: `/${database}` }).toString() });
  await client.connect();
  try {
    await client.query('alter table placements rename to placements_moved');
    const showcase = showcaseParticipant(generatePopulation(SEED));
    const { data, errors } = await system.query('query ($id: ID!) { participant(id: $id) { name employment { placements { employerName } } } }', {
      id: showcase.id,
    });
    expect(data.participant.name).toBe(showcase.name);
    expect(errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    const { path: _path, ...withoutPath } = errors![0]!;
    expect(JSON.stringify(withoutPath)).not.toMatch(/placements|relation|select|127\.0\.0\.1|stacktrace|\.ts:/i);
  } finally {
    await client.query('alter table placements_moved rename to placements');
    await client.end();
  }
});

test('Work-Plus keeps every registered agency as a row that offices, consents and the board refer to, and refuses any other', async () => {
  const client = new pg.Client({ connectionString: system.databases.find((url) => url.endsWith('_workplus'))! });
  await client.connect();
  try {
    const { rows } = await client.query<{ code: string }>('select code from agencies order by code');
    expect(rows.map((r) => r.code)).toEqual([...AGENCIES].sort());
    await expect(
      client.query(`insert into center_agencies (center_id, agency, office_name, joined_on) values ('ctr-seoul-west', 'POLICE', 'x', '2026-01-01')`),
    ).rejects.toMatchObject({
      code: '23503',
      constraint: 'center_agencies_agency_fkey',
    });
  } finally {
    await client.end();
  }
});

describe('the access log', () => {
  const urlOf = (name: string) => system.databases.find((url) => url.endsWith(`_${name}`))!;
  const rows = async (name: string, participantId: string) => {
    const client = new pg.Client({ connectionString: urlOf(name) });
    await client.connect();
    try {
      return (await client.query('select * from access_log where participant_id = $1 order by seq', [participantId])).rows;
    } finally {
      await client.end();
    }
  };
  const auditVerify = () =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
      encoding: 'utf8',
      env: { ...process.env, ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${envPrefix(n)}_DATABASE_URL`, urlOf(n)])) },
    });

  test('every read of personal data is recorded by its owner: who, for what, on which basis, which items', async () => {
    const showcase = showcaseParticipant(generatePopulation(SEED));
    const { errors } = await system.query(
      'query ($id: ID!) { participant(id: $id) { name employment { placements { employerName } } womenReemployment { profile { office } } } }',
      { id: showcase.id },
    );
    expect(errors).toBeUndefined();
    const own = (await rows('employment', showcase.id)).at(-1);
    expect(own).toMatchObject({
      subject: 'stf-seoul-west-employment-1',
      agency: 'EMPLOYMENT',
      center: 'ctr-seoul-west',
      purpose: 'COUNSELLING',
      basis: 'OWN_AGENCY',
      items: ['employment.placements'],
    });
    const partner = (await rows('women', showcase.id)).at(-1);
    expect(partner).toMatchObject({
      agency: 'EMPLOYMENT',
      basis: `CONSENT cns-${showcase.id.slice(4)}-women-employment`,
      items: ['womenReemployment.profile'],
    });
    expect((await rows('workplus', showcase.id)).at(-1)).toMatchObject({ basis: 'CENTER_REGISTRATION', items: expect.arrayContaining(['participant.name']) });
  });

  test('audit:verify passes on untouched chains and names the first tampered record', async () => {
    const clean = auditVerify();
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/employment: intact, \d+ records/);

    const client = new pg.Client({ connectionString: urlOf('employment') });
    await client.connect();
    const {
      rows: [target],
    } = await client.query('select seq from access_log order by seq limit 1 offset 1');
    await client.query("update access_log set purpose = 'PLACEMENT' where seq = $1", [target.seq]);
    await client.end();

    const tampered = auditVerify();
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain(`employment: BROKEN at record ${target.seq}`);
    expect(tampered.stdout).toMatch(/edited/);
    expect(tampered.stdout).toMatch(/women: intact/);
  });
});

describe('facility reservations (시설 예약)', () => {
  const BOOK = `mutation ($input: BookRoomInput!) { bookRoom(input: $input) { id startsAt endsAt cancelled room { name } } }`;
  const day = new Date(Date.now() + 2 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Seoul' });
  const at = (time: string) => `${day}T${time}:00+09:00`;
  const booking = (key: string, from = '10:00', to = '11:00', roomId = 'room-seoul-west-3') => ({
    input: { roomId, startsAt: at(from), endsAt: at(to), purpose: '집단상담 프로그램', idempotencyKey: key },
  });

  test('simultaneous bookings of overlapping slots: exactly one wins, the others get CONFLICT', async () => {
    const attempts = await Promise.all(
      ['09:30', '10:00', '10:15', '10:30', '10:45', '09:45'].map((from, i) => system.query(BOOK, booking(`race-${i}`, from, '11:30'))),
    );
    const won = attempts.filter((a) => !a.errors);
    expect(won).toHaveLength(1);
    for (const lost of attempts.filter((a) => a.errors)) {
      expect(lost.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(lost.errors?.[0]?.message).toMatch(/집단상담실 is already booked/);
    }
    const day_ = await system.query('query ($c: ID!, $d: Date!) { roomBookings(centerId: $c, date: $d) { id cancelled } }', { c: 'ctr-seoul-west', d: day });
    expect(day_.data.roomBookings).toEqual([{ id: won[0]!.data.bookRoom.id, cancelled: false }]);
  });

  test('a retry with the same idempotency key returns the first booking; cancelling frees the slot, once', async () => {
    const first = await system.query(BOOK, booking('retry-1', '14:00', '15:00'));
    expect(first.errors).toBeUndefined();
    expect((await system.query(BOOK, booking('retry-1', '14:00', '15:00'))).data).toEqual(first.data);
    expect((await system.query(BOOK, booking('retry-2', '14:30', '15:30'))).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const CANCEL = 'mutation ($id: ID!) { cancelRoomBooking(id: $id, reason: "programme moved") { id cancelled } }';
    const cancelled = await system.query(CANCEL, { id: first.data.bookRoom.id });
    expect(cancelled.data.cancelRoomBooking.cancelled).toBe(true);
    expect((await system.query(CANCEL, { id: first.data.bookRoom.id })).data).toEqual(cancelled.data);
    expect((await system.query(BOOK, booking('retry-3', '14:30', '15:30'))).errors).toBeUndefined();
  });

  test('bad bookings are refused with every problem named, and staff of another center cannot book', async () => {
    const bad = await system.query(BOOK, { input: { ...booking('bad-1').input, startsAt: at('12:00'), endsAt: at('11:00'), purpose: ' ' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/endsAt must be after startsAt; purpose must be 1 to 200 characters/);
    const incheon = await system.token({ center: 'ctr-incheon', subject: 'stf-incheon-employment-1' });
    const foreign = await system.query(BOOK, booking('foreign-1', '16:00', '17:00'), { token: incheon });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await system.query('query ($c: ID!, $d: Date!) { roomBookings(centerId: $c, date: $d) { purpose } }', { c: 'ctr-seoul-west', d: day });
    expect(listed.data.roomBookings.every((b: { purpose: string }) => b.purpose === '집단상담 프로그램')).toBe(true);
  });
});

describe('intake and referrals under concurrency', () => {
  const INTAKE = `mutation ($input: IntakeInput!) { registerIntake(input: $input) { outcome intake { participant { id } referrals { id } } } }`;
  const validUntil = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

  test('two desks registering the same new person at once: one registers, the other is shown the duplicate', async () => {
    const person = { name: '동시등록', birthDate: '1983-08-08', gender: 'MALE', phone: '010-8080-8080', municipalityCode: '11410' };
    const attempts = await Promise.all(
      ['desk-a', 'desk-b', 'desk-c'].map((key) => system.query(INTAKE, { input: { person, needs: ['EMPLOYMENT'], idempotencyKey: `${key}-${validUntil}` } })),
    );
    expect(attempts.map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    expect(attempts.map((a) => a.data.registerIntake.outcome).sort()).toEqual(['POSSIBLE_DUPLICATE', 'POSSIBLE_DUPLICATE', 'REGISTERED']);
    const count = await system.query(`{ participants(filter: { name: "동시등록" }) { totalCount } }`);
    expect(count.data.participants.totalCount).toBe(1);
  });

  test('the same intake retried concurrently registers one person and sends one referral', async () => {
    const input = {
      person: { name: '재시도', birthDate: '1991-01-21', gender: 'FEMALE', phone: '010-9191-2121', municipalityCode: '11440' },
      needs: ['CAREER_BREAK'],
      consents: [{ discloser: 'EMPLOYMENT', recipient: 'WOMEN', purposes: ['REFERRAL'], validUntil }],
      referrals: [{ service: 'CAREER_BREAK_COUNSELLING', toAgency: 'WOMEN' }],
      idempotencyKey: `retry-${validUntil}`,
    };
    const attempts = await Promise.all([1, 2, 3, 4].map(() => system.query(INTAKE, { input })));
    expect(attempts.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined]);
    const people = new Set(attempts.map((a) => a.data.registerIntake.intake.participant.id));
    const referrals = new Set(attempts.flatMap((a) => a.data.registerIntake.intake.referrals.map((r: { id: string }) => r.id)));
    expect([people.size, referrals.size]).toEqual([1, 1]);
  });

  test('referrals sent by one intake share its instant (microseconds here) and still page apart without one being lost', async () => {
    const women = await system.token({ subject: 'stf-seoul-west-women-1', agency: 'WOMEN' });
    const intake = await system.query(INTAKE, {
      input: {
        person: { name: '동시연계', birthDate: '1982-12-12', gender: 'FEMALE', phone: '010-1212-3434', municipalityCode: '11440' },
        needs: ['CAREER_BREAK'],
        consents: [{ discloser: 'EMPLOYMENT', recipient: 'WOMEN', purposes: ['REFERRAL'], validUntil }],
        referrals: [
          { service: 'CAREER_BREAK_COUNSELLING', toAgency: 'WOMEN' },
          { service: 'WOMEN_INTERNSHIP', toAgency: 'WOMEN' },
        ],
        idempotencyKey: `same-instant-${validUntil}`,
      },
    });
    const sent = intake.data.registerIntake.intake.referrals.map((r: { id: string }) => r.id);
    const participantId = intake.data.registerIntake.intake.participant.id;
    const PAGE = `query ($filter: ReferralFilter, $after: String) { referrals(filter: $filter, first: 1, after: $after) { edges { node { id } } pageInfo { endCursor } } }`;
    const first = await system.query(PAGE, { filter: { participantId } }, { token: women });
    const second = await system.query(PAGE, { filter: { participantId }, after: first.data.referrals.pageInfo.endCursor }, { token: women });
    const paged = [...first.data.referrals.edges, ...second.data.referrals.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(paged.sort()).toEqual([...sent].sort());
  });
});
