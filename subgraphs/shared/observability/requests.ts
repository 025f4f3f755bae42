import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { context, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE } from '@opentelemetry/semantic-conventions';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { heapAfterGc } from './heap.js';
import { collectDefaultMetrics, Counter, Histogram, type Registry } from 'prom-client';
import type { ForwardedIdentity } from '../../../trust/identity.js';
import { BoundedLabels, outcomeOf } from './outcome.js';
import { extractTraceContext, flushTracing, injectTraceContext, tracer, tracingEnabled } from './tracing.js';

export const REQUEST_ID_HEADER = 'x-request-id';
const GRAPHQL_ROUTE = '/graphql';
/** Distinct operation names (and error codes) a metric keeps as labels; beyond them, `other`. */
export const MAX_LABEL_VALUES = 100;

type CallerContext = { identity?: ForwardedIdentity };

/** One GraphQL request as it goes: its ID, its server span, and what Apollo made of it. */
interface Observed {
  id: string;
  span?: Span;
  traceContext?: Context;
  graphql?: GraphQLRequestContext<CallerContext>;
  /** Codes of a refusal answered before GraphQL ran (bad token, body too large, untrusted document). */
  earlyCodes?: string[];
}

/**
 * Each GraphQL request's record, by its Fastify request; a GraphQL context carries it under OBSERVED (see
 * `observedRequest`). No AsyncLocalStorage: on Node 20 one in the process turns on promise hooks for every
 * promise (4% of a subgraph's CPU under the caseload; the cheap query ran 1.2× as fast without). eslint.config.js
 * keeps it out.
 */
const observed = new WeakMap<FastifyRequest, Observed>();
const OBSERVED = Symbol('the observed request');
const WELL_FORMED_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Fastify's `genReqId`: the caller's `x-request-id` if it is well-formed (letters, digits, `._:-`, ≤128), else a new UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && WELL_FORMED_ID.test(given) ? given : randomUUID();
}

/** For a GraphQL context made for `request`: what lets the Apollo plugin of `observeRequests` find its record. */
export function observedRequest(request: FastifyRequest): { [OBSERVED]?: Observed } {
  return { [OBSERVED]: observed.get(request) };
}

/** The request ID and `traceparent` of the request being served (whose GraphQL context is `context`), onto a call it makes to a subgraph. */
export function propagateRequest(headers: { set(name: string, value: string): void }, context: object): void {
  const record = (context as { [OBSERVED]?: Observed })[OBSERVED];
  if (record) headers.set(REQUEST_ID_HEADER, record.id);
  injectTraceContext(headers);
}

/**
 * Observes every GraphQL request of `app` (the gateway's or a subgraph's):
 * the request ID back in `x-request-id`; a server span (parent from the
 * caller's `traceparent`) active while the route runs; on response, one log
 * line and `<prefix>_request_duration_seconds` / `<prefix>_request_errors_total`
 * in `metrics`, beside the `nodejs_*` defaults. Call before the routes are
 * added, and give the Apollo server the plugin it returns.
 */
export function observeRequests(
  app: FastifyInstance,
  { service, prefix, metrics }: { service: string; prefix: 'gateway' | 'subgraph'; metrics: Registry },
): ApolloServerPlugin<CallerContext> {
  collectDefaultMetrics({ register: metrics });
  heapAfterGc(metrics);
  const duration = new Histogram({
    name: `${prefix}_request_duration_seconds`,
    help: 'GraphQL requests by operation name (`anonymous` unnamed, `unknown` refused before one was read, `other` past the cap) and outcome (ok, partial, refused, error)',
    labelNames: ['operation', 'outcome'],
    registers: [metrics],
  });
  const failed = new Counter({
    name: `${prefix}_request_errors_total`,
    help: 'GraphQL requests answered with at least one error of this code',
    labelNames: ['code'],
    registers: [metrics],
  });
  const operations = new BoundedLabels(MAX_LABEL_VALUES);
  const codes = new BoundedLabels(MAX_LABEL_VALUES);
  app.addHook('onClose', flushTracing);

  app.addHook('onRoute', (route) => {
    if (route.url !== GRAPHQL_ROUTE) return;
    route.handler = traced(route.handler);
    if (route.preHandler) route.preHandler = [route.preHandler].flat().map(traced) as RouteOptions['preHandler'];
  });
  app.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    if (request.routeOptions.url !== GRAPHQL_ROUTE || request.method === 'OPTIONS') return;
    const record: Observed = { id: request.id };
    if (tracingEnabled()) {
      const parent = extractTraceContext(request.headers);
      record.span = tracer.startSpan(
        `${request.method} ${GRAPHQL_ROUTE}`,
        {
          kind: SpanKind.SERVER,
          attributes: {
            [ATTR_HTTP_REQUEST_METHOD]: request.method,
            [ATTR_HTTP_ROUTE]: GRAPHQL_ROUTE,
            'workplus.service': service,
            'workplus.request_id': request.id,
          },
        },
        parent,
      );
      record.traceContext = trace.setSpan(parent, record.span);
    }
    observed.set(request, record);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const record = observed.get(request);
    if (record && !record.graphql?.response?.body && reply.statusCode >= 400 && typeof payload === 'string') record.earlyCodes = codesIn(payload);
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    const record = observed.get(request);
    if (!record) return;
    const answer = answerOf(record, reply.statusCode);
    const outcome = outcomeOf(answer);
    const gql = record.graphql;
    const operation = gql?.operation ? (gql.operationName ?? 'anonymous') : 'unknown';
    duration.observe({ operation: operations.of(operation), outcome }, reply.elapsedTime / 1000);
    for (const code of new Set(answer.codes)) failed.inc({ code: codes.of(code) });
    const identity = gql?.contextValue?.identity;
    const citizen = identity?.roles?.includes('CITIZEN');
    request.log.info(
      {
        service,
        operation,
        // A citizen's subject is their participant ID: personal data, never logged.
        ...(identity && { staffId: citizen ? undefined : identity.subject, citizen: citizen || undefined, agency: identity.agency, purpose: identity.purpose }),
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
        status: reply.statusCode,
        outcome,
        ...(answer.codes.length > 0 && { errors: [...new Set(answer.codes)] }),
        ...(record.span && { traceId: record.span.spanContext().traceId }),
      },
      'graphql request',
    );
    if (record.span) {
      record.span.setAttributes({ [ATTR_HTTP_RESPONSE_STATUS_CODE]: reply.statusCode, 'workplus.outcome': outcome });
      if (outcome === 'error') record.span.setStatus({ code: SpanStatusCode.ERROR });
      record.span.end();
    }
  });

  return {
    async requestDidStart(requestContext) {
      const record = (requestContext.contextValue as { [OBSERVED]?: Observed })[OBSERVED];
      if (record) record.graphql = requestContext;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!record?.span || !operation) return;
          record.span.updateName(`${operation.operation} ${operationName ?? 'anonymous'}`);
          record.span.setAttributes({ 'graphql.operation.type': operation.operation, ...(operationName && { 'graphql.operation.name': operationName }) });
        },
      };
    },
  };
}

/** A route handler or hook run with its request's server span active (when tracing is on). */
function traced<F extends (...args: any[]) => unknown>(run: F): F {
  return function (this: unknown, request: FastifyRequest, ...rest: unknown[]) {
    const traceContext = observed.get(request)?.traceContext;
    return traceContext ? context.with(traceContext, () => run.call(this, request, ...rest)) : run.call(this, request, ...rest);
  } as F;
}

function answerOf(record: Observed, status: number) {
  const body = record.graphql?.response?.body;
  if (body?.kind === 'single') {
    const { data, errors } = body.singleResult;
    return { status, hasData: data != null, codes: (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')) };
  }
  return { status, hasData: false, codes: record.earlyCodes ?? [] };
}

/** The error codes of a GraphQL-shaped error body. */
function codesIn(payload: string): string[] {
  try {
    const { errors } = JSON.parse(payload) as { errors?: { extensions?: { code?: unknown } }[] };
    return (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
  } catch {
    return [];
  }
}
