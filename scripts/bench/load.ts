import { Pool } from 'undici';
import { POLICY_REFUSALS } from '../../subgraphs/shared/errors.js';
import type { BenchRequest, NextRequest } from './workloads.js';

/** How a contender answers one request: the GraphQL response body. */
export type Send = (request: BenchRequest) => Promise<{ data?: any; errors?: { extensions?: { code?: string } }[] }>;

export interface LoadResult {
  completed: number;
  seconds: number;
  latenciesMs: number[];
  /** Requests that failed, by cause: an HTTP or transport failure, or an error code other than an expected refusal. */
  failures: Map<string, number>;
}

/** `clients` closed loops, each sending its next request as soon as the last one answered, for `seconds`. */
export async function runLoad(send: Send, client: () => NextRequest, clients: number, seconds: number): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const failures = new Map<string, number>();
  const fail = (cause: string) => failures.set(cause, (failures.get(cause) ?? 0) + 1);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const next = client();
      let previous: { data?: any } | undefined;
      while (performance.now() < deadline) {
        const request = next(previous);
        const at = performance.now();
        try {
          const body = await send(request);
          latenciesMs.push(performance.now() - at);
          const unexpected = (body.errors ?? []).find((e) => !POLICY_REFUSALS.has(e.extensions?.code ?? ''));
          if (unexpected || !body.data) fail(unexpected?.extensions?.code ?? 'NO_DATA');
          previous = body;
        } catch (error) {
          fail((error as Error).message.slice(0, 80));
          previous = undefined;
        }
      }
    }),
  );
  return { completed: latenciesMs.length, seconds: (performance.now() - started) / 1000, latenciesMs, failures };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** An answer other than HTTP 200: its status, and its body (which may be a GraphQL response). */
export class HttpError extends Error {
  readonly status: number;
  readonly body: string;
  constructor(status: number, body: string) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

/** A client of one gateway over keep-alive connections, one per concurrent client; `timeoutMs` bounds each wait for an answer. */
export function gatewayClient(url: string, connections: number, timeoutMs?: number): { send: Send; close(): Promise<void> } {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections, pipelining: 1, ...(timeoutMs ? { headersTimeout: timeoutMs, bodyTimeout: timeoutMs } : {}) });
  const send: Send = async ({ query, variables, token, purpose }) => {
    const response = await pool.request({
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(purpose ? { 'x-purpose-of-use': purpose } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.body.text();
    if (response.statusCode !== 200) throw new HttpError(response.statusCode, text);
    return JSON.parse(text);
  };
  return { send, close: () => pool.close() };
}
