/**
 * The "same engine, nothing extra" contender: `@apollo/gateway` under `@apollo/server` with their defaults, plus only
 * what the subgraphs require to answer at all: the caller's verified identity, signed onto each subgraph call by a
 * plain `RemoteGraphQLDataSource`. No limits, no trusted documents, no error shaping, no tuned HTTP client.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { PURPOSE_HEADER, readPurpose } from '../../gateway/src/auth/purpose.js';
import { createTokenVerifier } from '../../gateway/src/auth/staff-token.js';
import { readGatewayConfig } from '../../gateway/src/config.js';
import { privateKeyFromFile } from '../../trust/keys.js';
import { SigningDataSource, type SignedContext } from './signing-source.js';

process.env.APOLLO_TELEMETRY_DISABLED = 'true';
const config = readGatewayConfig();
const key = (await privateKeyFromFile(config.auth.signingKeyFile!)).privateKey;
const verify = await createTokenVerifier(config);
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
  buildService: ({ name }) => new SigningDataSource(name, config.subgraphUrls[name]!, key),
});
const server = new ApolloServer<SignedContext>({ gateway, plugins: [ApolloServerPluginUsageReportingDisabled()] });
const { url } = await startStandaloneServer(server, {
  listen: { host: config.host, port: config.port },
  context: async ({ req }) => {
    const purpose = readPurpose(req.headers[PURPOSE_HEADER]);
    return { identity: { ...(await verify(req.headers.authorization)), ...(purpose ? { purpose } : {}) } };
  },
});
console.log(`plain gateway ready at ${url}`);
