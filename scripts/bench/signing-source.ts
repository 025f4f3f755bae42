import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { CryptoKey } from 'jose';
import type { ForwardedIdentity } from '../../trust/identity.js';
import { IDENTITY_HEADER, requestDigest, signIdentity } from '../../trust/signed-identity.js';

export interface SignedContext {
  identity: ForwardedIdentity;
}

/**
 * `@apollo/gateway`'s own data source, with only what the subgraphs require to answer at all: the caller's verified
 * identity, signed onto each call. The plain contender of the benchmark, and the reference tests hold the gateway to.
 */
export class SigningDataSource extends RemoteGraphQLDataSource<SignedContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly key: CryptoKey,
  ) {
    super({ url });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<SignedContext>): Promise<void> {
    const digest = requestDigest(request.query!, request.variables);
    request.http!.headers.set(IDENTITY_HEADER, signIdentity(this.key, this.subgraph, context.identity, digest));
  }
}
