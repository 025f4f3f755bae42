import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { GatewayConfig } from './config.js';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
  maxRequestBytes: number;
}

/**
 * Operation limits checked at validation, before any planning or subgraph
 * call: depth, aliases, tokens, directives and static cost. Batched HTTP
 * requests stay off (Apollo Server's default), so a batch flood is one refusal.
 */
export function operationLimits(config: GatewayConfig) {
  const { limits } = config;
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    // graphql-armor's token plugin turns every syntax error into a 500; graphql-js counts tokens itself (parseOptions).
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost },
    // Suggestions ("Did you mean …?") map the schema for a stranger; keep them for development only.
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
}

/** Token limit enforced by graphql-js while parsing: a long document is a 400 syntax error, not work. */
export function parseLimits(config: GatewayConfig) {
  return { maxTokens: config.limits.maxTokens };
}

/**
 * @apollo/gateway notices an unknown `operationName` only while executing,
 * which answers 500; refuse it as the client's mistake before planning.
 */
export const knownOperationOnly: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation) return;
        const message = request.operationName
          ? `Unknown operation named "${request.operationName}".`
          : 'The document has several operations: name the one to run in `operationName`.';
        throw new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
      },
    };
  },
};

/** Refusals that happen before GraphQL (malformed JSON, oversized body) still answer in GraphQL's error shape. */
export function graphqlShapedHttpErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    const message =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? `Request body is larger than the limit of ${app.initialConfig.bodyLimit} bytes`
        : status === 500
          ? 'Internal server error'
          : error.message;
    if (status === 500) app.log.error(error);
    void reply.code(status).send({ errors: [{ message, extensions: { code: error.code ?? 'BAD_REQUEST' } }] });
  });
}
