import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PURPOSE_HEADER } from '../gateway/src/auth/purpose.js';
import { freePort, startProcess, type BenchProcess } from '../scripts/bench/processes.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { EXAMPLE_QUERY } from './support/queries.js';
import { switchableSubgraph } from './support/switchable-subgraph.js';
import { System, type GraphQLResponse } from './support/system.js';

/**
 * One agency down, hung or failing: the gateway (in production, so internal
 * errors are masked) still answers everything the others hold, within the
 * agency's timeout, and names the agency that is missing. Veterans runs as a
 * process of its own, killed mid-load; Women's reemployment sits behind a
 * stand-in that forwards, hangs or fails on command.
 */
const SEED = 300;
const TIMEOUT_MS = 1500;
const BREAKER_OPEN_MS = 1000;
const showcase = showcaseParticipant(generatePopulation(SEED));

let system: System;
let veterans: BenchProcess;
let veteransData: string;
let women: Awaited<ReturnType<typeof switchableSubgraph>>;
let gateway: { url: string; close: () => Promise<void> };
let token: string;
const logs: Record<string, unknown>[] = [];

beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: SEED, production: true });
  veteransData = await mkdtemp(path.join(os.tmpdir(), 'workplus-veterans-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  veterans = await startProcess(
    'veterans',
    process.cwd(),
    'subgraphs/veterans/src/index.ts',
    { VETERANS_PORT: String(port), SEED_SIZE: String(SEED), DATA_DIR: veteransData, DEV_KEYS_DIR: system.keysDir, LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    /veterans subgraph ready at/,
    url,
    [],
    120_000,
  );
  women = await switchableSubgraph(system.subgraphs.get('women')!.url);
  gateway = await system.anotherGateway(
    { SUBGRAPH_TIMEOUT: `${TIMEOUT_MS}ms`, BREAKER_FAILURES: '3', BREAKER_OPEN: `${BREAKER_OPEN_MS}ms`, LOG_LEVEL: 'warn' },
    { urls: { veterans: url, women: women.url }, logs: { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) } },
  );
  token = await system.token();
  // Warm every subgraph's code paths for this view, so the first measured answer is not also the slowest.
  for (let i = 0; i < 3; i++) await system.query(EXAMPLE_QUERY, { id: showcase.id });
}, 180_000);

afterAll(async () => {
  await gateway?.close();
  await women?.close();
  await veterans?.stop();
  await system?.stop();
  if (veteransData) await rm(veteransData, { recursive: true, force: true });
});

async function unifiedView(): Promise<GraphQLResponse & { ms: number; requestId: string | null }> {
  const started = performance.now();
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [PURPOSE_HEADER]: 'counselling' },
    body: JSON.stringify({ query: EXAMPLE_QUERY, variables: { id: showcase.id } }),
  });
  const body = (await response.json()) as object;
  return { status: response.status, ...body, ms: performance.now() - started, requestId: response.headers.get('x-request-id') };
}

/** Back to forwarding, and one whole answer, which also closes the count of failures in a row. */
async function whole() {
  women.state.mode = 'forward';
  expect(missingAgencies(await unifiedView())).toEqual([]);
}

const unavailable = (answer: GraphQLResponse) => answer.errors?.filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE') ?? [];
const missingAgencies = (answer: GraphQLResponse) => unavailable(answer).map((e) => e.extensions?.agency);

async function gatewayGet(route: string): Promise<{ status: number; text: string }> {
  const response = await fetch(gateway.url.replace(/\/graphql$/, route));
  return { status: response.status, text: await response.text() };
}

const breakerOf = async (agency: string) =>
  Number(new RegExp(`^gateway_subgraph_breaker_state\\{agency="${agency}"\\} (\\d)$`, 'm').exec((await gatewayGet('/metrics')).text)?.[1]);

/** What every answer must be, whatever is down: HTTP 200, identity and the employment record answered, nothing masked as internal. */
function expectPartialAnswer(answer: GraphQLResponse) {
  expect(answer.status).toBe(200);
  expect(answer.data?.participant?.name).toBe(showcase.name);
  expect(answer.data?.participant?.employment).not.toBeNull();
  expect((answer.errors ?? []).map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
  for (const error of unavailable(answer)) {
    expect(error.message).toMatch(/is not answering right now/);
    expect(JSON.stringify(error)).not.toMatch(/127\.0\.0\.1|http:|ECONN|timeout/i);
  }
}

describe('a partial answer names the agency that did not answer', () => {
  test('with every agency answering, the view is whole', async () => {
    const answer = await unifiedView();
    expectPartialAnswer(answer);
    expect(unavailable(answer)).toEqual([]);
    expect(answer.data.participant.womenReemployment).not.toBeNull();
    expect(answer.data.participant.veterans).not.toBeNull();
  });

  test('a hung agency costs at most its timeout plus 200 ms, and only its fields are null', async () => {
    women.state.mode = 'hang';
    // The better of two, so that a moment when the shared machine is busy elsewhere does not count as the gateway's.
    const answers = [await unifiedView(), await unifiedView()];
    await whole();
    for (const answer of answers) {
      expectPartialAnswer(answer);
      expect(missingAgencies(answer)).toEqual(['WOMEN']);
      expect(answer.data.participant.womenReemployment).toBeNull();
      expect(answer.data.participant.veterans).not.toBeNull();
    }
    expect(Math.min(...answers.map((a) => a.ms))).toBeLessThan(TIMEOUT_MS + 200);
    for (const { requestId } of answers) {
      const failures = logs.filter((line) => line.requestId === requestId && line.msg === 'subgraph unavailable: its fields are null in this answer');
      expect(failures).toEqual([expect.objectContaining({ agency: 'WOMEN', cause: 'timeout', requestId })]);
    }
  });

  test('an agency answering 5xx is named the same way', async () => {
    women.state.mode = 'fail';
    const answer = await unifiedView();
    await whole();
    expectPartialAnswer(answer);
    expect(missingAgencies(answer)).toEqual(['WOMEN']);
  });

  test('an agency killed mid-load: answers before are whole, answers after name it, all within the timeout', async () => {
    const answers: { answer: GraphQLResponse & { ms: number }; afterKill: boolean }[] = [];
    let killed = false;
    const until = Date.now() + 3000;
    const client = async () => {
      while (Date.now() < until) {
        const afterKill = killed;
        answers.push({ answer: await unifiedView(), afterKill });
      }
    };
    const kill = new Promise<void>((resolve) =>
      setTimeout(() => {
        process.kill(veterans.pid, 'SIGKILL');
        killed = true;
        resolve();
      }, 1000),
    );
    await Promise.all([client(), client(), client(), kill]);
    const before = answers.filter((a) => !a.afterKill);
    const after = answers.filter((a) => a.afterKill);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    for (const { answer } of answers) {
      expectPartialAnswer(answer);
      expect(missingAgencies(answer)).toEqual(answer.data.participant.veterans === null ? ['VETERANS'] : []);
      expect(answer.ms).toBeLessThan(TIMEOUT_MS + 200);
    }
    expect(after.every(({ answer }) => missingAgencies(answer).includes('VETERANS'))).toBe(true);
    expect(veterans.exited()).toBe('SIGKILL');
  });
});

describe("an agency's circuit breaker", () => {
  test('opens after three failures in a row: its fields then fail at once, without calling it', async () => {
    women.state.mode = 'hang';
    for (let i = 0; i < 3; i++) expect(missingAgencies(await unifiedView())).toContain('WOMEN');
    expect(await breakerOf('WOMEN')).toBe(2);
    const reached = women.state.requests;
    for (let i = 0; i < 3; i++) {
      const answer = await unifiedView();
      expectPartialAnswer(answer);
      expect(missingAgencies(answer)).toContain('WOMEN');
    }
    expect(women.state.requests).toBe(reached);
  });

  test('readiness stays 200 and names each agency down or with its breaker open', async () => {
    const ready = await gatewayGet('/health/ready');
    expect(ready.status).toBe(200);
    const body = JSON.parse(ready.text);
    expect(body.status).toBe('degraded');
    expect(body.subgraphs.women.state).toBe('circuit-open');
    expect(body.subgraphs.veterans.state).toMatch(/^(down|circuit-open)$/);
    expect(body.subgraphs.employment).toEqual({ state: 'up', latencyMs: expect.any(Number) });
  });

  test('half-opens after its open time: a failing probe opens it again, a good one closes it', async () => {
    await new Promise((resolve) => setTimeout(resolve, BREAKER_OPEN_MS + 50));
    const reached = women.state.requests;
    expect(missingAgencies(await unifiedView())).toContain('WOMEN');
    expect(women.state.requests).toBe(reached + 1);
    expect(missingAgencies(await unifiedView())).toContain('WOMEN');
    expect(women.state.requests).toBe(reached + 1);
    expect(await breakerOf('WOMEN')).toBe(2);

    women.state.mode = 'forward';
    await new Promise((resolve) => setTimeout(resolve, BREAKER_OPEN_MS + 50));
    const probe = await unifiedView();
    expect(missingAgencies(probe)).not.toContain('WOMEN');
    expect(probe.data.participant.womenReemployment).not.toBeNull();
    expect(await breakerOf('WOMEN')).toBe(0);
    expect(JSON.parse((await gatewayGet('/health/ready')).text).subgraphs.women.state).toBe('up');
  });

  test('the failures are counted by agency and cause', async () => {
    const metrics = (await gatewayGet('/metrics')).text;
    for (const cause of ['timeout', 'server-error', 'circuit-open']) {
      expect(metrics).toMatch(new RegExp(`^gateway_subgraph_fetch_errors_total\\{agency="WOMEN",cause="${cause}"\\} [1-9]`, 'm'));
    }
    expect(metrics).toMatch(/^gateway_subgraph_fetch_errors_total\{agency="VETERANS",cause="(refused|connection-lost)"\} [1-9]/m);
    expect(metrics).toMatch(/^gateway_subgraph_fetch_duration_seconds_count\{agency="EMPLOYMENT",outcome="ok"\} [1-9]/m);
  });
});
