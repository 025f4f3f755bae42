import { clientOperations } from '../clients/collection.js';
import { DEMO_COUNSELLOR, issueDevToken } from '../gateway/src/auth/dev-issuer.js';
import { PURPOSE_HEADER } from '../gateway/src/auth/purpose.js';
import { readGatewayConfig } from '../gateway/src/config.js';
import { readSubgraphConfig } from '../subgraphs/shared/config.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { SUBGRAPH_NAMES, SUBGRAPHS, subgraphNamed } from '../subgraphs/registry.js';
import { startCenter } from './center.js';
import { commandLine, exitOnUsageError, UsageError } from './usage-error.js';
import { exitOnDatabaseStartFailure } from '../subgraphs/shared/main.js';
import { startTracing } from '../subgraphs/shared/observability/index.js';

/**
 * `npm start [-- --except <subgraph>…]`: every subgraph and the gateway on
 * embedded defaults, configurable by the usual variables. `--except` leaves
 * subgraphs out for their team to run from their own folder; the gateway
 * finds them at `<NAME>_URL`.
 */
const USAGE = `usage: npm start [-- --except <subgraph>[,<subgraph>…]]   (subgraphs: ${SUBGRAPH_NAMES.join(', ')})`;
const except = exitOnUsageError(() => {
  const { values } = commandLine({ options: { except: { type: 'string', multiple: true } } });
  return (values.except ?? [])
    .flatMap((list) => list.split(','))
    .map((asked) => {
      const name = subgraphNamed(asked)?.name;
      if (!name) throw new UsageError(`--except ${asked}: not a subgraph`);
      return name;
    });
}, USAGE);
startTracing('workplus-center');
const started = Date.now();
const gatewayConfig = readGatewayConfig();
const center = await exitOnDatabaseStartFailure(
  'npm start',
  startCenter((name) => readSubgraphConfig(name), gatewayConfig, except),
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void center.stop().then(() => process.exit(0)));
}

const query = clientOperations().find((o) => o.name === 'UnifiedParticipantView')!.source;
const body = JSON.stringify({ query, variables: { id: showcaseParticipant(generatePopulation(3)).id } });
const usesDevIssuer = !gatewayConfig.auth.jwksUrl && !gatewayConfig.auth.publicKeyFile;
const token = usesDevIssuer ? await issueDevToken(gatewayConfig.auth.devKeysDir, DEMO_COUNSELLOR) : '<your access token>';
console.log(`
${center.subgraphs.size} of ${SUBGRAPHS.length} subgraphs and the gateway are up in ${((Date.now() - started) / 1000).toFixed(1)} s.${except.map((name) => `\n  ${name} is yours to run: the gateway expects it at ${gatewayConfig.subgraphUrls[name]} (npx tsx subgraphs/${name}/src/index.ts)`).join('')}

  Gateway:    ${center.gatewayUrl}
  Playground: ${gatewayConfig.playground ? `${center.gatewayUrl} in a browser (GraphiQL, offline: sign in, pick a purpose, run an example)` : 'off (PLAYGROUND=true turns it on)'}
  Subgraphs:  ${[...center.subgraphs.values()].map((s) => `${s.name} ${s.url}`).join('\n              ')}

Try the unified participant view (data from every agency), as an employment
counsellor (token valid 8 h; more with \`npm run token -- --agency women --role counsellor\`):

curl -s ${center.gatewayUrl} -H 'content-type: application/json' \\
  -H 'authorization: Bearer ${token}' -H '${PURPOSE_HEADER}: counselling' \\
  --data '${body.replaceAll("'", "'\\''")}'

Press Ctrl+C to stop.`);
