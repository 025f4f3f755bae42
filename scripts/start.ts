import { readFileSync } from 'node:fs';
import { readGatewayConfig } from '../gateway/src/config.js';
import { readSubgraphConfig } from '../subgraphs/shared/config.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { SUBGRAPHS } from '../subgraphs/registry.js';
import { startCenter } from './center.js';

/** `npm start`: every subgraph and the gateway on embedded defaults, configurable by the usual variables. */
const started = Date.now();
const center = await startCenter((name) => readSubgraphConfig(name), readGatewayConfig());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void center.stop().then(() => process.exit(0)));
}

const query = readFileSync(new URL('./example-query.graphql', import.meta.url), 'utf8').trim();
const body = JSON.stringify({ query, variables: { id: showcaseParticipant(generatePopulation(3)).id } });
console.log(`
All ${SUBGRAPHS.length} subgraphs and the gateway are up in ${((Date.now() - started) / 1000).toFixed(1)} s.

  Gateway:    ${center.gatewayUrl}
  Subgraphs:  ${[...center.subgraphs.values()].map((s) => `${s.name} ${s.url}`).join('\n              ')}

Try the unified participant view (data from every agency):

curl -s ${center.gatewayUrl} -H 'content-type: application/json' --data '${body.replaceAll("'", "'\\''")}'

Press Ctrl+C to stop.`);
