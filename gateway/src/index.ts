import { readGatewayConfig } from './config.js';
import { createGateway } from './server.js';
import { startTracing } from '../../subgraphs/shared/observability/index.js';

startTracing('workplus-gateway');

const config = readGatewayConfig();
const app = await createGateway(config);
const address = await app.listen({ host: config.host, port: config.port });
console.log(`gateway ready at ${address}/graphql`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void app.close().then(() => process.exit(0)));
}
