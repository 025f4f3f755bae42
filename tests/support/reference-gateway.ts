import { ApolloGateway } from '@apollo/gateway';
import apolloResultShaping from '@apollo/gateway/dist/resultShaping.js';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { readPurpose } from '../../gateway/src/auth/purpose.js';
import { createTokenVerifier } from '../../gateway/src/auth/staff-token.js';
import type { GatewayConfig } from '../../gateway/src/config.js';
import { stackless } from '../../gateway/src/stackless-errors.js';
import { apolloComputeResponse } from '../../gateway/src/result-shaping.js';
import { errorsForSelectedFieldsOnly } from '../../gateway/src/selected-errors.js';
import { SigningDataSource, type SignedContext } from '../../scripts/bench/signing-source.js';
import { maskInternalErrors } from '../../subgraphs/shared/errors.js';
import { devKeyPair } from '../../trust/keys.js';
import type { GraphQLResponse } from './system.js';

/** The signing data source, whose subgraph errors become @apollo/gateway's GraphQLErrors without stacks, as the gateway's do. */
class StacklessSigningDataSource extends SigningDataSource {
  override async process(options: Parameters<SigningDataSource['process']>[0]) {
    const response = await super.process(options);
    if (response.errors) response.errors = stackless(response.errors);
    return response;
  }
}

/**
 * `run` with @apollo/gateway shaping answers with its own `computeResponse`, which the gateway replaces in the whole
 * process once it is built (gateway/src/result-shaping.ts). Callers run one request at a time, so no request of the
 * gateway's own is shaped by Apollo's meanwhile.
 */
async function withApolloResultShaping<T>(run: () => Promise<T>): Promise<T> {
  const installed = apolloResultShaping.computeResponse;
  apolloResultShaping.computeResponse = apolloComputeResponse;
  try {
    return await run();
  } finally {
    apolloResultShaping.computeResponse = installed;
  }
}

/**
 * Plain `@apollo/gateway` over the same subgraphs, its own result shaping included, with the gateway's error shaping
 * (its formatError, stacks in development but not captured for a subgraph's errors, errors of selected fields only)
 * and nothing else of it: every subgraph error takes @apollo/gateway's own path into the answer. Callers are verified
 * as the gateway verifies them, from the same token.
 */
export async function referenceGateway(config: GatewayConfig, supergraphSdl: string) {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const key = (await devKeyPair(config.auth.devKeysDir, 'gateway')).privateKey;
  const verify = await createTokenVerifier(config);
  const server = new ApolloServer<SignedContext>({
    gateway: new ApolloGateway({ supergraphSdl, buildService: ({ name }) => new StacklessSigningDataSource(name, config.subgraphUrls[name]!, key) }),
    formatError: maskInternalErrors(config.production),
    includeStacktraceInErrorResponses: !config.production,
    plugins: [errorsForSelectedFieldsOnly, ApolloServerPluginUsageReportingDisabled()],
  });
  await server.start();
  return {
    async query(query: string, variables: Record<string, unknown>, token: string, purpose?: string): Promise<GraphQLResponse> {
      const identity = { ...(await verify(`Bearer ${token}`)), ...(purpose ? { purpose: readPurpose(purpose) } : {}) };
      const { body } = await withApolloResultShaping(() => server.executeOperation({ query, variables }, { contextValue: { identity } }));
      if (body.kind !== 'single') throw new Error('an incremental answer');
      return { status: 200, ...body.singleResult } as GraphQLResponse;
    },
    stop: () => server.stop(),
  };
}

/** An answer's errors in an order of their own, since fetches that run side by side report in the order they end. */
export function inOrder(errors: GraphQLResponse['errors']) {
  return [...(errors ?? [])].sort((a, b) => (JSON.stringify([a.path, a.message, a.extensions]) < JSON.stringify([b.path, b.message, b.extensions]) ? -1 : 1));
}
