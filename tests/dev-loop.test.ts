import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { DEMO_COUNSELLOR, issueDevToken } from '../gateway/src/auth/dev-issuer.js';
import { freePorts } from '../scripts/bench/processes.js';
import { SUBGRAPH_NAMES, envPrefix } from '../subgraphs/registry.js';

/**
 * An agency team's loop: `npm start -- --except jobcenter` runs the rest, and
 * the team runs its own subgraph from its folder where the gateway expects it
 * (`JOBCENTER_URL`). Both are real processes, as a team runs them.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'workplus-dev-loop-'));
const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

/** `npm start`'s own command, as package.json runs it. */
const npmStart = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ');

/** Starts `command` and resolves once its output matches `ready`. */
function start([command, ...args]: string[], env: Record<string, string>, ready: RegExp): Promise<string> {
  const child = spawn(command!, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      if (ready.test(output)) resolve(output);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before it was ready:\n${output}`)));
  });
}

test('npm start --except <subgraph> runs everything else; the team runs its subgraph alone and the gateway finds it', async () => {
  const names = [...SUBGRAPH_NAMES, 'gateway'];
  const chosen = await freePorts(names.length);
  const ports = Object.fromEntries(names.map((name, i) => [name, chosen[i]!] as const));
  const env = {
    DATA_DIR: dataDir,
    SEED_SIZE: '20',
    LOG_LEVEL: 'warn',
    GATEWAY_PORT: String(ports.gateway),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_PORT`, String(ports[name])])),
    JOBCENTER_URL: `http://127.0.0.1:${ports.jobcenter}/graphql`,
  };
  const printed = await start([...npmStart, '--except', 'jobcenter'], env, /Press Ctrl\+C/);
  expect(printed).toContain(`6 of ${SUBGRAPH_NAMES.length} subgraphs and the gateway are up`);
  expect(printed).toContain(`jobcenter is yours to run: the gateway expects it at http://127.0.0.1:${ports.jobcenter}/graphql`);
  const gateway = `http://127.0.0.1:${ports.gateway}`;
  const readiness = async () => (await (await fetch(`${gateway}/health/ready`)).json()) as { status: string; subgraphs: Record<string, { state: string }> };
  expect(await readiness()).toMatchObject({ status: 'degraded', subgraphs: { jobcenter: { state: 'down' } } });

  expect(await start([path.resolve('node_modules/.bin/tsx'), 'subgraphs/jobcenter/src/index.ts'], env, /jobcenter subgraph ready at/)).toContain(
    env.JOBCENTER_URL,
  );
  const deadline = Date.now() + 20_000;
  while ((await readiness()).status !== 'ready' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  expect((await readiness()).subgraphs.jobcenter?.state).toBe('up');

  const token = await issueDevToken(path.join(dataDir, 'dev-keys'), DEMO_COUNSELLOR);
  const response = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ jobCenterEmployer(businessRegistrationNumber: "2118765434") { name } }' }),
  });
  const answer = (await response.json()) as { data?: unknown; errors?: unknown };
  expect([response.status, answer.errors, answer.data]).toEqual([200, undefined, { jobCenterEmployer: { name: expect.any(String) } }]);
});
