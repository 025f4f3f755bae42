import { readSubgraphConfig } from './config.js';
import { DatabaseStartFailure } from './db/availability.js';
import type { SubgraphDefinition } from './definition.js';
import { startSubgraph } from './server.js';
import { startTracing } from './observability/index.js';

/** The whole of a subgraph's `index.ts`: read config, serve, stop cleanly on SIGINT/SIGTERM. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  startTracing(`workplus-${definition.name}`);
  const running = await exitOnDatabaseStartFailure(definition.name, startSubgraph(definition, readSubgraphConfig(definition.name)));
  console.log(`${definition.name} subgraph ready at ${running.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void running.close().then(() => process.exit(0)));
  }
}

/** A database that never answered, or refused, is an operator's matter: one line naming the variable, no stack, exit 1. */
export function exitOnDatabaseStartFailure<T>(who: string, starting: Promise<T>): Promise<T> {
  return starting.catch((error: unknown) => {
    if (!(error instanceof DatabaseStartFailure)) throw error;
    console.error(`${who}: ${error.message}`);
    process.exit(1);
  });
}
