import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { CryptoKey } from 'jose';
import type { ForwardedIdentity } from '../../trust/identity.js';
import type { subgraphClients } from './subgraph-fetcher.js';
import { IDENTITY_HEADER, requestDigest, signIdentity } from '../../trust/signed-identity.js';

type Fetcher = ReturnType<ReturnType<typeof subgraphClients>['for']>;
type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

export interface GatewayContext {
  identity: ForwardedIdentity;
}

/**
 * Talks to one subgraph. When a subgraph refuses a request (e.g. HTTP 400 for
 * a variable that is not a valid Date), the caller gets the subgraph's own
 * message and code instead of "400: Bad Request", and never the subgraph's
 * internal URL.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly signingKey: CryptoKey,
    fetcher: Fetcher,
  ) {
    super({ url, fetcher });
  }

  /** Every call carries the caller's identity and purpose, signed for this subgraph and this exact request. */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!('identity' in context)) throw new Error('a subgraph call without a verified caller');
    const digest = requestDigest(request.query!, request.variables);
    request.http!.headers.set(IDENTITY_HEADER, signIdentity(this.signingKey, this.subgraph, context.identity, digest));
  }

  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as { errors?: { message?: string; extensions?: { code?: string } }[] } | undefined;
    const first = body?.errors?.[0];
    if (first?.message) {
      return new GraphQLError(first.message, { extensions: { code: first.extensions?.code ?? 'SUBGRAPH_ERROR' } });
    }
    return new GraphQLError(`a subgraph answered HTTP ${response.status}`, { extensions: { code: 'BAD_GATEWAY' } });
  }
}
