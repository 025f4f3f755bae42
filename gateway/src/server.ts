import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import cors from '@fastify/cors';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { FastifyInstance } from 'fastify';
import { Counter, Registry } from 'prom-client';
import { maskInternalErrors } from '../../subgraphs/shared/errors.js';
import { createHttpApp } from '../../subgraphs/shared/http.js';
import { observedRequest, observeRequests, REQUEST_ID_HEADER } from '../../subgraphs/shared/observability/index.js';
import type { GatewayConfig } from './config.js';
import { subgraphReadiness } from './health.js';
import { validTextOnly } from './input-guard.js';
import { errorsForSelectedFieldsOnly } from './selected-errors.js';
import { refusalsJoinTheAnswer } from './expected-refusals.js';
import { graphqlShapedHttpErrors, knownOperationOnly, operationLimits, parseLimits } from './limits.js';
import { createTokenVerifier } from './auth/staff-token.js';
import { PURPOSE_HEADER, purposeRequiredForPersonalData, readPurpose } from './auth/purpose.js';
import { SubgraphDataSource, type GatewayContext } from './subgraph-source.js';
import { subgraphLinks } from './subgraph-links.js';
import { playground } from './playground/index.js';
import { supergraphSource } from './supergraph.js';
import { useFastResultShaping } from './result-shaping.js';
import { persistedQueryCache, TrustedDocuments, trustedDocumentsGate } from './trusted-documents/gate.js';
import { openDocumentStore } from './trusted-documents/store.js';
import type { Purpose } from '../../trust/identity.js';
import { devKeyPair, privateKeyFromFile } from '../../trust/keys.js';

/**
 * Builds the gateway on the committed static supergraph. It never listens:
 * `index.ts` does, and tests call `listen({ port: 0 })` themselves.
 */
export async function createGateway(config: GatewayConfig): Promise<FastifyInstance> {
  // @apollo/gateway reports anonymous telemetry to an outside host unless this is set when it is constructed.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const signingKey = await gatewaySigningKey(config);
  const verifyToken = await createTokenVerifier(config);
  const app = createHttpApp(config.logLevel, config.limits.maxRequestBytes, config.logDestination);
  if (!useFastResultShaping()) app.log.warn('@apollo/gateway has no computeResponse export to replace: answers are shaped by its own, slower');
  const supergraph = supergraphSource(config, app.log);
  app.addHook('onClose', () => supergraph.close());
  const metrics = new Registry();
  const observed = observeRequests(app, { service: 'gateway', prefix: 'gateway', metrics });
  // Connections, timeouts and breakers per subgraph, kept across supergraph reloads (which build the data sources anew).
  const links = subgraphLinks(config, app.log, metrics);
  app.addHook('onClose', () => links.close());
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.supergraphSdl,
    buildService: ({ name }) => new SubgraphDataSource(links.get(name), signingKey),
  });
  graphqlShapedHttpErrors(app);
  const untrusted = new Counter({
    name: 'gateway_untrusted_documents_total',
    help: 'Requests whose document is not a published trusted document (run in TRUSTED_DOCUMENTS=allow, refused in require)',
    registers: [metrics],
  });
  const trusted = await TrustedDocuments.load(
    openDocumentStore({ redisUrl: config.redisUrl, redisKey: config.trustedDocumentsKey, dataDir: config.dataDir }),
    app.log,
  );
  const apq = persistedQueryCache(config.trustedDocuments, trusted, config.redisUrl);
  app.addHook('onClose', async () => void (await Promise.all([trusted.close(), apq.close()])));
  trustedDocumentsGate(app, config.trustedDocuments, trusted, untrusted);
  const limits = operationLimits(config);
  const formatError = maskInternalErrors(config.production);
  const apollo = new ApolloServer<GatewayContext & { purpose?: Purpose }>({
    gateway,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    formatError,
    allowBatchedHttpRequests: false,
    persistedQueries: { cache: apq },
    validationRules: limits.validationRules,
    parseOptions: parseLimits(config),
    plugins: [
      ...limits.plugins,
      knownOperationOnly,
      validTextOnly,
      // Before anything that reads the answer's errors (the next plugin filters them).
      refusalsJoinTheAnswer(formatError, !config.production),
      errorsForSelectedFieldsOnly,
      observed,
      purposeRequiredForPersonalData(),
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      config.playground ? playground(app, config) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  await app.register(cors, browserAccess(config.corsOrigins));
  await app.register(fastifyApollo(apollo), {
    context: async (request) => {
      const caller = await verifyToken(request.headers.authorization);
      const purpose = readPurpose(request.headers[PURPOSE_HEADER]);
      return { identity: { ...caller, ...(purpose ? { purpose } : {}) }, purpose, requestId: request.id, ...observedRequest(request) };
    },
  });
  app.get('/health/live', async () => ({ status: 'ok' }));
  app.get('/metrics', async (_request, reply) => reply.type(metrics.contentType).send(await metrics.metrics()));
  app.get('/health/ready', async (_request, reply) => {
    const readiness = await subgraphReadiness(config.subgraphUrls, links.breakerState);
    return reply.code(readiness.status === 'unavailable' ? 503 : 200).send(readiness);
  });
  return app;
}

/**
 * CORS for the origins in CORS_ORIGINS only: their preflight for a POST with
 * a token, a JSON body and a purpose of use succeeds; any other origin gets
 * no CORS header, so its browser refuses to read the answer. Apollo's CSRF
 * prevention stays on for every request that is not a preflight.
 */
function browserAccess(origins: readonly string[]) {
  return {
    origin: (origin: string | undefined, allow: (error: Error | null, allowed: boolean) => void) =>
      allow(null, origin !== undefined && origins.includes(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', PURPOSE_HEADER, 'apollo-require-preflight'],
    // So browser code can read the request ID and quote it to an operator.
    exposedHeaders: [REQUEST_ID_HEADER],
    maxAge: 600,
  };
}

async function gatewaySigningKey(config: GatewayConfig) {
  if (config.auth.signingKeyFile) return (await privateKeyFromFile(config.auth.signingKeyFile)).privateKey;
  if (config.production) throw new Error('GATEWAY_SIGNING_KEY_FILE must be set in production');
  return (await devKeyPair(config.auth.devKeysDir, 'gateway')).privateKey;
}
