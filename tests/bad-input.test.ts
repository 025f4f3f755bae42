import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { SUBGRAPH_NAMES } from '../subgraphs/registry.js';
import { System } from './support/system.js';

let system: System;
let statementsBefore: number;
const totalStatements = async () => (await Promise.all(SUBGRAPH_NAMES.map((n) => system.statements(n)))).reduce((a, b) => a + b, 0);

beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: 30, production: true });
  statementsBefore = await totalStatements();
});
afterAll(() => system?.stop());

/** Abuse from an authenticated caller: the limits hold for staff too. */
async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const authorization = `Bearer ${await system.token()}`;
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { ...headers, authorization, 'x-purpose-of-use': 'counselling' },
    body,
  });
  const text = await response.text();
  let json: { errors?: { message: string; extensions?: { code?: string } }[] } = {};
  try {
    json = JSON.parse(text);
  } catch {
    // Asserted below: every refusal must be JSON.
  }
  return { status: response.status, text, errors: json.errors ?? [] };
}

const operation = (query: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query, ...extra });

const cases: [string, () => Promise<Awaited<ReturnType<typeof post>>>, number, RegExp][] = [
  ['malformed JSON', () => post('{"query": "{ centers { id } "'), 400, /JSON/i],
  [
    'a wrong variable type',
    () => post(operation('query ($first: Int!) { participants(first: $first) { totalCount } }', { variables: { first: 'ten' } })),
    400,
    /\$first.*Int/,
  ],
  ['a 1 MB string', () => post(operation('{ centers { id } }', { variables: { blob: 'x'.repeat(1024 * 1024) } })), 413, /larger than the limit/],
  ['depth 50', () => post(operation(`{ centers { ${'staff { center { '.repeat(24)} id ${'} } '.repeat(24)} } }`)), 400, /depth/i],
  ['an alias bomb', () => post(operation(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: centers { id }`).join(' ')} }`)), 400, /aliases/i],
  [
    'a fragment cycle',
    () => post(operation('{ centers { ...A } } fragment A on Center { staff { center { ...B } } } fragment B on Center { staff { center { ...A } } }')),
    400,
    /Cannot spread fragment/,
  ],
  ['a batch flood', () => post(JSON.stringify(Array.from({ length: 200 }, () => ({ query: '{ centers { id } }' })))), 400, /batch/i],
  ['an unknown operation', () => post(operation('query Known { centers { id } }', { operationName: 'Unknown' })), 400, /Unknown operation named "Unknown"/],
  ['a query that is not GraphQL', () => post(operation('{ centers { id ')), 400, /Syntax Error/],
  [
    'too many tokens',
    () => post(operation(`query (${Array.from({ length: 1500 }, (_, i) => `$v${i}: Int`).join(' ')}) { centers { id } }`)),
    400,
    /more tha[nt] 4000 tokens/,
  ],
  ['introspection in production', () => post(operation('{ __schema { types { name } } }')), 400, /introspection/i],
  ['a simple POST a browser could forge (CSRF)', () => post(operation('{ centers { id } }'), { 'content-type': 'text/plain' }), 400, /CSRF|content-type/i],
];

describe('bad input', () => {
  test.each(cases)('%s gets a 4xx with a clear message', async (_name, send, status, message) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.errors.length).toBeGreaterThan(0);
    expect(response.errors.map((e) => e.message).join(' | ')).toMatch(message);
    expect(response.text).not.toMatch(/\bat \S+\.(js|ts):\d+/);
  });

  test('afterwards the gateway still serves, and nothing reached a database', async () => {
    expect(await totalStatements()).toBe(statementsBefore);
    const { status, data, errors } = await system.query('{ centers { id name } }');
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.centers.length).toBeGreaterThan(0);
  });
});
