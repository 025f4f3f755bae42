import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Context } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import {
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_RESPONSE_STATUS_CODE,
  ATTR_DB_SYSTEM_NAME,
  ATTR_SERVICE_NAME,
  DB_SYSTEM_NAME_VALUE_POSTGRESQL,
} from '@opentelemetry/semantic-conventions';
import { Redis } from 'ioredis';
import type { LogEvent } from 'kysely';

/** This process's tracing: on only when an exporter is configured. */
export interface Tracing {
  enabled: boolean;
  /** Sends what has ended so far (servers do on close, before a process exits). */
  flush(): Promise<void>;
}

const tracer = trace.getTracer('workplus');
let provider: NodeTracerProvider | undefined;

/**
 * Registers a tracer provider for this process, once (later calls change
 * nothing): spans go by OTLP/HTTP to `OTEL_EXPORTER_OTLP_ENDPOINT` (with
 * `/v1/traces` appended), and to `exporter` if given (tests). With neither,
 * nothing is registered: every span this code or @apollo/gateway starts is
 * the API's no-op, and nothing leaves the machine. `OTEL_SERVICE_NAME`
 * overrides `serviceName`.
 */
export function startTracing(serviceName: string, { env = process.env, exporter }: { env?: NodeJS.ProcessEnv; exporter?: SpanExporter } = {}): Tracing {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!provider && (endpoint || exporter)) {
    provider = new NodeTracerProvider({
      resource: defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: env.OTEL_SERVICE_NAME || serviceName })),
      spanProcessors: [
        ...(endpoint ? [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` }))] : []),
        ...(exporter ? [new SimpleSpanProcessor(exporter)] : []),
      ],
    });
    provider.register({ propagator: new W3CTraceContextPropagator() });
    traceRedisCommands();
  }
  return { enabled: provider !== undefined, flush: flushTracing };
}

/** Sends the spans that have ended, if tracing is on (a server closing). */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}

/** Whether spans are being recorded in this process. */
export function tracingEnabled(): boolean {
  return provider !== undefined;
}

/** The caller's trace context from incoming headers (`traceparent`), for a server span's parent. */
export function extractTraceContext(headers: Record<string, string | string[] | undefined>): Context {
  return propagation.extract(ROOT_CONTEXT, headers);
}

/** Adds `traceparent` for the active span to an outgoing call's headers. */
export function injectTraceContext(headers: { set(name: string, value: string): void }): void {
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

export { tracer };

/**
 * Runs `work` in a child span of the active one. Outside a trace (tracing
 * off, or background work no request started) it just runs `work`.
 */
export function inSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  if (!trace.getActiveSpan()) return work();
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', (error as { code?: string }).code ?? (error as Error).name ?? 'Error');
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * A span for one SQL statement, from Kysely's log event (sent when the
 * statement has completed, with its duration), under the active span. The
 * text has placeholders, never values; a failure records its SQLSTATE only,
 * since PostgreSQL's messages may quote values.
 */
export function traceStatement(event: LogEvent): void {
  if (!trace.getActiveSpan()) return;
  const end = Date.now();
  const text = event.query.sql;
  const operation = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'SQL';
  const span = tracer.startSpan(operation, {
    kind: SpanKind.CLIENT,
    startTime: end - event.queryDurationMillis,
    attributes: { [ATTR_DB_SYSTEM_NAME]: DB_SYSTEM_NAME_VALUE_POSTGRESQL, [ATTR_DB_OPERATION_NAME]: operation, [ATTR_DB_QUERY_TEXT]: text.slice(0, 2000) },
  });
  if (event.level === 'error') {
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.setAttribute(ATTR_DB_RESPONSE_STATUS_CODE, String((event.error as { code?: string } | undefined)?.code ?? 'unknown'));
  }
  span.end(end);
}

type SendCommand = Redis['sendCommand'];
type Command = Parameters<SendCommand>[0] & { name: string; promise: Promise<unknown> };

/**
 * A span for each Redis command sent within a trace (replay checks, the
 * job-posting stream, the trusted-document store), by wrapping ioredis's one
 * send path while tracing is on. Command names only: keys and values stay out.
 */
function traceRedisCommands(): void {
  const original = Redis.prototype.sendCommand;
  const traced = new WeakSet<object>();
  Redis.prototype.sendCommand = function (this: Redis, command: Command, stream?: Parameters<SendCommand>[1]) {
    // A command queued while offline comes through again on connect: one span.
    if (!trace.getActiveSpan() || traced.has(command)) return original.call(this, command, stream);
    traced.add(command);
    const name = command.name.toUpperCase();
    const span = tracer.startSpan(`redis ${name}`, { kind: SpanKind.CLIENT, attributes: { [ATTR_DB_SYSTEM_NAME]: 'redis', [ATTR_DB_OPERATION_NAME]: name } });
    command.promise.then(
      () => span.end(),
      () => {
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      },
    );
    return original.call(this, command, stream);
  } as SendCommand;
}
