/** Readiness of every subgraph, asked in parallel, each bounded by `timeoutMs`. */
export async function subgraphReadiness(
  subgraphUrls: Record<string, string>,
  timeoutMs = 1500,
): Promise<{ ready: boolean; subgraphs: Record<string, 'ready' | 'unavailable'> }> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      try {
        const response = await fetch(readinessUrl(url), { signal: AbortSignal.timeout(timeoutMs) });
        return [name, response.ok ? 'ready' : 'unavailable'] as const;
      } catch {
        return [name, 'unavailable'] as const;
      }
    }),
  );
  return { ready: entries.every(([, state]) => state === 'ready'), subgraphs: Object.fromEntries(entries) };
}

/** A subgraph serving GraphQL at `…/graphql` answers readiness at `…/health/ready`. */
export function readinessUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') + '/health/ready';
  return url.toString();
}
