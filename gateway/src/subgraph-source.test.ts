import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
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

/**
 * Retries, against a port where nothing listens: a read refused a connection
 * is tried once more, a mutation never. And what a 5xx means, against a
 * stand-in that answers whatever `answer` holds.
 */
let keysDir: string;
let links: SubgraphLinks;
let stubLinks: SubgraphLinks;
let stub: Server;
let answer: { status: number; body: string };

beforeAll(async () => {
  keysDir = await mkdtemp(path.join(os.tmpdir(), 'workplus-retry-'));
  links = subgraphLinks(readGatewayConfig({ EMPLOYMENT_URL: `http://127.0.0.1:${await freePort()}/graphql` }), pino({ level: 'silent' }), new Registry());
  stub = createServer((_request, response) => response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body));
  const port = await new Promise<number>((resolve) => stub.listen(0, '127.0.0.1', () => resolve((stub.address() as { port: number }).port)));
  stubLinks = subgraphLinks(
    readGatewayConfig({ EMPLOYMENT_URL: `http://127.0.0.1:${port}/graphql`, BREAKER_FAILURES: '2' }),
    pino({ level: 'silent' }),
    new Registry(),
  );
});

afterAll(async () => {
  await links.close();
  await stubLinks.close();
  await new Promise((resolve) => stub.close(resolve));
  await rm(keysDir, { recursive: true, force: true });
});

async function callsFor(query: string, through = links): Promise<{ calls: number; error: unknown }> {
  const link = through.get('employment');
  let calls = 0;
  const counted = { ...link, post: ((...args) => (calls++, link.post(...args))) as typeof link.post };
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

const refusalBody = (code: string) => JSON.stringify({ errors: [{ message: `refused: ${code}`, extensions: { code } }] });

test("a 5xx with the subgraph's own code passes that code on, names the agency, and never opens the breaker", async () => {
  answer = { status: 503, body: refusalBody('REPLAY_PROTECTION_UNAVAILABLE') };
  for (let call = 0; call < 4; call++) {
    const { error } = await callsFor('query Q { centers { id } }', stubLinks);
    expect(error).toMatchObject({
      message: 'refused: REPLAY_PROTECTION_UNAVAILABLE',
      extensions: { code: 'REPLAY_PROTECTION_UNAVAILABLE', agency: 'EMPLOYMENT', retryable: true },
    });
  }
  expect(stubLinks.breakerState('employment')).toBe('closed');
});

test.each([
  [500, 'no body', ''],
  [500, 'INTERNAL_SERVER_ERROR', refusalBody('INTERNAL_SERVER_ERROR')],
  [200, 'a body that is not JSON', 'Service Unavailable'],
  [200, 'JSON that is not an object', '[1, 2]'],
])('HTTP %s with %s is the subgraph failing: SUBGRAPH_UNAVAILABLE, counted until the breaker opens', async (status, _what, body) => {
  answer = { status, body };
  for (let call = 0; call < 2; call++) {
    const { error } = await callsFor('query Q { centers { id } }', stubLinks);
    expect(error).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', agency: 'EMPLOYMENT' } });
  }
  expect(stubLinks.breakerState('employment')).toBe('open');
  stubLinks.get('employment').breaker.succeeded();
});

test("a 4xx passes the subgraph's own message and code on, naming the agency", async () => {
  answer = { status: 400, body: refusalBody('BAD_USER_INPUT') };
  const { error } = await callsFor('query Q { centers { id } }', stubLinks);
  expect(error).toMatchObject({ message: 'refused: BAD_USER_INPUT', extensions: { code: 'BAD_USER_INPUT', agency: 'EMPLOYMENT' } });
});

test("an agency's answer leaves the whole answer uncacheable: it is personal data", async () => {
  answer = { status: 200, body: JSON.stringify({ data: { centers: [] } }) };
  const source = new SubgraphDataSource(stubLinks.get('employment'), (await devKeyPair(keysDir, 'gateway')).privateKey);
  const policy = { maxAge: 300, restrict: ({ maxAge }: { maxAge?: number }) => void (policy.maxAge = Math.min(policy.maxAge, maxAge ?? Infinity)) };
  const context = { identity: { ...DEMO_COUNSELLOR, purpose: 'COUNSELLING' as const } };
  const response = await source.process({
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: { query: 'query Q { centers { id } }', variables: {} },
    context,
    incomingRequestContext: { overallCachePolicy: policy } as never,
  });
  expect(response.data).toEqual({ centers: [] });
  expect(policy.maxAge).toBe(0);
});
