import { Pool } from 'undici';
import { unreachable } from './subgraph-unavailable.js';

/** What a subgraph answered to one call: its status and its whole body, read once. */
export interface SubgraphAnswer {
  status: number;
  text: string;
}

/** Posts one GraphQL request body to a subgraph. */
export type SubgraphPost = (body: string, headers: Record<string, string>) => Promise<SubgraphAnswer>;

/**
 * The gateway's HTTP client for one subgraph: keep-alive connections, at most
 * `connections` of them, where `@apollo/gateway`'s default client opens a
 * socket per concurrent call and cost a third of the gateway's CPU on a cheap
 * query. Each call is its own request: identical calls from different callers
 * are never merged, since each carries its caller's signed identity and is
 * logged as that caller's read.
 *
 * A call has `timeoutMs` for the whole answer, body included; a call that
 * cannot be made or finished throws `SubgraphUnreachable` saying why.
 */
function subgraphClient(url: string, connections: number, timeoutMs: number): { post: SubgraphPost; close(): Promise<void> } {
  const pool = new Pool(new URL(url).origin, { connections, keepAliveTimeout: 30_000 });
  const path = pathOf(url);
  const post: SubgraphPost = async (body, headers) => {
    const call = boundedCall(timeoutMs);
    try {
      const response = await pool.request({ path, method: 'POST', headers, body, signal: call.signal });
      return { status: response.statusCode, text: await response.body.text() };
    } catch (error) {
      throw unreachable(error, call.timedOut()) ?? error;
    } finally {
      call.done();
    }
  };
  return { post, close: () => pool.close() };
}

function pathOf(url: string): string {
  const { pathname, search } = new URL(url);
  return pathname + search;
}

/**
 * One call's signal, aborted after `timeoutMs`. Made by hand, and let go of in
 * `done()`, rather than with `AbortSignal.timeout`: Node keeps signals of
 * those alive (with everything their listeners reach, a whole answer) beyond
 * the call (nodejs/node#54614, #55351).
 */
function boundedCall(timeoutMs: number): { signal: AbortSignal; timedOut(): boolean; done(): void } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  timer.unref();
  return { signal: controller.signal, timedOut: () => timedOut, done: () => clearTimeout(timer) };
}

/** A client per subgraph URL, made on first use, and closed together. */
export function subgraphClients(connections: number): { for(url: string, timeoutMs: number): SubgraphPost; close(): Promise<void> } {
  const byUrl = new Map<string, ReturnType<typeof subgraphClient>>();
  return {
    for(url, timeoutMs) {
      const key = `${timeoutMs} ${url}`;
      if (!byUrl.has(key)) byUrl.set(key, subgraphClient(url, connections, timeoutMs));
      return byUrl.get(key)!.post;
    },
    close: async () => void (await Promise.all([...byUrl.values()].map((c) => c.close()))),
  };
}
