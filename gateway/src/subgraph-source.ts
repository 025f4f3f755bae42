import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types.js';
import type { GraphQLError } from 'graphql';
import type { CryptoKey } from 'jose';
import type { ForwardedIdentity } from '../../trust/identity.js';
import type { SubgraphLink } from './subgraph-links.js';
import { SubgraphUnreachable, subgraphUnavailable } from './subgraph-unavailable.js';
import { fail } from '../../subgraphs/shared/errors.js';
import { stackless } from './stackless-errors.js';
import { setAsideRefusals } from './expected-refusals.js';
import { IDENTITY_HEADER, requestDigestOfJson, signIdentity } from '../../trust/signed-identity.js';
import { propagateRequest } from '../../subgraphs/shared/observability/index.js';

type Options = GraphQLDataSourceProcessOptions<GatewayContext>;
type Answer = Awaited<ReturnType<GraphQLDataSource['process']>>;
/** One call as it goes out. */
type Call = { body: string; headers: Record<string, string> };

export interface GatewayContext {
  identity: ForwardedIdentity;
  /** This request's ID, as logged at the gateway and sent to every subgraph. */
  requestId?: string;
}

/**
 * Talks to one subgraph, for `@apollo/gateway`. Each call's body is written
 * once, and the caller's identity is signed over exactly that query and those
 * variables. When a subgraph refuses a request (e.g. HTTP 400 for a variable
 * that is not a valid Date), the caller gets the subgraph's own message and
 * code instead of "400: Bad Request", and never the subgraph's internal URL.
 *
 * When the subgraph cannot answer (refused, lost, past its timeout, a 5xx
 * without a code of its own, an answer that is not JSON, or its breaker open),
 * the fetch fails with one SUBGRAPH_UNAVAILABLE error naming the agency: its
 * fields are null and the rest of the answer stands.
 * A read refused a connection is tried once more; a mutation never is.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly link: SubgraphLink,
    private readonly signingKey: CryptoKey,
  ) {}

  async process(options: Options): Promise<Answer> {
    const { breaker } = this.link;
    const started = performance.now();
    if (!breaker.allow()) throw this.unavailable(options, new SubgraphUnreachable('circuit-open', 'breaker open'), started);
    try {
      const response = await this.attempt(options);
      response.errors = this.errorsForApollo(options, response);
      // An agency's answer is personal data: never cached, as its subgraph says by sending no cache hint.
      if (options.kind === GraphQLDataSourceRequestKind.INCOMING_OPERATION) options.incomingRequestContext.overallCachePolicy?.restrict({ maxAge: 0 });
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
  private errorsForApollo(options: Options, { data, errors }: Answer) {
    if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return errors && stackless(errors);
    const entities = Array.isArray(options.request.variables?.representations);
    const rest = setAsideRefusals(options.context, { serviceName: this.link.name, at: options.pathInIncomingRequest ?? [], entities }, data, errors);
    return rest && stackless(rest);
  }

  /** The call, and once more for a read refused a connection, signed anew (a signature is good for one use). */
  private async attempt(options: Options): Promise<Answer> {
    try {
      return await this.send(this.signed(options));
    } catch (error) {
      if (!(error instanceof SubgraphUnreachable) || error.reason !== 'refused' || isMutation(options)) throw error;
      return this.send(this.signed(options));
    }
  }

  /** Every call carries the caller's identity and purpose, signed for this subgraph and this exact request. */
  private signed({ request, context }: Options): Call {
    if (!('identity' in context)) throw new Error('a subgraph call without a verified caller');
    const { query, operationName } = request;
    if (!query) throw new Error('a subgraph call without a query');
    const variables = JSON.stringify(request.variables ?? {});
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    for (const [name, value] of request.http?.headers ?? []) headers[name.toLowerCase()] = value;
    headers[IDENTITY_HEADER] = signIdentity(this.signingKey, this.link.name, context.identity, requestDigestOfJson(query, variables));
    // Outside the signature (which covers query and variables): the request ID and W3C `traceparent`.
    propagateRequest({ set: (name, value) => (headers[name.toLowerCase()] = value) }, context);
    const named = operationName ? `,"operationName":${JSON.stringify(operationName)}` : '';
    return { body: `{"query":${JSON.stringify(query)},"variables":${variables}${named}}`, headers };
  }

  /** One call: the subgraph's answer, or its refusal as an error in its own words. */
  private async send({ body, headers }: Call): Promise<Answer> {
    const { status, text } = await this.link.post(body, headers);
    if (status < 200 || status >= 300) throw this.refusal(status, text);
    const answer = jsonObject(text);
    if (!answer) throw new SubgraphUnreachable('server-error', `HTTP ${status} without a JSON object`);
    return answer as Answer;
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

  /**
   * A subgraph's refusal, in its own words and code, with the agency named.
   * A 5xx that carries a deliberate code (REPLAY_PROTECTION_UNAVAILABLE,
   * DATABASE_UNAVAILABLE, …) is the subgraph answering that a dependency of
   * its own is down: the caller learns which, and the breaker does not count
   * it, since the subgraph itself answered. A 5xx without one is the subgraph
   * failing: SUBGRAPH_UNAVAILABLE, counted.
   */
  private refusal(status: number, text: string): GraphQLError {
    const body = jsonObject(text) as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | undefined;
    const first = Array.isArray(body?.errors) ? body.errors[0] : undefined;
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
    const agency = this.link.agency.agency;
    if (status >= 500) {
      if (!first?.message || !code || code === 'INTERNAL_SERVER_ERROR') throw new SubgraphUnreachable('server-error', `HTTP ${status}`);
      return fail(first.message, code, { agency, retryable: first.extensions?.retryable ?? true });
    }
    if (first?.message) return fail(first.message, code ?? 'SUBGRAPH_ERROR', { agency });
    return fail(`a subgraph answered HTTP ${status}`, 'BAD_GATEWAY', { agency });
  }
}

/** `text` as JSON, when it is a JSON object. */
function jsonObject(text: string): object | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isMutation({ request }: Options): boolean {
  return /^\s*mutation\b/.test(request.query ?? '');
}
