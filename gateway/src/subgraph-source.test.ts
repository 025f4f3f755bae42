import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types.js';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { Registry } from 'prom-client';
import { devKeyPair } from '../../trust/keys.js';
import { freePort } from '../../scripts/bench/processes.js';
import { DEMO_COUNSELLOR } from './auth/dev-issuer.js';
import { readGatewayConfig } from './config.js';
import { subgraphLinks, type SubgraphLinks } from './subgraph-links.js';
import { SubgraphDataSource } from './subgraph-source.js';

/** Retries, against a port where nothing listens: a read refused a connection is tried once more, a mutation never. */
let keysDir: string;
let links: SubgraphLinks;

beforeAll(async () => {
  keysDir = await mkdtemp(path.join(os.tmpdir(), 'workplus-retry-'));
  links = subgraphLinks(readGatewayConfig({ EMPLOYMENT_URL: `http://127.0.0.1:${await freePort()}/graphql` }), pino({ level: 'silent' }), new Registry());
});

afterAll(async () => {
  await links.close();
  await rm(keysDir, { recursive: true, force: true });
});

async function callsFor(query: string): Promise<{ calls: number; error: unknown }> {
  const link = links.get('employment');
  let calls = 0;
  const counted = { ...link, fetcher: ((...args) => (calls++, link.fetcher(...args))) as typeof link.fetcher };
  const source = new SubgraphDataSource(counted, (await devKeyPair(keysDir, 'gateway')).privateKey);
  const request = { query, variables: {} };
  const context = { identity: { ...DEMO_COUNSELLOR, purpose: 'COUNSELLING' as const } };
  const error = await source.process({ kind: GraphQLDataSourceRequestKind.HEALTH_CHECK, request, context }).catch((e: unknown) => e);
  return { calls, error };
}

test('a read refused a connection is tried once more, then names the agency', async () => {
  const { calls, error } = await callsFor('query Q { centers { id } }');
  expect(calls).toBe(2);
  expect(error).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', agency: 'EMPLOYMENT' } });
});

test('a mutation is never retried', async () => {
  const { calls, error } = await callsFor('mutation M { closeEmploymentJobPosting(id: "x") { id } }');
  expect(calls).toBe(1);
  expect(error).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', agency: 'EMPLOYMENT' } });
});
