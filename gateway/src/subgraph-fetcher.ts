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
  const fetcher: Fetcher = async (target, init = {}) => {
    const { pathname, search } = new URL(target);
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
      const response = await pool.request({
        path: pathname + search,
        method: (init.method ?? 'GET') as 'POST',
        headers: init.headers,
        body: init.body,
        signal: init.signal ? AbortSignal.any([deadline, init.signal]) : deadline,
      });
      return answered(target, response.statusCode, response.headers, await response.body.text());
    } catch (error) {
      throw unreachable(error, deadline.aborted) ?? error;
    }
  };
  return { fetcher, close: () => pool.close() };
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
