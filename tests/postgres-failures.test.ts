import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { freePort, startProcess, type BenchProcess } from '../scripts/bench/processes.js';
import { readSubgraphConfig, type Storage } from '../subgraphs/shared/config.js';
import { DatabaseStartFailure } from '../subgraphs/shared/db/availability.js';
import { openDatabase } from '../subgraphs/shared/db/database.js';
import { addDays } from '../subgraphs/shared/demo/random.js';
import { brnCheckDigit } from '../subgraphs/shared/jobs/brn.js';
import { isoToday } from '../subgraphs/shared/policy/disclosure.js';
import type { ForwardedIdentity } from '../trust/identity.js';
import { devKeyPair } from '../trust/keys.js';
import { requestDigest, signIdentity } from '../trust/signed-identity.js';
import { staffAt } from './support/callers.js';
import { callSubgraph } from './support/signing.js';
import { TEST_POSTGRES_URL } from './support/system.js';

/**
 * The municipal job center's subgraph as its own process, in production, on
 * the real PostgreSQL server through a TCP path this test can cut: its
 * connections are terminated (pg_terminate_backend) while idle, while a read
 * waits and while a mutation is half done, and the server becomes
 * unreachable. Only the request that was using a connection fails, with a
 * retryable code; the process stays up and the next requests succeed.
 */
const ROOT = new URL('..', import.meta.url).pathname;
const ENTRY = 'subgraphs/jobcenter/src/index.ts';
const READY = /jobcenter subgraph ready at/;
const WAITING = /waiting for the PostgreSQL database named by JOBCENTER_DATABASE_URL/;
const DATABASE = `wptest_pgfail_${randomBytes(4).toString('hex')}`;
const SERVER = new URL(TEST_POSTGRES_URL);
/** The subgraph's database, reached directly (the test's own connections). */
const DIRECT_URL = Object.assign(new URL(TEST_POSTGRES_URL), { pathname: `/${DATABASE}` }).toString();
const STAFF = { ...staffAt('ctr-seoul-west', 'JOBCENTER'), roles: ['COUNSELLOR'] } as ForwardedIdentity;
const EMPLOYER = 'query ($brn: String!) { jobCenterEmployer(businessRegistrationNumber: $brn) { name postings { id } } }';
const REGISTER = 'mutation ($input: JobPostingInput!) { registerJobCenterJobPosting(input: $input) { id } }';

/** A TCP path to the PostgreSQL server that can be cut (every connection dropped, new ones refused) and restored. */
class CuttablePath {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  constructor(readonly port: number) {}

  async open(): Promise<void> {
    this.server = net.createServer((inbound) => {
      const outbound = net.connect(Number(SERVER.port || 5432), SERVER.hostname);
      for (const socket of [inbound, outbound]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      inbound.pipe(outbound).pipe(inbound);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  /** `database` on the server, reached through this path. */
  url(database: string): string {
    return `postgres://${SERVER.username || 'postgres'}@127.0.0.1:${this.port}/${database}`;
  }
}

let keysDir: string;
let signingKey: CryptoKey;
let admin: pg.Client;
let path1: CuttablePath;
let subgraph: BenchProcess;
let url: string;
const started: BenchProcess[] = [];

function env(extra: Record<string, string>): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DEV_KEYS_DIR: keysDir,
    GATEWAY_PUBLIC_KEY_FILE: path.join(keysDir, 'gateway.private.jwk.json'),
    AUDIT_SIGNING_KEY_FILE: path.join(keysDir, 'jobcenter-audit.private.jwk.json'),
    AUDIT_PUBLIC_KEYS_DIR: keysDir,
    ...extra,
  };
}

/** Starts the job center's subgraph with these variables on a free port; resolves when its output matches `ready`. */
async function startJobcenter(vars: Record<string, string>, ready = READY): Promise<BenchProcess> {
  const port = await freePort();
  const child = await startProcess(
    'jobcenter',
    ROOT,
    ENTRY,
    env({ JOBCENTER_PORT: String(port), ...vars }),
    ready,
    `http://127.0.0.1:${port}/graphql`,
    [],
    60_000,
  );
  started.push(child);
  return child;
}

beforeAll(async () => {
  keysDir = await mkdtemp(path.join(os.tmpdir(), 'workplus-pgfail-'));
  signingKey = (await devKeyPair(keysDir, 'gateway')).privateKey;
  await devKeyPair(keysDir, 'jobcenter-audit');
  admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  // Started while nothing listens on its database's port: it says it is waiting, then starts once the path opens.
  path1 = new CuttablePath(await freePort());
  subgraph = await startJobcenter({ JOBCENTER_DATABASE_URL: path1.url(DATABASE) }, WAITING);
  await path1.open();
  await until('the subgraph is ready', async () => READY.test(subgraph.output()), 60_000);
  url = subgraph.url;
}, 90_000);

afterAll(async () => {
  await Promise.all(started.map((child) => child.stop()));
  await path1?.cut();
  await admin?.query(`drop database if exists ${DATABASE} with (force)`);
  await admin?.end();
  if (keysDir) await rm(keysDir, { recursive: true, force: true });
});

/** Sends one operation as the gateway would: signed for this query, for a job center counsellor. */
function call(query: string, variables: Record<string, unknown>, at = url) {
  return callSubgraph(at, query, variables, signIdentity(signingKey, 'jobcenter', STAFF, requestDigest(query, variables)));
}

function postingInput() {
  const nine = `9${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const today = isoToday();
  return {
    title: '요양보호사 모집',
    employerName: '(주)장애주입',
    businessRegistrationNumber: `${nine}${brnCheckDigit(nine)}`,
    occupationCode: '5501',
    workMunicipalityCode: '11440',
    monthlyWageKrw: 2_600_000,
    employmentType: 'PERMANENT',
    openings: 1,
    openOn: today,
    closeOn: addDays(today, 30),
    idempotencyKey: randomUUID(),
  };
}

/** The subgraph's connections to its database, except `keep` (the test's own). */
async function backends(keep: number[] = []): Promise<{ pid: number; waitingOn: string | null }[]> {
  const { rows } = await admin.query<{ pid: number; waiting_on: string | null }>(
    `select pid, case when wait_event_type = 'Lock' then query end as waiting_on
       from pg_stat_activity where datname = $1 and not (pid = any($2))`,
    [DATABASE, keep],
  );
  return rows.map((r) => ({ pid: r.pid, waitingOn: r.waiting_on }));
}

/** Whether one of the subgraph's statements waits for the lock on `table`. */
async function waitingOn(table: string, keep: number[]): Promise<boolean> {
  return (await backends(keep)).some((b) => b.waitingOn?.includes(`"${table}"`));
}

async function terminateBackends(keep: number[] = []): Promise<number[]> {
  const pids = (await backends(keep)).map((b) => b.pid);
  await admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [pids]);
  return pids;
}

async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A connection of the test's own on the subgraph's database, holding `table` locked against every statement until released. */
async function lock(table: string): Promise<{ pid: number; release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: DIRECT_URL });
  await client.connect();
  await client.query('begin');
  await client.query(`lock table ${table} in access exclusive mode`);
  const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
  return {
    pid: rows[0]!.pid,
    release: async () => {
      await client.query('rollback');
      await client.end();
    },
  };
}

async function count(sql: string, values: unknown[]): Promise<number> {
  const client = new pg.Client({ connectionString: DIRECT_URL });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql, values)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

const RETRYABLE = { message: expect.stringMatching(/database is unavailable/), extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true } };

/** What a failed request must look like: that one error, with nothing internal in it. */
function expectRetryable(body: { errors?: unknown[] }) {
  expect(body.errors).toEqual([expect.objectContaining(RETRYABLE)]);
  expect(JSON.stringify(body.errors)).not.toMatch(/terminat|ECONN|127\.0\.0\.1|select|insert|stacktrace/i);
}

describe('a PostgreSQL server unreachable at start', () => {
  test('start-up waited for it, with backoff, and served once it answered', async () => {
    const output = subgraph.output();
    expect(output.search(WAITING)).toBeGreaterThanOrEqual(0);
    expect(output.search(READY)).toBeGreaterThan(output.search(WAITING));
    const { body } = await call(EMPLOYER, { brn: postingInput().businessRegistrationNumber });
    expect(body).toEqual({ data: { jobCenterEmployer: null } });
  });

  test('after DATABASE_CONNECT_TIMEOUT the process exits non-zero with one message naming the variable that points at the database', async () => {
    const closed = await freePort();
    const outcome = await startJobcenter({
      JOBCENTER_DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${closed}/jobcenter`,
      DATABASE_CONNECT_TIMEOUT: '1s',
    }).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(outcome).toMatch(/^jobcenter exited \(1\)/);
    expect(outcome).toMatch(
      /^jobcenter: cannot reach the PostgreSQL database named by JOBCENTER_DATABASE_URL \(127\.0\.0\.1:\d+\/jobcenter\) after 1 s: connect ECONNREFUSED/m,
    );
    // One message, not a stack of pg internals, and never the password.
    expect(outcome).not.toMatch(/^\s+at |node_modules|secret/m);
  });

  test('npm start says the same in one line, naming the variable, and exits non-zero', async () => {
    const closed = await freePort();
    const outcome = await startProcess(
      'npm start',
      ROOT,
      'scripts/start.ts',
      {
        POSTGRES_URL: `postgres://postgres:secret@127.0.0.1:${closed}`,
        DATABASE_CONNECT_TIMEOUT: '1s',
        DATA_DIR: keysDir,
        DEV_KEYS_DIR: keysDir,
        LOG_LEVEL: 'warn',
      },
      /are up in/,
      '',
      [],
      60_000,
    ).then(
      (child) => (started.push(child), 'started'),
      (error: Error) => error.message,
    );
    expect(outcome).toMatch(/^npm start exited \(1\)/);
    expect(outcome).toMatch(/^npm start: cannot reach the PostgreSQL database named by POSTGRES_URL \(127\.0\.0\.1:\d+\/workplus_\w+\) after 1 s/m);
    expect(outcome).not.toMatch(/^\s+at |node_modules|secret/m);
  });

  test('DATABASE_CONNECT_TIMEOUT is a duration, 30 s unless set; anything else is refused, naming it', () => {
    expect(readSubgraphConfig('jobcenter', {}).databaseConnectTimeoutMs).toBe(30_000);
    expect(readSubgraphConfig('jobcenter', { DATABASE_CONNECT_TIMEOUT: '2m' }).databaseConnectTimeoutMs).toBe(120_000);
    expect(() => readSubgraphConfig('jobcenter', { DATABASE_CONNECT_TIMEOUT: 'soon' })).toThrow(/DATABASE_CONNECT_TIMEOUT/);
  });

  test('the message names POSTGRES_URL when that is what pointed at the server, and a refusal no retry can mend ends start-up at once', async () => {
    const closed = await freePort();
    const config = readSubgraphConfig('jobcenter', { POSTGRES_URL: `postgres://postgres@127.0.0.1:${closed}`, DATABASE_CONNECT_TIMEOUT: '500ms' });
    const open = (storage: Storage) =>
      openDatabase({ storage, migrations: {}, connect: { timeoutMs: config.databaseConnectTimeoutMs, variable: config.databaseVariable } });
    await expect(open(config.storage)).rejects.toThrow(
      /^cannot reach the PostgreSQL database named by POSTGRES_URL \(127\.0\.0\.1:\d+\/workplus_jobcenter\) after 0\.5 s: connect ECONNREFUSED/,
    );
    const refused = open({ kind: 'postgres', url: `postgres://wptest_nobody@${SERVER.host}/${DATABASE}` });
    await expect(refused).rejects.toBeInstanceOf(DatabaseStartFailure);
    await expect(refused).rejects.toThrow(/^cannot use the PostgreSQL database named by POSTGRES_URL \(.*\): role "wptest_nobody" does not exist/);
  });
});

describe('a PostgreSQL connection lost while the subgraph runs', () => {
  let brn: string;

  test('idle connections terminated: the process stays up and the next requests succeed', async () => {
    const input = postingInput();
    brn = input.businessRegistrationNumber;
    const { body } = await call(REGISTER, { input });
    expect(body.errors).toBeUndefined();
    await Promise.all([1, 2, 3].map(() => call(EMPLOYER, { brn })));
    const lostBefore = subgraph.output().match(/PostgreSQL connection lost/g)?.length ?? 0;
    const killed = await terminateBackends();
    expect(killed.length).toBeGreaterThan(0);
    await until('the backends are gone', async () => (await backends()).length === 0);
    // Each pooled client hears its own loss (an unheard one would have ended the process), and the pool drops it.
    await until(
      'the subgraph heard every loss',
      async () => (subgraph.output().match(/PostgreSQL connection lost/g)?.length ?? 0) - lostBefore >= killed.length,
    );
    for (let i = 0; i < 3; i++) {
      const { status, body: again } = await call(EMPLOYER, { brn });
      expect([status, again.errors]).toEqual([200, undefined]);
      expect(again.data.jobCenterEmployer.name).toBe('(주)장애주입');
    }
    expect(subgraph.exited()).toBeUndefined();
  });

  test('a read whose connection is terminated while it runs fails alone, retryably; the next read succeeds', async () => {
    const held = await lock('employers');
    let response;
    try {
      const read = call(EMPLOYER, { brn });
      await until('the read waits on its connection', async () => waitingOn('employers', [held.pid]));
      await terminateBackends([held.pid]);
      response = await read;
    } finally {
      await held.release();
    }
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ jobCenterEmployer: null });
    expectRetryable(response.body);
    const { body } = await call(EMPLOYER, { brn });
    expect(body.errors).toBeUndefined();
    expect(body.data.jobCenterEmployer.name).toBe('(주)장애주입');
    expect(subgraph.exited()).toBeUndefined();
  });

  test('a mutation whose connection is terminated halfway is rolled back whole, and succeeds when sent again', async () => {
    const input = postingInput();
    // The posting row is inserted, then the transaction waits to write its outbox event: terminated there.
    const held = await lock('job_posting_outbox');
    let response;
    try {
      const write = call(REGISTER, { input });
      await until('the mutation waits halfway', async () => waitingOn('job_posting_outbox', [held.pid]));
      await terminateBackends([held.pid]);
      response = await write;
    } finally {
      await held.release();
    }
    expect(response.body.data).toBeNull();
    expectRetryable(response.body);
    const written = () =>
      Promise.all([
        count('select count(*) as n from job_postings where business_registration_number = $1', [input.businessRegistrationNumber]),
        count('select count(*) as n from employers where business_registration_number = $1', [input.businessRegistrationNumber]),
        count('select count(*) as n from job_posting_outbox where event::text like $1', [`%${input.businessRegistrationNumber}%`]),
      ]);
    expect(await written()).toEqual([0, 0, 0]);
    const retry = await call(REGISTER, { input });
    expect(retry.body.errors).toBeUndefined();
    expect(await written()).toEqual([1, 1, 1]);
    expect(subgraph.exited()).toBeUndefined();
  });

  test('readiness says 503 while the database cannot be reached and 200 again after; reads fail retryably meanwhile', async () => {
    const ready = async () => (await fetch(url.replace('/graphql', '/health/ready'))).status;
    expect(await ready()).toBe(200);
    await path1.cut();
    try {
      expect(await ready()).toBe(503);
      const { body } = await call(EMPLOYER, { brn });
      expectRetryable(body);
      expect(await ready()).toBe(503);
    } finally {
      await path1.open();
    }
    await until('readiness is 200 again', async () => (await ready()) === 200);
    const { body } = await call(EMPLOYER, { brn });
    expect(body.errors).toBeUndefined();
    expect(subgraph.exited()).toBeUndefined();
  });
});
