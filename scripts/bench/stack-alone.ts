/**
 * The "stack alone" contender: what a gateway on this project's fixed stack takes before it does any work of its own.
 * The gateway's HTTP server (`createHttpApp`, fastify) and `@apollo/server` under `@as-integrations/fastify`, over the
 * graph's API schema, with an executor that has each answer already in hand: the gateway's own answer to the same
 * request, recorded once (`BENCH_ANSWERS`, a JSON file of answers by query text). Each request is still received,
 * parsed, validated against the schema, run through Apollo Server's pipeline, written and sent; nothing is fetched,
 * planned, merged, shaped, verified or signed. The answer's errors join it already formatted, as the gateway's
 * expected refusals do (`gateway/src/expected-refusals.ts`), rather than as GraphQLErrors.
 *
 * The floor plus this is about the least a gateway on this stack can take: the subgraphs' fetches, and a hop
 * through fastify and Apollo Server that carries the answer.
 */
import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { ApolloServer, type ApolloServerOptionsWithGateway, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo from '@as-integrations/fastify';
import type { GraphQLFormattedError } from 'graphql';
import { readGatewayConfig } from '../../gateway/src/config.js';
import { createHttpApp } from '../../subgraphs/shared/http.js';

type Answer = { data?: Record<string, unknown> | null; errors?: GraphQLFormattedError[] };

process.env.APOLLO_TELEMETRY_DISABLED = 'true';
const config = readGatewayConfig();
const answers = new Map(Object.entries(JSON.parse(readFileSync(process.env.BENCH_ANSWERS!, 'utf8')) as Record<string, Answer>));
const sdl = readFileSync(config.supergraphPath, 'utf8');
const apiSchema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();

const answersInHand: ApolloServerOptionsWithGateway<BaseContext>['gateway'] = {
  onSchemaLoadOrUpdate(callback) {
    callback({ apiSchema, coreSupergraphSdl: sdl });
    return () => {};
  },
  async load() {
    return {
      executor: async ({ source }) => {
        const answer = answers.get(source);
        if (!answer) throw new Error('the stack alone has no answer recorded for this request');
        return { data: answer.data };
      },
    };
  },
  async stop() {},
};

const recordedErrors: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response }) {
        const errors = answers.get(request.query ?? '')?.errors;
        if (errors && response.body.kind === 'single') response.body.singleResult.errors = errors;
      },
    };
  },
};

const app = createHttpApp('warn', config.limits.maxRequestBytes);
const apollo = new ApolloServer({
  gateway: answersInHand,
  plugins: [recordedErrors, ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginLandingPageDisabled()],
});
await apollo.start();
await app.register(fastifyApollo(apollo));
await app.listen({ host: config.host, port: config.port });
console.log(`stack alone ready at http://${config.host}:${config.port}/graphql`);
