import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/**
 * Talks to one subgraph. When a subgraph refuses a request (e.g. HTTP 400 for
 * a variable that is not a valid Date), the caller gets the subgraph's own
 * message and code instead of "400: Bad Request", and never the subgraph's
 * internal URL.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as
      | { errors?: { message?: string; extensions?: { code?: string } }[] }
      | undefined;
    const first = body?.errors?.[0];
    if (first?.message) {
      return new GraphQLError(first.message, { extensions: { code: first.extensions?.code ?? 'SUBGRAPH_ERROR' } });
    }
    return new GraphQLError(`a subgraph answered HTTP ${response.status}`, { extensions: { code: 'BAD_GATEWAY' } });
  }
}
