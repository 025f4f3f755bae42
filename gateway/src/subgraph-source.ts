import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types.js';
import type { GraphQLError } from 'graphql';
import type { CryptoKey } from 'jose';
import type { ForwardedIdentity } from '../../trust/identity.js';
import type { SubgraphLink } from './subgraph-links.js';
import { SubgraphUnreachable, subgraphUnavailable } from './subgraph-unavailable.js';
import { fail } from '../../subgraphs/shared/errors.js';
import { stackless } from './stackless-errors.js';
import { setAsideRefusals } from './expected-refusals.js';
import { IDENTITY_HEADER, requestDigest, signIdentity } from '../../trust/signed-identity.js';
import { propagateRequest } from '../../subgraphs/shared/observability/index.js';

type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];
type Options = GraphQLDataSourceProcessOptions<GatewayContext>;
type Answer = ReturnType<RemoteGraphQLDataSource['process']>;

export interface GatewayContext {
  identity: ForwardedIdentity;
  /** This request's ID, as logged at the gateway and sent to every subgraph. */
  requestId?: string;
}

/**
 * Talks to one subgraph. When a subgraph refuses a request (e.g. HTTP 400 for
 * a variable that is not a valid Date), the caller gets the subgraph's own
 * message and code instead of "400: Bad Request", and never the subgraph's
 * internal URL.
 *
 * When the subgraph cannot answer (refused, lost, past its timeout, a 5xx
 * without a code of its own, or its breaker open), the fetch fails with one
 * SUBGRAPH_UNAVAILABLE error naming the agency: its fields are null and the
 * rest of the answer stands.
 * A read refused a connection is tried once more; a mutation never is.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly link: SubgraphLink,
    private readonly signingKey: CryptoKey,
  ) {
    super({ url: link.url, fetcher: link.fetcher });
  }

  override async process(options: Options): Answer {
    const { breaker } = this.link;
    const started = performance.now();
    if (!breaker.allow()) throw this.unavailable(options, new SubgraphUnreachable('circuit-open', 'breaker open'), started);
    try {
      const response = await this.attempt(options);
      response.errors = this.errorsForApollo(options, response);
      breaker.succeeded();
      this.link.observe({ ms: performance.now() - started });
      return response;
    } catch (error) {
      if (!(error instanceof SubgraphUnreachable)) {
        breaker.succeeded();
        this.link.observe({ ms: performance.now() - started, refused: true });
        throw error;
      }
      breaker.failed();
      throw this.unavailable(options, error, started);
    }
  }

  /** A subgraph's errors less its expected refusals, which join the answer without @apollo/gateway (expected-refusals.ts). */
  private errorsForApollo(options: Options, { data, errors }: Awaited<Answer>) {
    if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return errors && stackless(errors);
    const entities = Array.isArray(options.request.variables?.representations);
    const rest = setAsideRefusals(options.context, { serviceName: this.link.name, at: options.pathInIncomingRequest ?? [], entities }, data, errors);
    return rest && stackless(rest);
  }

  private async attempt(options: Options): Answer {
    try {
      return await super.process(options);
    } catch (error) {
      if (!(error instanceof SubgraphUnreachable) || error.reason !== 'refused' || isMutation(options)) throw error;
      return super.process(options);
    }
  }

  private unavailable(options: Options, error: SubgraphUnreachable, started: number): GraphQLError {
    const ms = performance.now() - started;
    this.link.observe({ ms, cause: error.reason });
    const requestId = options.context && 'requestId' in options.context ? options.context.requestId : undefined;
    this.link.log.warn(
      { agency: this.link.agency.agency, subgraph: this.link.name, cause: error.reason, detail: error.message, requestId, ms: Math.round(ms) },
      'subgraph unavailable: its fields are null in this answer',
    );
    return subgraphUnavailable(this.link.agency);
  }

  /** Every call carries the caller's identity and purpose, signed for this subgraph and this exact request. */
  override async willSendRequest({ request, context }: Options): Promise<void> {
    if (!('identity' in context)) throw new Error('a subgraph call without a verified caller');
    const digest = requestDigest(request.query!, request.variables);
    request.http!.headers.set(IDENTITY_HEADER, signIdentity(this.signingKey, this.link.name, context.identity, digest));
    // Outside the signature (which covers query and variables): the request ID and W3C `traceparent`.
    propagateRequest(request.http!.headers, context);
  }

  /**
   * A subgraph's refusal, in its own words and code, with the agency named.
   * A 5xx that carries a deliberate code (REPLAY_PROTECTION_UNAVAILABLE,
   * DATABASE_UNAVAILABLE, …) is the subgraph answering that a dependency of
   * its own is down: the caller learns which, and the breaker does not count
   * it, since the subgraph itself answered. A 5xx without one is the subgraph
   * failing: SUBGRAPH_UNAVAILABLE, counted.
   */
  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as
      { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | undefined;
    const first = body?.errors?.[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
    const agency = this.link.agency.agency;
    if (response.status >= 500) {
      if (!first?.message || !code || code === 'INTERNAL_SERVER_ERROR') throw new SubgraphUnreachable('server-error', `HTTP ${response.status}`);
      return fail(first.message, code, { agency, retryable: first.extensions?.retryable ?? true });
    }
    if (first?.message) return fail(first.message, code ?? 'SUBGRAPH_ERROR', { agency });
    return fail(`a subgraph answered HTTP ${response.status}`, 'BAD_GATEWAY', { agency });
  }
}

function isMutation({ request }: Options): boolean {
  return /^\s*mutation\b/.test(request.query ?? '');
}
