/**
 * The "same engine, nothing extra" contender: `@apollo/gateway` under `@apollo/server` with their defaults, plus only
 * what the subgraphs require to answer at all: the caller's verified identity, signed onto each subgraph call by a
 * plain `RemoteGraphQLDataSource`. No limits, no trusted documents, no error shaping, no tuned HTTP client.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { CryptoKey } from 'jose';
import { PURPOSE_HEADER, readPurpose } from '../../gateway/src/auth/purpose.js';
import { createTokenVerifier } from '../../gateway/src/auth/staff-token.js';
import { readGatewayConfig } from '../../gateway/src/config.js';
import type { ForwardedIdentity } from '../../trust/identity.js';
import { privateKeyFromFile } from '../../trust/keys.js';
import { IDENTITY_HEADER, requestDigest, signIdentity } from '../../trust/signed-identity.js';

interface Context {
  identity: ForwardedIdentity;
}

class SigningDataSource extends RemoteGraphQLDataSource<Context> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly key: CryptoKey,
  ) {
    super({ url });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Context>): Promise<void> {
    const digest = requestDigest(request.query!, request.variables);
    request.http!.headers.set(IDENTITY_HEADER, signIdentity(this.key, this.subgraph, context.identity, digest));
  }
}

process.env.APOLLO_TELEMETRY_DISABLED = 'true';
const config = readGatewayConfig();
const key = (await privateKeyFromFile(config.auth.signingKeyFile!)).privateKey;
const verify = await createTokenVerifier(config);
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
  buildService: ({ name }) => new SigningDataSource(name, config.subgraphUrls[name]!, key),
});
const server = new ApolloServer<Context>({ gateway, plugins: [ApolloServerPluginUsageReportingDisabled()] });
const { url } = await startStandaloneServer(server, {
  listen: { host: config.host, port: config.port },
  context: async ({ req }) => {
    const purpose = readPurpose(req.headers[PURPOSE_HEADER]);
    return { identity: { ...(await verify(req.headers.authorization)), ...(purpose ? { purpose } : {}) } };
  },
});
console.log(`plain gateway ready at ${url}`);
