import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { PURPOSE_HEADER } from '../gateway/src/auth/purpose.js';
import { readGatewayConfig } from '../gateway/src/config.js';
import { System } from './support/system.js';

/** Browser clients: CORS for the allowlisted origins only, CSRF prevention for everything else. */
const ALLOWED = 'http://caseload.center.test:5173';
let system: System;
beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: 10, gatewayEnv: { CORS_ORIGINS: `${ALLOWED}, https://other.center.test` } });
});
afterAll(() => system?.stop());

const preflight = (origin: string) =>
  fetch(system.gatewayUrl, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': `authorization,content-type,${PURPOSE_HEADER}` },
  });

test('a preflight from an allowed origin succeeds for POST with a token, JSON and a purpose of use', async () => {
  const response = await preflight(ALLOWED);
  expect(response.status).toBeLessThan(300);
  expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
  const headers = response.headers.get('access-control-allow-headers')!.toLowerCase();
  for (const header of ['authorization', 'content-type', PURPOSE_HEADER]) expect(headers).toContain(header);
});

test('the request itself carries the origin back, so the browser reads the answer and its request ID', async () => {
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { origin: ALLOWED, 'content-type': 'application/json', authorization: `Bearer ${await system.token()}` },
    body: JSON.stringify({ query: '{ centers { id } }' }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  expect(response.headers.get('x-request-id')).toBeTruthy();
  expect(response.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('x-request-id');
});

test('another origin gets no CORS header at all', async () => {
  for (const origin of ['https://evil.example', 'http://caseload.center.test:5174']) {
    const response = await preflight(origin);
    expect([origin, response.headers.get('access-control-allow-origin')]).toEqual([origin, null]);
    const post = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', authorization: `Bearer ${await system.token()}` },
      body: JSON.stringify({ query: '{ centers { id } }' }),
    });
    expect([origin, post.headers.get('access-control-allow-origin')]).toEqual([origin, null]);
  }
});

test('CSRF prevention stays on: a simple cross-site request is refused', async () => {
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { origin: ALLOWED, 'content-type': 'text/plain', authorization: `Bearer ${await system.token()}` },
    body: JSON.stringify({ query: '{ centers { id } }' }),
  });
  expect(response.status).toBe(400);
});

test('CORS_ORIGINS takes origins only, and says so', () => {
  expect(() => readGatewayConfig({ CORS_ORIGINS: 'https://ok.test/path' })).toThrow(/CORS_ORIGINS/);
  expect(readGatewayConfig({}).corsOrigins).toEqual([]);
});
