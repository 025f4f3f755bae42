import type { BreakerState } from './circuit-breaker.js';

export type SubgraphState = 'up' | 'down' | 'circuit-open';

export interface Readiness {
  /** ready: every subgraph up; degraded: serving partial answers; unavailable: no subgraph answers. */
  status: 'ready' | 'degraded' | 'unavailable';
  subgraphs: Record<string, { state: SubgraphState; latencyMs: number }>;
}

/**
 * Every subgraph's readiness, asked in parallel, each bounded by
 * `timeoutMs`. A subgraph whose breaker is not closed (open, or half-open
 * until a probe succeeds) is reported so, whatever its own readiness says,
 * since the gateway is not calling it. The gateway can
 * serve, with the missing agencies named in each answer, while any subgraph
 * is up.
 */
export async function subgraphReadiness(
  subgraphUrls: Record<string, string>,
  breakerState: (name: string) => BreakerState,
  timeoutMs = 1500,
): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      const started = performance.now();
      const up = await fetch(readinessUrl(url), { signal: AbortSignal.timeout(timeoutMs) }).then(
        (response) => response.ok,
        () => false,
      );
      const state: SubgraphState = breakerState(name) !== 'closed' ? 'circuit-open' : up ? 'up' : 'down';
      return [name, { state, latencyMs: Math.round(performance.now() - started) }] as const;
    }),
  );
  const up = entries.filter(([, { state }]) => state === 'up').length;
  return { status: up === entries.length ? 'ready' : up > 0 ? 'degraded' : 'unavailable', subgraphs: Object.fromEntries(entries) };
}

/** A subgraph serving GraphQL at `…/graphql` answers readiness at `…/health/ready`. */
export function readinessUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') + '/health/ready';
  return url.toString();
}
