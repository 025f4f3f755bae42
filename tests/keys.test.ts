import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { devKeyPair } from '../trust/keys.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'workplus-devkeys-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('concurrent first uses of a development key all get the same key', async () => {
  const pairs = await Promise.all(Array.from({ length: 6 }, () => devKeyPair(dir, 'gateway')));
  const onDisk = JSON.parse(await readFile(path.join(dir, 'gateway.public.jwk.json'), 'utf8'));
  for (const pair of pairs) expect(pair.publicJwk.x).toBe(onDisk.x);
});

test('processes racing to create a key agree on one', async () => {
  const script = `import('./trust/keys.ts').then(async (k) => console.log((await k.devKeyPair(process.argv[1], 'race')).publicJwk.x))`;
  const run = () =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '-e', script, dir]);
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk));
      child.on('close', (code) => resolve({ code, out: out.trim() }));
    });
  const runs = await Promise.all(Array.from({ length: 4 }, run));
  expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
  expect(new Set(runs.map((r) => r.out)).size).toBe(1);
});
