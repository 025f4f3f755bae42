import { readSubgraphConfig } from './config.js';
import type { SubgraphDefinition } from './definition.js';
import { startSubgraph } from './server.js';

/** The whole of a subgraph's `index.ts`: read config, serve, stop cleanly on SIGINT/SIGTERM. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const running = await startSubgraph(definition, readSubgraphConfig(definition.name));
  console.log(`${definition.name} subgraph ready at ${running.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void running.close().then(() => process.exit(0)));
  }
}
