import type { FastifyBaseLogger } from 'fastify';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { SUBGRAPHS, type SubgraphEntry } from '../../subgraphs/registry.js';
import { CircuitBreaker, type BreakerState } from './circuit-breaker.js';
import type { GatewayConfig } from './config.js';
import { subgraphClients, type SubgraphPost } from './subgraph-client.js';
import type { UnavailableCause } from './subgraph-unavailable.js';

/** How one call to a subgraph went: answered, answered with a refusal (4xx), or not answered and why. */
export interface FetchOutcome {
  ms: number;
  refused?: boolean;
  cause?: UnavailableCause;
}

/** Everything the gateway keeps per subgraph across supergraph reloads: where it is, its connections and its breaker. */
export interface SubgraphLink {
  name: string;
  url: string;
  agency: Pick<SubgraphEntry, 'agency' | 'description'>;
  /** Its HTTP client: keep-alive, bounded, with the subgraph's timeout. */
  post: SubgraphPost;
  breaker: CircuitBreaker;
  log: FastifyBaseLogger;
  observe(outcome: FetchOutcome): void;
}

const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

/**
 * The gateway's links to its subgraphs, made once. Data sources are built
 * anew on every supergraph reload; the connections, breakers and metrics
 * they use are these.
 */
export function subgraphLinks(config: GatewayConfig, log: FastifyBaseLogger, metrics: Registry) {
  const clients = subgraphClients(config.subgraphConnections);
  const duration = new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Subgraph calls by agency and outcome (ok, refused: a 4xx answer, unavailable)',
    labelNames: ['agency', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
    registers: [metrics],
  });
  const errors = new Counter({
    name: 'gateway_subgraph_fetch_errors_total',
    help: 'Subgraph calls that got no answer, by agency and cause (refused, connection-lost, timeout, server-error, circuit-open)',
    labelNames: ['agency', 'cause'],
    registers: [metrics],
  });
  const links = new Map<string, SubgraphLink>();
  new Gauge({
    name: 'gateway_subgraph_breaker_state',
    help: "Each subgraph's circuit breaker: 0 closed, 1 half-open (probing), 2 open (failing at once)",
    labelNames: ['agency'],
    registers: [metrics],
    collect() {
      for (const link of links.values()) this.set({ agency: link.agency.agency }, BREAKER_VALUE[link.breaker.state]);
    },
  });
  const make = (name: string): SubgraphLink => {
    const url = config.subgraphUrls[name];
    if (!url) throw new Error(`the supergraph names subgraph "${name}", which is not configured`);
    const agency = SUBGRAPHS.find((entry) => entry.name === name) ?? { agency: name.toUpperCase(), description: `The ${name} subgraph` };
    const labels = { agency: agency.agency };
    return {
      name,
      url,
      agency,
      post: clients.for(url, config.subgraphTimeoutMs[name] ?? 2000),
      breaker: new CircuitBreaker(config.breaker),
      log,
      observe({ ms, refused, cause }) {
        duration.observe({ ...labels, outcome: cause ? 'unavailable' : refused ? 'refused' : 'ok' }, ms / 1000);
        if (cause) errors.inc({ ...labels, cause });
      },
    };
  };
  return {
    get(name: string): SubgraphLink {
      if (!links.has(name)) links.set(name, make(name));
      return links.get(name)!;
    },
    /** Each configured subgraph's breaker state, for readiness. */
    breakerState: (name: string): BreakerState => links.get(name)?.breaker.state ?? 'closed',
    close: () => clients.close(),
  };
}

export type SubgraphLinks = ReturnType<typeof subgraphLinks>;
