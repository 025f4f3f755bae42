import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { DEMO_COUNSELLOR } from '../gateway/src/auth/dev-issuer.js';
import { PURPOSE_HEADER } from '../gateway/src/auth/purpose.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { outcomeOf, startTracing } from '../subgraphs/shared/observability/index.js';
import { BoundedLabels } from '../subgraphs/shared/observability/outcome.js';
import { EXAMPLE_QUERY } from './support/queries.js';
import { System } from './support/system.js';

const SEED = 40;
const showcase = showcaseParticipant(generatePopulation(SEED));
const variables = { id: showcase.id };
/** What a log line or span must never carry about the person asked for. */
const personal = [showcase.name, showcase.id, showcase.birthDate, JSON.stringify(variables)];

type Line = Record<string, unknown>;
const lines: Line[] = [];
/** OTLP/HTTP requests that reached the stand-in collector on loopback. */
const exported: { path: string; body: string }[] = [];
let collector: Server;
let collectorUrl: string;
let system: System;

beforeAll(async () => {
  collector = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      exported.push({ path: request.url ?? '', body });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  collectorUrl = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  // Redis: each subgraph's replay check is a Redis command inside its server span.
  system = await System.start({ storage: 'pglite', seedSize: SEED, redis: true, logs: { write: (line: string) => void lines.push(JSON.parse(line) as Line) } });
});
afterAll(async () => {
  await system?.stop();
  await new Promise((resolve) => collector?.close(resolve));
});

/** The example query through the gateway, with `headers` beside the counsellor's token. */
async function ask(headers: Record<string, string> = {}, query = EXAMPLE_QUERY) {
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await system.token()}`, [PURPOSE_HEADER]: 'counselling', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: { participant?: { name?: string } }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  expect(body.data?.participant?.name).toBe(showcase.name);
  return { requestId: response.headers.get('x-request-id') };
}

/** Waits for what a server records once its answer has left (the log line, the server span). */
async function eventually<T>(find: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = find();
    if (found !== undefined || Date.now() > deadline) return found as T;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const requestLines = (requestId: string) => lines.filter((line) => line.msg === 'graphql request' && line.requestId === requestId);
const metricsOf = async (url: string) => (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();

describe('outcomes and labels', () => {
  test.each([
    [{ status: 200, hasData: true, codes: [] }, 'ok'],
    [{ status: 200, hasData: true, codes: ['WITHHELD', 'WITHHELD'] }, 'ok'],
    [{ status: 200, hasData: true, codes: ['SUBGRAPH_UNAVAILABLE'] }, 'partial'],
    [{ status: 200, hasData: false, codes: ['SUBGRAPH_UNAVAILABLE'] }, 'error'],
    [{ status: 200, hasData: false, codes: ['FORBIDDEN'] }, 'refused'],
    [{ status: 401, hasData: false, codes: ['UNAUTHENTICATED'] }, 'refused'],
    [{ status: 413, hasData: false, codes: [] }, 'refused'],
    [{ status: 200, hasData: true, codes: ['AUDIT_UNAVAILABLE'] }, 'partial'],
    [{ status: 500, hasData: false, codes: ['INTERNAL_SERVER_ERROR'] }, 'error'],
  ] as const)('%j is %s', (answer, outcome) => expect(outcomeOf(answer)).toBe(outcome));

  test('operation names beyond the cap share one label', () => {
    const labels = new BoundedLabels(2);
    expect(['A', 'B', 'C', 'A', 'D'].map((name) => labels.of(name))).toEqual(['A', 'B', 'other', 'A', 'other']);
  });
});

describe('with OTEL_EXPORTER_OTLP_ENDPOINT unset', () => {
  test('tracing stays off: no provider, no recording span, nothing exported', async () => {
    expect(startTracing('workplus-test', { env: {} }).enabled).toBe(false);
    await ask();
    expect(trace.getTracer('probe').startSpan('probe').isRecording()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(exported).toEqual([]);
  });
});

describe('one request, observed', () => {
  test('the request ID comes back, and a malformed one is replaced', async () => {
    expect((await ask({ 'x-request-id': 'desk-7.2026:abc_1' })).requestId).toBe('desk-7.2026:abc_1');
    const replaced = (await ask({ 'x-request-id': 'no spaces allowed\u00e9' })).requestId;
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect((await ask()).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('the gateway and each subgraph it called log one line with the same request ID, who asked and why, and no personal data', async () => {
    const requestId = 'obs-log-1';
    await ask({ 'x-request-id': requestId });
    const gateway = await eventually(() => requestLines(requestId).find((line) => line.service === 'gateway'));
    expect(gateway).toMatchObject({
      level: 30,
      operation: 'UnifiedParticipantView',
      staffId: DEMO_COUNSELLOR.subject,
      agency: 'EMPLOYMENT',
      purpose: 'COUNSELLING',
      status: 200,
      outcome: 'ok',
      durationMs: expect.any(Number),
    });
    const forRequest = requestLines(requestId);
    expect(forRequest.filter((line) => line.service === 'gateway')).toHaveLength(1);
    const employment = forRequest.filter((line) => line.service === 'employment');
    expect(employment).toHaveLength(1);
    expect(employment[0]).toMatchObject({ staffId: DEMO_COUNSELLOR.subject, agency: 'EMPLOYMENT', purpose: 'COUNSELLING', outcome: 'ok' });
    expect(employment[0]!.operation).toMatch(/^UnifiedParticipantView__employment__\d+$/);
    // Every agency the plan called (Work-Plus more than once: identity, then the household's members).
    expect(new Set(forRequest.map((line) => line.service))).toEqual(
      new Set(['gateway', 'workplus', 'employment', 'women', 'veterans', 'selfsufficiency', 'socialsecurity']),
    );
    const text = JSON.stringify(lines.filter((line) => line.requestId === requestId));
    for (const value of personal) expect(text).not.toContain(value);
    expect(text).not.toContain('query UnifiedParticipantView');
    expect(text).not.toMatch(/"(variables|query|name|birthDate)"/);
  });

  test('/metrics: request durations by operation and outcome, and the nodejs_ defaults, at the gateway and at a subgraph', async () => {
    await ask();
    const gateway = await metricsOf(system.gatewayUrl);
    expect(gateway).toMatch(/^gateway_request_duration_seconds_count\{operation="UnifiedParticipantView",outcome="ok"\} [1-9]\d*$/m);
    expect(gateway).toMatch(/^gateway_request_duration_seconds_bucket\{le="0\.5",operation="UnifiedParticipantView",outcome="ok"\} \d+$/m);
    expect(gateway).toMatch(/^nodejs_heap_size_used_bytes \d/m);
    const employment = await metricsOf(system.subgraphs.get('employment')!.url);
    expect(employment).toMatch(
      /^subgraph_request_duration_seconds_count\{subgraph="employment",operation="UnifiedParticipantView__employment__\d+",outcome="ok"\} [1-9]\d*$/m,
    );
    expect(employment).toMatch(/^nodejs_eventloop_lag_seconds\{subgraph="employment"\} /m);
    expect(employment).toMatch(/^sql_statements_total\{subgraph="employment"\} [1-9]/m);
  });

  test('a refused request is counted as refused, by its code, and logged without a staff ID', async () => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token', 'x-request-id': 'obs-refused-1' },
      body: JSON.stringify({ query: EXAMPLE_QUERY, variables }),
    });
    expect(response.headers.get('x-request-id')).toBe('obs-refused-1');
    const line = await eventually(() => requestLines('obs-refused-1')[0]);
    expect(line).toMatchObject({ service: 'gateway', operation: 'unknown', outcome: 'refused', errors: ['UNAUTHENTICATED'] });
    expect(line).not.toHaveProperty('staffId');
    const gateway = await metricsOf(system.gatewayUrl);
    expect(gateway).toMatch(/^gateway_request_duration_seconds_count\{operation="unknown",outcome="refused"\} [1-9]/m);
    expect(gateway).toMatch(/^gateway_request_errors_total\{code="UNAUTHENTICATED"\} [1-9]/m);
  });
});

describe('with a span exporter', () => {
  const memory = new InMemorySpanExporter();
  let spans: ReadableSpan[];
  let requestId: string;

  beforeAll(async () => {
    // Both ways out at once: the in-memory exporter, and OTLP/HTTP to the stand-in collector on loopback.
    const tracing = startTracing('workplus-test', { env: { OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl }, exporter: memory });
    expect(tracing.enabled).toBe(true);
    requestId = 'obs-trace-1';
    // A document the gateway has not planned yet (a comment changes its hash), so planning is in the trace too.
    await ask({ 'x-request-id': requestId }, `${EXAMPLE_QUERY}\n# traced`);
    await eventually(() => memory.getFinishedSpans().find((s) => s.kind === SpanKind.SERVER && s.attributes['workplus.service'] === 'gateway'));
    spans = memory.getFinishedSpans();
    await tracing.flush();
  });

  const parentOf = (span: ReadableSpan) => spans.find((s) => s.spanContext().spanId === span.parentSpanContext?.spanId);
  const under = (span: ReadableSpan, ancestor: ReadableSpan): boolean => {
    for (let at = parentOf(span); at; at = parentOf(at)) if (at === ancestor) return true;
    return false;
  };

  test('one trace runs from the gateway operation through each subgraph fetch to the subgraph’s server span, its loads, SQL and Redis', () => {
    const root = spans.find(
      (s) => s.kind === SpanKind.SERVER && s.attributes['workplus.request_id'] === requestId && s.attributes['workplus.service'] === 'gateway',
    );
    expect(root?.name).toBe('query UnifiedParticipantView');
    const traceId = root!.spanContext().traceId;
    const inTrace = spans.filter((s) => s.spanContext().traceId === traceId);
    const named = (name: string) => inTrace.filter((s) => s.name === name);
    expect(named('gateway.request')).toHaveLength(1);
    expect(parentOf(named('gateway.request')[0]!)).toBe(root);
    expect(named('gateway.plan')).toHaveLength(1);
    const fetches = named('gateway.fetch');
    expect(fetches.length).toBeGreaterThanOrEqual(6);

    const servers = inTrace.filter((s) => s.kind === SpanKind.SERVER && s !== root);
    const employment = servers.find((s) => s.attributes['workplus.service'] === 'employment');
    expect(employment?.name).toMatch(/^query UnifiedParticipantView__employment__\d+$/);
    // Each subgraph's server span is the child of a gateway fetch: `traceparent` crossed the signed call.
    for (const server of servers) expect(fetches).toContain(parentOf(server));
    expect(employment!.attributes['workplus.request_id']).toBe(requestId);

    const sql = inTrace.filter((s) => s.attributes['db.system.name'] === 'postgresql' && under(s, employment!));
    expect(sql.length).toBeGreaterThan(0);
    expect(sql.map((s) => s.name)).toContain('SELECT');
    expect(inTrace.some((s) => s.name.startsWith('load ') && under(s, employment!))).toBe(true);
    expect(inTrace.some((s) => s.attributes['db.system.name'] === 'redis' && under(s, employment!))).toBe(true);
    // SQL text has placeholders, and no span carries the person asked for.
    const attributes = JSON.stringify(inTrace.map((s) => s.attributes));
    for (const value of personal) expect(attributes).not.toContain(value);
  });

  test('the same spans went by OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    const traces = exported.filter((request) => request.path === '/v1/traces');
    expect(traces.length).toBeGreaterThan(0);
    const text = traces.map((request) => request.body).join('\n');
    expect(text).toContain('workplus-test');
    expect(text).toContain('gateway.fetch');
  });
});

describe('an agency down', () => {
  test('the answer is partial: so say the gateway’s line and histogram', async () => {
    await system.subgraphs.get('veterans')!.close();
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await system.token()}`,
        [PURPOSE_HEADER]: 'counselling',
        'x-request-id': 'obs-partial-1',
      },
      body: JSON.stringify({ query: EXAMPLE_QUERY, variables }),
    });
    const body = (await response.json()) as { data?: { participant?: { veterans?: unknown; name?: string } }; errors?: { extensions?: { code?: string } }[] };
    expect(body.data?.participant?.name).toBe(showcase.name);
    expect(body.errors?.map((e) => e.extensions?.code)).toContain('SUBGRAPH_UNAVAILABLE');
    const line = await eventually(() => requestLines('obs-partial-1').find((l) => l.service === 'gateway'));
    expect(line).toMatchObject({ outcome: 'partial', errors: expect.arrayContaining(['SUBGRAPH_UNAVAILABLE']) });
    const gateway = await metricsOf(system.gatewayUrl);
    expect(gateway).toMatch(/^gateway_request_duration_seconds_count\{operation="UnifiedParticipantView",outcome="partial"\} 1$/m);
    expect(gateway).toMatch(/^gateway_request_errors_total\{code="SUBGRAPH_UNAVAILABLE"\} 1$/m);
  });
});
