import type { FastifyInstance } from 'fastify';
import type { GatewayConfig } from '../gateway/src/config.js';
import { createGateway } from '../gateway/src/server.js';
import type { SubgraphConfig } from '../subgraphs/shared/config.js';
import { loadDefinition, type SubgraphDefinition } from '../subgraphs/shared/definition.js';
import { startSubgraph, type RunningSubgraph } from '../subgraphs/shared/server.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/registry.js';

export interface RunningCenter {
  gatewayUrl: string;
  subgraphs: Map<SubgraphName, RunningSubgraph>;
  stop(): Promise<void>;
}

/**
 * Every registered subgraph, each on its own port with its own database, and
 * the gateway in front of them over real HTTP, all in this process. `npm start`
 * and the integration tests both run the center this way; in production each
 * subgraph runs alone from its `index.ts` (see docker-compose.yml).
 */
export async function startCenter(
  subgraphConfig: (name: SubgraphName) => SubgraphConfig,
  gatewayConfig: GatewayConfig,
  /** Subgraphs run elsewhere (an agency team's own, from its folder): the gateway finds them at their `<NAME>_URL`. */
  except: readonly SubgraphName[] = [],
): Promise<RunningCenter> {
  const here = SUBGRAPH_NAMES.filter((name) => !except.includes(name));
  // One import at a time: jest's ESM loader races on modules that concurrent dynamic imports share.
  const definitions = new Map<SubgraphName, SubgraphDefinition>();
  for (const name of here) definitions.set(name, await loadDefinition(name));

  const started = await Promise.allSettled(here.map(async (name) => [name, await startSubgraph(definitions.get(name)!, subgraphConfig(name))] as const));
  const subgraphs = new Map(started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  let gateway: FastifyInstance | undefined;
  const stop = async () => {
    await gateway?.close();
    await Promise.all([...subgraphs.values()].map((s) => s.close()));
  };
  try {
    if (failed) throw failed.reason;
    gateway = await createGateway({
      ...gatewayConfig,
      subgraphUrls: { ...gatewayConfig.subgraphUrls, ...Object.fromEntries([...subgraphs].map(([name, s]) => [name, s.url])) },
    });
    const address = await gateway.listen({ host: gatewayConfig.host, port: gatewayConfig.port });
    return { gatewayUrl: `${address}/graphql`, subgraphs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
