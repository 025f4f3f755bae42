import { SUBGRAPHS, envPrefix, type SubgraphName } from '../subgraphs/registry.js';
import { witnessesOf } from '../subgraphs/shared/audit/witnesses.js';
import { GATEWAY_NODE_FLAGS } from '../gateway/src/node-flags.js';

export const COMPOSE_FILE = new URL('../docker-compose.yml', import.meta.url);

const REDIS = 'redis://redis:6379';
/** Traces go where the operator's shell says (`OTEL_EXPORTER_OTLP_ENDPOINT=http://collector:4318 docker compose up`); unset, nowhere. */
const TRACES = '      OTEL_EXPORTER_OTLP_ENDPOINT: ${OTEL_EXPORTER_OTLP_ENDPOINT:-}';
const needs = (services: Record<string, 'service_healthy' | 'service_completed_successfully'>) =>
  Object.entries(services)
    .map(([name, condition]) => `      ${name}:\n        condition: ${condition}`)
    .join('\n');

/** One agency's service: its own database on the shared server (it creates it), its own container port 4000. */
function subgraphService(name: SubgraphName): string {
  const prefix = envPrefix(name);
  return `  ${name}:
    <<: *node-service
    command: ["node", "scripts/run.mjs", "subgraphs/${name}/src/index.ts"]
    environment:
      ${prefix}_PORT: "4000"
      ${prefix}_DATABASE_URL: postgres://postgres:postgres@postgres:5432/workplus_${name}
      SEED_SIZE: "2000"
      GATEWAY_PUBLIC_KEY_FILE: /keys/gateway.public.jwk.json
      AUDIT_SIGNING_KEY_FILE: /keys/${name}-audit.private.jwk.json
      AUDIT_PUBLIC_KEYS_DIR: /keys
${witnessesOf(name)
  .map((witness) => `      ${envPrefix(witness)}_URL: http://${witness}:4000/graphql`)
  .join('\n')}
      REDIS_URL: ${REDIS}
      APOLLO_TELEMETRY_DISABLED: "true"
${TRACES}
    volumes:
      - keys:/keys:ro
    depends_on:
${needs({ keys: 'service_completed_successfully', postgres: 'service_healthy', redis: 'service_healthy' })}
`;
}

/**
 * docker-compose.yml, made from the registry: a new agency's service and the
 * gateway's URL for it come with its registry line. `npm run generate`
 * writes it; `generate:check` fails when the committed one is stale.
 */
export function composeFile(): string {
  return `# Generated from subgraphs/registry.ts by \`npm run generate\`; edit docker/compose.ts, not this file.
# The whole center on real PostgreSQL and Redis: \`docker compose up --build\`.
# Every subgraph creates its own database on the server and listens on 4000
# inside its container; only the gateway is published. Redis carries the
# gateway's one-time signature memory, the published trusted documents and
# the job-posting event stream from the posting owners to Work-Plus's board.
x-node-service: &node-service
  build: .
  restart: unless-stopped
  healthcheck:
    test: ["CMD", "node", "-e", "fetch('http://127.0.0.1:4000/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
    interval: 5s
    timeout: 3s
    retries: 12
    start_period: 10s

services:
  # Development keys for the demo: the staff-token issuer, the gateway's signing key and each agency's audit checkpoint key.
  # Replace with your identity provider (AUTH_JWKS_URL) and a managed signing key in production.
  keys:
    build: .
    command: ["node", "scripts/run.mjs", "scripts/keys.ts", "/keys"]
    volumes:
      - keys:/keys

  # The front ends' persisted documents, published as the gateway's trusted documents (TRUSTED_DOCUMENTS=require in production).
  documents:
    build: .
    command: ["node", "scripts/run.mjs", "scripts/documents-publish.ts"]
    environment:
      REDIS_URL: ${REDIS}
      APOLLO_TELEMETRY_DISABLED: "true"
    depends_on:
${needs({ redis: 'service_healthy' })}

  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
    volumes:
      - postgres-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 5s
      timeout: 3s
      retries: 20

  redis:
    image: redis:7-alpine
    command: ["redis-server", "--save", "", "--appendonly", "no"]
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
      interval: 5s
      timeout: 3s
      retries: 20

${SUBGRAPHS.map((s) => subgraphService(s.name)).join('\n')}
  gateway:
    <<: *node-service
    command: ${JSON.stringify(['node', ...GATEWAY_NODE_FLAGS, 'scripts/run.mjs', 'gateway/src/index.ts']).replaceAll(',', ', ')}
    ports:
      - "4000:4000"
    environment:
      GATEWAY_PORT: "4000"
      REDIS_URL: ${REDIS}
      AUTH_PUBLIC_KEY_FILE: /keys/issuer.public.jwk.json
      GATEWAY_SIGNING_KEY_FILE: /keys/gateway.private.jwk.json
      APOLLO_TELEMETRY_DISABLED: "true"
${TRACES}
${SUBGRAPHS.map((s) => `      ${envPrefix(s.name)}_URL: http://${s.name}:4000/graphql`).join('\n')}
    volumes:
      - keys:/keys:ro
    depends_on:
${needs({ keys: 'service_completed_successfully', documents: 'service_completed_successfully', redis: 'service_healthy', ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, 'service_healthy' as const])) })}

volumes:
  postgres-data:
  keys:
`;
}
