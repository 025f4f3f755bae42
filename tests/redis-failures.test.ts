import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import pg from 'pg';
import { freePort } from '../scripts/bench/processes.js';
import { readSubgraphConfig } from '../subgraphs/shared/config.js';
import { openDatabase } from '../subgraphs/shared/db/database.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { addDays } from '../subgraphs/shared/demo/random.js';
import { brnCheckDigit } from '../subgraphs/shared/jobs/brn.js';
import { demoPostings } from '../subgraphs/shared/jobs/demo.js';
import { jobPostingMigrations } from '../subgraphs/shared/jobs/migration.js';
import { postingRelay, recordChange, relayNow } from '../subgraphs/shared/jobs/outbox.js';
import type { JobPostingTables } from '../subgraphs/shared/jobs/posting.js';
import { JOB_BOARD_GROUP } from '../subgraphs/shared/jobs/stream.js';
import type { Log } from '../subgraphs/shared/outage.js';
import { isoToday } from '../subgraphs/shared/policy/disclosure.js';
import { connectRedis } from '../subgraphs/shared/redis.js';
import { staffAt } from './support/callers.js';
import { SignJWT } from 'jose';
import { devKeyPair } from '../trust/keys.js';
import { requestDigest } from '../trust/signed-identity.js';
import { callSubgraph, EMPLOYMENT_COUNSELLOR, gatewaySignature } from './support/signing.js';
import { System, TEST_POSTGRES_URL } from './support/system.js';

/** A Redis server of this file's own, on its own port, that it may kill and start again empty; never the shared one. */
class OwnRedis {
  private child?: ReturnType<typeof spawn>;
  readonly url: string;

  constructor(readonly port: number) {
    this.url = `redis://127.0.0.1:${port}`;
  }

  private get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.child = spawn('/usr/bin/redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    while (!(await this.answers())) {
      if (Date.now() > deadline) throw new Error(`redis-server on port ${this.port} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** As a crash: everything it held is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  }

  private answers(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect(this.port, '127.0.0.1', () => socket.write('PING\r\n'));
      socket.once('data', (data) => (socket.destroy(), resolve(data.toString().startsWith('+PONG'))));
      socket.once('error', () => resolve(false));
    });
  }
}

/** Asks again until `check` holds, for at most `ms`; answers the last value. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A log that keeps its lines, to count them. */
function keptLog(): Log & { lines: { level: string; message: string }[] } {
  const lines: { level: string; message: string }[] = [];
  return {
    lines,
    info: (_fields, message = '') => void lines.push({ level: 'info', message }),
    warn: (_fields, message = '') => void lines.push({ level: 'warn', message }),
  };
}

const SEED = 30;
const showcase = showcaseParticipant(generatePopulation(SEED));
const PERSONAL = 'query ($id: ID!) { participant(id: $id) { name employment { jobSeeker { status } } } }';
const BOARD = '{ jobBoard(first: 100) { edges { node { postings { id } } } } }';
const today = isoToday();

let redis: OwnRedis;
let system: System;
/** A second gateway that keeps its published documents in this Redis and runs only those. */
let strictGateway: { url: string; close: () => Promise<void> };
const consoleErrors = jest.spyOn(console, 'error');
/** What ioredis prints for an 'error' event nobody listens to. */
const unhandledRedisErrors = () => consoleErrors.mock.calls.filter((args) => String(args[0]).includes('[ioredis] Unhandled error event'));

beforeAll(async () => {
  redis = new OwnRedis(await freePort());
  await redis.start();
  system = await System.start({ storage: 'pglite', seedSize: SEED, redisUrl: redis.url });
  // The owners' demo postings reach the board over this Redis before it fails.
  const open = demoPostings().filter((p) => p.closeOn >= today).length;
  await eventually(onBoard, (ids) => ids.length >= open);
  strictGateway = await system.anotherGateway({ REDIS_URL: redis.url, TRUSTED_DOCUMENTS: 'require' });
}, 120_000);
afterAll(async () => {
  // The run's own stream key is dropped on this Redis at stop: it must be up.
  await redis?.start();
  await strictGateway?.close();
  await system?.stop();
  await redis?.kill();
  consoleErrors.mockRestore();
});

async function onBoard(): Promise<string[]> {
  const { data, errors } = await system.query(BOARD, {}, { purpose: null });
  expect(errors).toBeUndefined();
  return data.jobBoard.edges.flatMap((e: { node: { postings: { id: string }[] } }) => e.node.postings.map((p) => p.id));
}

async function registerAtJobCenter(): Promise<string> {
  const nine = `9${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const { data, errors } = await system.query(
    'mutation ($input: JobPostingInput!) { registerJobCenterJobPosting(input: $input) { id } }',
    {
      input: {
        title: '조리원 구인',
        employerName: '(주)레디스장애',
        businessRegistrationNumber: `${nine}${brnCheckDigit(nine)}`,
        occupationCode: '5501',
        workMunicipalityCode: '11440',
        monthlyWageKrw: 2_400_000,
        employmentType: 'PERMANENT',
        openings: 1,
        openOn: today,
        closeOn: addDays(today, 30),
        idempotencyKey: randomUUID(),
      },
    },
    { token: await system.token(staffAt('ctr-seoul-west', 'JOBCENTER')), purpose: null },
  );
  expect(errors).toBeUndefined();
  return data.registerJobCenterJobPosting.id;
}

/** An unpublished document sent to the strict gateway. */
async function unpublishedAtStrictGateway(): Promise<{ status: number; code: unknown }> {
  const response = await fetch(strictGateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await system.token()}` },
    body: JSON.stringify({ query: '{ centers { name } }' }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code };
}

const subgraphBase = (name: 'employment' | 'workplus') => system.subgraphs.get(name)!.url.replace(/\/graphql$/, '');
const readiness = async (name: 'employment' | 'workplus') => {
  const response = await fetch(`${subgraphBase(name)}/health/ready`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('Redis down while REDIS_URL is set, then back empty', () => {
  test('with Redis stopped, reads that need no Redis answer, readiness says Redis is down, and a replay is still refused here', async () => {
    expect((await readiness('employment')).body).toMatchObject({ status: 'ready', redis: 'up', replayProtection: 'shared' });
    expect(await unpublishedAtStrictGateway()).toEqual({ status: 400, code: 'TRUSTED_DOCUMENT_REQUIRED' });
    await redis.kill();

    const centers = await system.query('{ centers { id } }', {}, { purpose: null });
    expect(centers.errors).toBeUndefined();
    expect(centers.data.centers.length).toBeGreaterThan(0);
    const personal = await system.query(PERSONAL, { id: showcase.id });
    expect(personal.errors).toBeUndefined();
    expect(personal.data.participant.name).toBe(showcase.name);

    // Ready, and saying that replay protection is this replica's own until Redis is back.
    expect(await readiness('employment')).toEqual({ status: 200, body: expect.objectContaining({ redis: 'down', replayProtection: 'this replica only' }) });
    const metrics = await (await fetch(`${subgraphBase('employment')}/metrics`)).text();
    expect(Number(/^replay_guard_fallbacks_total\{[^}]*\} (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThan(0);

    const query = '{ __typename }';
    const signature = await gatewaySignature(system.keysDir, 'employment', query, {});
    expect((await callSubgraph(system.subgraphs.get('employment')!.url, query, {}, signature)).status).toBe(200);
    const replay = await callSubgraph(system.subgraphs.get('employment')!.url, query, {}, signature);
    expect(replay.status).toBe(401);
    expect(replay.body.errors?.[0]?.message).toMatch(/already used/);

    // The fallback covers only signatures as short-lived as the gateway's: a longer one is refused, with a code that says why.
    const { privateKey } = await devKeyPair(system.keysDir, 'gateway');
    const { subject, ...claims } = EMPLOYMENT_COUNSELLOR;
    const now = Math.floor(Date.now() / 1000);
    const longLived = await new SignJWT({ ...claims, digest: requestDigest(query, {}) })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('workplus-gateway')
      .setAudience('employment')
      .setSubject(subject)
      .setJti(randomUUID())
      .setIssuedAt(now)
      .setExpirationTime(now + 120)
      .sign(privateKey);
    const refused = await callSubgraph(system.subgraphs.get('employment')!.url, query, {}, longLived);
    expect([refused.status, (refused.body.errors?.[0] as { extensions?: { code?: string } })?.extensions?.code]).toEqual([
      503,
      'REPLAY_PROTECTION_UNAVAILABLE',
    ]);

    // A gateway that cannot read its published documents says so, rather than answer 500.
    expect(await unpublishedAtStrictGateway()).toEqual({ status: 503, code: 'TRUSTED_DOCUMENTS_UNAVAILABLE' });
    expect(unhandledRedisErrors()).toEqual([]);
  });

  test('a gateway started while Redis is down serves what needs no Redis, and says why it cannot check a document', async () => {
    const ask = async (gateway: { url: string }) => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await system.token()}` },
        body: JSON.stringify({ query: '{ centers { id } }' }),
      });
      const body = (await response.json()) as { data?: { centers?: unknown[] }; errors?: { extensions?: { code?: unknown } }[] };
      return { status: response.status, centers: body.data?.centers?.length, code: body.errors?.[0]?.extensions?.code };
    };
    const allowing = await system.anotherGateway({ REDIS_URL: redis.url, TRUSTED_DOCUMENTS: 'allow' });
    const requiring = await system.anotherGateway({ REDIS_URL: redis.url, TRUSTED_DOCUMENTS: 'require' });
    try {
      expect(await ask(allowing)).toEqual({ status: 200, centers: expect.any(Number), code: undefined });
      expect(await ask(requiring)).toEqual({ status: 503, centers: undefined, code: 'TRUSTED_DOCUMENTS_UNAVAILABLE' });
    } finally {
      await Promise.all([allowing.close(), requiring.close()]);
    }
    expect(unhandledRedisErrors()).toEqual([]);
  });

  test('a Redis connection logs an outage once, however often it retries, and its commands fail rather than wait', async () => {
    const log = keptLog();
    const client = connectRedis(redis.url, 'test', { log });
    let errors = 0;
    client.on('error', () => (errors += 1));
    try {
      await expect(client.get('anything')).rejects.toThrow();
      await eventually(
        async () => errors,
        (n) => n >= 3,
      );
      expect(errors).toBeGreaterThanOrEqual(3);
      expect(log.lines).toEqual([{ level: 'warn', message: expect.stringMatching(/^Redis \(test\) at 127\.0\.0\.1:\d+: failing/) }]);
    } finally {
      client.disconnect();
    }
  });

  test('a posting registered while Redis is down reaches the board once Redis is back empty, and so does one registered after', async () => {
    const whileDown = await registerAtJobCenter();
    expect(await onBoard()).not.toContain(whileDown);

    await redis.start(); // empty: the stream and the board's consumer group are gone
    expect(await eventually(onBoard, (ids) => ids.includes(whileDown))).toContain(whileDown);
    const after = await registerAtJobCenter();
    expect(await eventually(onBoard, (ids) => ids.includes(after))).toContain(after);

    const client = connectRedis(redis.url, 'test');
    try {
      const groups = (await client.xinfo('GROUPS', system.jobEventsStream)) as unknown[][];
      expect(groups.map((g) => g[g.indexOf('name') + 1])).toEqual([JOB_BOARD_GROUP]);
    } finally {
      client.disconnect();
    }
    expect(
      (
        await eventually(
          () => readiness('employment'),
          (r) => r.body.redis === 'up',
        )
      ).body,
    ).toMatchObject({ redis: 'up', replayProtection: 'shared' });
    expect(unhandledRedisErrors()).toEqual([]);
  }, 60_000);
});

describe('a posting owner in a process of its own', () => {
  let database: Awaited<ReturnType<typeof openDatabase<JobPostingTables>>>;
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/wptest_${randomBytes(4).toString('hex')}_relay`;
  const stream = `wptest:${randomBytes(4).toString('hex')}:job-postings`;

  beforeAll(async () => {
    database = await openDatabase<JobPostingTables>({ storage: { kind: 'postgres', url: url.toString() }, migrations: jobPostingMigrations });
  });
  afterAll(async () => {
    await database?.close();
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`drop database if exists "${url.pathname.slice(1)}" with (force)`);
    await admin.end();
  });

  const unsent = async () =>
    (await database.db.selectFrom('job_posting_outbox').select('postingId').where('publishedAt', 'is', null).execute()).map((r) => r.postingId);

  test('without Redis and with the board elsewhere it keeps its events unsent, and sends them once it runs with Redis', async () => {
    const posting = demoPostings()[0]!;
    await database.db.transaction().execute(async (trx) => {
      await trx.insertInto('job_postings').values(posting).execute();
      await recordChange(trx, posting);
    });
    const config = readSubgraphConfig('jobcenter', { JOB_EVENTS_STREAM: stream, LOG_LEVEL: 'silent' });
    const log = keptLog();

    const alone = await postingRelay({ db: database.db, config, log });
    await relayNow(database.db);
    expect(await unsent()).toEqual([posting.id]);
    await alone();

    const withRedis = await postingRelay({ db: database.db, config: { ...config, redisUrl: redis.url }, log });
    try {
      expect(await eventually(unsent, (ids) => ids.length === 0)).toEqual([]);
    } finally {
      await withRedis();
    }
    // Published before any board read the stream, and still the board's group receives it.
    const client = connectRedis(redis.url, 'test');
    try {
      const reply = (await client.xreadgroup('GROUP', JOB_BOARD_GROUP, 'test', 'COUNT', 10, 'STREAMS', stream, '>')) as [string, [string, string[]][]][];
      const events = reply[0]![1].map(([, fields]) => JSON.parse(fields[1]!) as { posting: { id: string } });
      expect(events.map((e) => e.posting.id)).toEqual([posting.id]);
      await client.del(stream);
    } finally {
      client.disconnect();
    }
  });
});
