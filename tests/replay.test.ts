import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { readSubgraphConfig } from '../subgraphs/shared/config.js';
import { startSubgraph, type RunningSubgraph } from '../subgraphs/shared/server.js';
import employment from '../subgraphs/employment/src/subgraph.js';
import { callSubgraph, gatewaySignature } from './support/signing.js';

/** The Redis server tests use; `.ci/run` makes sure it is up. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let keysDir: string;
let replicas: RunningSubgraph[] = [];

beforeAll(async () => {
  keysDir = await mkdtemp(path.join(os.tmpdir(), 'workplus-replay-'));
  const config = readSubgraphConfig('employment', {
    EMPLOYMENT_PORT: '0',
    SEED_SIZE: '20',
    LOG_LEVEL: 'warn',
    DEV_KEYS_DIR: keysDir,
    REDIS_URL,
  });
  // Two replicas of one subgraph, each with its own embedded database, sharing Redis.
  replicas = await Promise.all([0, 1].map(() => startSubgraph(employment, { ...config, storage: { kind: 'pglite', dataDir: null } })));
});
afterAll(async () => {
  await Promise.all(replicas.map((r) => r.close()));
  await rm(keysDir, { recursive: true, force: true });
});

test('a signature used on one replica is refused on every other replica', async () => {
  const query = '{ __typename }';
  const signature = await gatewaySignature(keysDir, 'employment', query, {});
  const [first, second] = replicas as [RunningSubgraph, RunningSubgraph];
  expect((await callSubgraph(first.url, query, {}, signature)).status).toBe(200);
  const replay = await callSubgraph(second.url, query, {}, signature);
  expect(replay.status).toBe(401);
  expect(replay.body.errors?.[0]?.message).toMatch(/already used/);
});
