import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Pool } from 'undici';
import { unreachable } from './subgraph-unavailable.js';

type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/**
 * The gateway's HTTP client for one subgraph: keep-alive connections, at most
 * `connections` of them, in place of the data source's default client (which
 * opens a socket per concurrent call and costs a third of the gateway's CPU
 * on a cheap query). Each call is its own request: identical calls from
 * different callers are never merged, since each carries its caller's
 * signed identity and is logged as that caller's read.
 *
 * A call has `timeoutMs` for the whole answer, body included; a call that
 * cannot be made or finished throws `SubgraphUnreachable` saying why.
 */
function subgraphFetcher(url: string, connections: number, timeoutMs: number): { fetcher: Fetcher; close(): Promise<void> } {
  const pool = new Pool(new URL(url).origin, { connections, keepAliveTimeout: 30_000 });
  // The data source calls the URL it was made with: its path is worked out once, not parsed again each call.
  const ownPath = pathOf(url);
  const fetcher: Fetcher = async (target, init = {}) => {
    const call = boundedCall(timeoutMs, init.signal ?? undefined);
    try {
      const response = await pool.request({
        path: target === url ? ownPath : pathOf(target),
        method: (init.method ?? 'GET') as 'POST',
        headers: init.headers,
        body: init.body,
        signal: call.signal,
      });
      return answered(target, response.statusCode, response.headers, await response.body.text());
    } catch (error) {
      throw unreachable(error, call.timedOut()) ?? error;
    } finally {
      call.done();
    }
  };
  return { fetcher, close: () => pool.close() };
}

function pathOf(url: string): string {
  const { pathname, search } = new URL(url);
  return pathname + search;
}

/**
 * One call's signal: aborted after `timeoutMs`, or when the caller's `signal`
 * is. Made by hand, and let go of in `done()`, rather than with
 * `AbortSignal.timeout` and `AbortSignal.any`: Node keeps signals of those
 * alive (with everything their listeners reach, a whole answer) beyond the
 * call (nodejs/node#54614, #55351).
 */
function boundedCall(timeoutMs: number, signal: AbortSignal | undefined): { signal: AbortSignal; timedOut(): boolean; done(): void } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  timer.unref();
  const follow = () => controller.abort(signal?.reason);
  if (signal?.aborted) follow();
  else signal?.addEventListener('abort', follow, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', follow);
    },
  };
}

/** A fetcher per subgraph URL, made on first use, and closed together. */
export function subgraphClients(connections: number): { for(url: string, timeoutMs: number): Fetcher; close(): Promise<void> } {
  const byUrl = new Map<string, ReturnType<typeof subgraphFetcher>>();
  return {
    for(url, timeoutMs) {
      const key = `${timeoutMs} ${url}`;
      if (!byUrl.has(key)) byUrl.set(key, subgraphFetcher(url, connections, timeoutMs));
      return byUrl.get(key)!.fetcher;
    },
    close: async () => void (await Promise.all([...byUrl.values()].map((c) => c.close()))),
  };
}

/** A whole answer, read once, as the data source reads a fetch response. */
function answered(url: string, status: number, raw: Record<string, string | string[] | undefined>, text: string): FetcherResponse {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) for (const v of [value ?? []].flat()) headers.append(name, v);
  const response: FetcherResponse = {
    bodyUsed: false,
    url,
    redirected: false,
    status,
    ok: status >= 200 && status < 300,
    statusText: '',
    headers: headers as unknown as FetcherResponse['headers'],
    text: async () => text,
    json: async () => JSON.parse(text),
    arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
    clone: () => answered(url, status, raw, text),
  };
  return response;
}
