import { clientOperations } from '../clients/collection.js';
import { DEMO_COUNSELLOR, issueDevToken } from '../gateway/src/auth/dev-issuer.js';
import { PURPOSE_HEADER } from '../gateway/src/auth/purpose.js';
import { readGatewayConfig } from '../gateway/src/config.js';
import { readSubgraphConfig } from '../subgraphs/shared/config.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { SUBGRAPHS } from '../subgraphs/registry.js';
import { startCenter } from './center.js';

/** `npm start`: every subgraph and the gateway on embedded defaults, configurable by the usual variables. */
const started = Date.now();
const gatewayConfig = readGatewayConfig();
const center = await startCenter((name) => readSubgraphConfig(name), gatewayConfig);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void center.stop().then(() => process.exit(0)));
}

const query = clientOperations().find((o) => o.name === 'UnifiedParticipantView')!.source;
const body = JSON.stringify({ query, variables: { id: showcaseParticipant(generatePopulation(3)).id } });
const usesDevIssuer = !gatewayConfig.auth.jwksUrl && !gatewayConfig.auth.publicKeyFile;
const token = usesDevIssuer ? await issueDevToken(gatewayConfig.auth.devKeysDir, DEMO_COUNSELLOR) : '<your access token>';
console.log(`
All ${SUBGRAPHS.length} subgraphs and the gateway are up in ${((Date.now() - started) / 1000).toFixed(1)} s.

  Gateway:    ${center.gatewayUrl}
  Playground: ${gatewayConfig.playground ? `${center.gatewayUrl} in a browser (GraphiQL, offline: sign in, pick a purpose, run an example)` : 'off (PLAYGROUND=true turns it on)'}
  Subgraphs:  ${[...center.subgraphs.values()].map((s) => `${s.name} ${s.url}`).join('\n              ')}

Try the unified participant view (data from every agency), as an employment
counsellor (token valid 8 h; more with \`npm run token -- --agency women --role counsellor\`):

curl -s ${center.gatewayUrl} -H 'content-type: application/json' \\
  -H 'authorization: Bearer ${token}' -H '${PURPOSE_HEADER}: counselling' \\
  --data '${body.replaceAll("'", "'\\''")}'

Press Ctrl+C to stop.`);
