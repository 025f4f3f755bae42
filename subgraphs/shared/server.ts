import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, Kind, type DocumentNode } from 'graphql';
import type { Kysely } from 'kysely';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, Registry } from 'prom-client';
import type { SubgraphConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { fail, maskInternalErrors } from './errors.js';
import { createHttpApp } from './http.js';
import { observedRequest, observeRequests } from './observability/index.js';
import { migrationsOf, type SubgraphContext, type SubgraphDefinition } from './definition.js';
import { sharedPopulation } from './demo/population.js';
import { authorizeAccessLogRead, trackerEntries, type AccessLogTable, type AccessLogWriter } from './audit/access-log.js';
import { startAuditTrail, type AuditTrail } from './audit/trail.js';
import { rowsByColumn } from './loaders.js';
import { guard } from './policy/disclosure.js';
import { seedOnce } from './seed.js';
import type { ForwardedIdentity } from '../../trust/identity.js';
import { gatewayPublicKey } from '../../trust/keys.js';
import { MemoryReplayGuard, RedisReplayGuard, ReplayCheckUnavailable, type ReplayGuard } from '../../trust/replay.js';
import { IDENTITY_HEADER, IdentityVerifier, LIFETIME_SECONDS, UntrustedRequest } from '../../trust/signed-identity.js';
import { Outage } from './outage.js';
import { closeRedis, connectRedis, readyWithin, redisAnswers } from './redis.js';

/** The resolver map buildSubgraphSchema takes (@apollo/subgraph 2.14 does not export its name). */
type SubgraphResolvers = Extract<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], { resolvers?: unknown }>['resolvers'];

export interface RunningSubgraph {
  name: string;
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4002/graphql. */
  url: string;
  /** Signs the access log's head now and hands it to the witnesses (else it happens every AUDIT_CHECKPOINT_INTERVAL or _RECORDS). */
  checkpointNow: AuditTrail['checkpointNow'];
  close(): Promise<void>;
}

/**
 * Opens the agency's database, seeds it on first start, and serves the
 * subgraph over HTTP with health and metrics endpoints. Port 0 picks a free port.
 */
export async function startSubgraph(definition: SubgraphDefinition, config: SubgraphConfig): Promise<RunningSubgraph> {
  const metrics = new Registry();
  metrics.setDefaultLabels({ subgraph: definition.name });
  const statements = new Counter({
    name: 'sql_statements_total',
    help: 'SQL statements this subgraph sent to its database',
    registers: [metrics],
  });
  const database = await openDatabase({
    storage: config.storage,
    migrations: migrationsOf(definition),
    // Counts `database.db`'s statements, not `database.uncounted`'s (see startAuditTrail).
    onStatement: () => statements.inc(),
    connect: { timeoutMs: config.databaseConnectTimeoutMs, variable: config.databaseVariable },
  });
  const app = createHttpApp(config.logLevel, undefined, config.logDestination);
  const observed = observeRequests(app, { service: definition.name, prefix: 'subgraph', metrics });
  app.addHook('onClose', () => database.close());
  try {
    await definition.prepare?.(database.db);
    if (config.seedSize > 0 && (await seedOnce(database.db, definition, () => sharedPopulation(config.seedSize)))) {
      app.log.info({ people: config.seedSize }, 'seeded demo data');
    }
    const audit = await startAuditTrail(app, database, config);
    for (const worker of definition.workers ?? []) {
      const stop = await worker({ db: database.db, config, log: app.log });
      app.addHook('preClose', stop);
    }
    const apollo = new ApolloServer<SubgraphContext<unknown, unknown>>({
      schema: buildSubgraphSchema([
        {
          typeDefs: definition.typeDefs,
          resolvers: enforcePolicy(definition) as SubgraphResolvers,
        },
      ]),
      includeStacktraceInErrorResponses: !config.production,
      formatError: maskInternalErrors(config.production),
      plugins: [
        fastifyApolloDrainPlugin(app),
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginUsageReportingDisabled(),
        ApolloServerPluginLandingPageDisabled(),
        // Nothing here is cacheable (personal data, and no @cacheControl hints), and its per-field hook made
        // Apollo Server wrap every resolver of the schema, with a promise more for each field resolved.
        ApolloServerPluginCacheControlDisabled(),
        recordAccesses(audit.log),
        observed,
      ],
    });
    await apollo.start();
    const replay = await replayProtection(config, app, metrics);
    const verifier = new IdentityVerifier(
      await gatewayPublicKey({ file: config.gatewayPublicKeyFile, devKeysDir: config.devKeysDir, production: config.production }),
      definition.name,
      replay.guard,
    );
    const identities = new WeakMap<FastifyRequest, ForwardedIdentity>();
    // Only the gateway may call: a request without its fresh, unused signature over this very query is refused.
    app.post('/graphql', {
      preHandler: async (request, reply) => {
        const body = (request.body ?? {}) as { query?: unknown; variables?: unknown };
        try {
          identities.set(request, await verifier.verify(request.headers[IDENTITY_HEADER] as string | undefined, body.query, body.variables));
        } catch (error) {
          if (error instanceof ReplayCheckUnavailable) {
            return reply.code(503).send({ errors: [{ message: error.message, extensions: { code: 'REPLAY_PROTECTION_UNAVAILABLE' } }] });
          }
          if (!(error instanceof UntrustedRequest)) throw error;
          return reply.code(401).send({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
        }
      },
      handler: fastifyApolloHandler(apollo, {
        context: async (request) => ({
          db: database.db,
          loaders: definition.createLoaders(database.db),
          identity: identities.get(request)!,
          accesses: [],
          accessLog: rowsByColumn(database.db as Kysely<AccessLogTable>, 'access_log', 'participantId', ['seq', 'asc']),
          ...observedRequest(request),
        }),
      }),
    });
    app.get('/health/live', async () => ({ status: 'ok' }));
    app.get('/health/ready', async (_request, reply) => {
      try {
        await database.ping();
        return { status: 'ready', ...(await replay.health()) };
      } catch {
        return reply.code(503).send({ status: 'database unavailable', ...(await replay.health()) });
      }
    });
    app.get('/metrics', async (_request, reply) => reply.type(metrics.contentType).send(await metrics.metrics()));
    const address = await app.listen({ host: config.host, port: config.port });
    return { name: definition.name, url: `${address}/graphql`, checkpointNow: audit.checkpointNow, close: () => app.close() };
  } catch (error) {
    await app.close();
    throw error;
  }
}

/**
 * The agency's resolvers with its disclosure policy wrapped around every
 * field it guards, and its access log served to Work-Plus's data tracker
 * where its schema declares `<field>AccessLog`.
 */
function enforcePolicy(definition: SubgraphDefinition): object {
  const { policy } = definition;
  if (!policy) return definition.resolvers;
  const resolvers = definition.resolvers as Record<string, Record<string, any>>;
  const declared = participantFields(definition.typeDefs);
  const guarded = Object.fromEntries(
    [policy.field, ...(policy.derivedFields ?? [])].map((field) => {
      if (!declared.has(field)) throw new Error(`${definition.name}: policy names Participant.${field}, which its schema does not declare`);
      return [field, guard(policy, resolvers.Participant?.[field] ?? defaultFieldResolver)];
    }),
  );
  const logField = `${policy.field}AccessLog`;
  const accessLog = declared.has(logField) && {
    [logField]: async ({ id }: { id: string }, _: unknown, context: SubgraphContext<unknown, unknown>) => {
      authorizeAccessLogRead(context, id);
      return trackerEntries(policy.owner, await context.accessLog.load(id));
    },
  };
  // The query planner sometimes asks an agency for the @external consents of a Participant the agency itself just
  // returned (a household member): it has none but those the gateway brought, so it decides as if none were given.
  const consents = declared.has('consents') && !resolvers.Participant?.consents && { consents: (p: { consents?: unknown[] }) => p.consents ?? [] };
  return { ...resolvers, Participant: { ...resolvers.Participant, ...guarded, ...accessLog, ...consents } };
}

/** The fields a subgraph's schema declares on Participant. */
function participantFields(typeDefs: DocumentNode): Set<string> {
  const fields = typeDefs.definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.name.value === 'Participant'
      ? (definition.fields ?? []).map((field) => field.name.value)
      : [],
  );
  return new Set(fields);
}

/**
 * Appends the request's reads to the access log before the answer leaves.
 * If the log cannot be written, the answer carries no data: nothing is
 * disclosed without a record of it.
 */
function recordAccesses(log: AccessLogWriter): ApolloServerPlugin<SubgraphContext<unknown, unknown>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, logger }) {
          try {
            await log.append(contextValue.identity, contextValue.accesses);
          } catch (error) {
            logger.error(`access log write failed: ${(error as Error).message}`);
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                fail('The access could not be recorded, so nothing was disclosed; retry in a moment', 'AUDIT_UNAVAILABLE', { retryable: true }),
              ];
            }
          }
        },
      };
    },
  };
}

/** How long a subgraph's start waits for its replay memory (Redis) to connect. */
const REDIS_READY_WAIT_MS = 2000;

/** How far a signature's expiry may be off this replica's clock and still be accepted on its memory alone. */
const CLOCK_SKEW_MS = 5000;

/**
 * Redis when configured, so that all replicas of a subgraph share what was
 * used; else this process's memory. While Redis is down, the bounded
 * fallback of RedisReplayGuard, logged once per outage, counted in
 * `replay_guard_fallbacks_total` and reported by readiness (`health`).
 */
async function replayProtection(
  config: SubgraphConfig,
  app: FastifyInstance,
  metrics: Registry,
): Promise<{ guard: ReplayGuard; health(): Promise<{ redis?: 'up' | 'down'; replayProtection?: 'shared' | 'this replica only' }> }> {
  if (!config.redisUrl) return { guard: new MemoryReplayGuard(), health: async () => ({}) };
  const redis = connectRedis(config.redisUrl, 'replay memory', { log: app.log, commandTimeoutMs: 1000 });
  app.addHook('onClose', () => closeRedis(redis));
  // Connected before the first call, where Redis answers: a call decided on this replica's memory alone while the
  // connection was still being made could be replayed on another replica. A Redis that is down does not hold the
  // start back long; the fallback below takes over, logged.
  await readyWithin(redis, REDIS_READY_WAIT_MS);
  const fallbacks = new Counter({
    name: 'replay_guard_fallbacks_total',
    help: "Signed calls checked for replay on this replica's memory alone, because Redis did not answer",
    registers: [metrics],
  });
  const outage = new Outage(app.log, "replay protection on this replica's memory alone (Redis did not answer)");
  const guard = new RedisReplayGuard(redis, `workplus:${config.name}`, {
    maxRemainingMs: LIFETIME_SECONDS * 1000 + CLOCK_SKEW_MS,
    onFallback: (error) => {
      fallbacks.inc();
      outage.failed(error);
    },
    onShared: () => outage.recovered(),
  });
  return {
    guard,
    health: async () => ((await redisAnswers(redis)) ? { redis: 'up', replayProtection: 'shared' } : { redis: 'down', replayProtection: 'this replica only' }),
  };
}
