import type { GraphQLError } from 'graphql';
import { fail } from '../../subgraphs/shared/errors.js';

/** Why a subgraph could not answer. */
export type UnavailableCause = 'refused' | 'connection-lost' | 'timeout' | 'server-error' | 'circuit-open';

/** A subgraph call that got no answer to use: the fetcher and the data source throw it, the data source reports it. */
export class SubgraphUnreachable extends Error {
  constructor(
    readonly reason: UnavailableCause,
    detail: string,
  ) {
    super(detail);
  }
}

const SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** What a failed HTTP call to a subgraph means, or undefined for an error that is not about reaching it. */
export function unreachable(error: unknown, timedOut: boolean): SubgraphUnreachable | undefined {
  const code = (error as { code?: string } | undefined)?.code ?? '';
  const message = (error as Error | undefined)?.message ?? String(error);
  if (timedOut) return new SubgraphUnreachable('timeout', message);
  if (code === 'ECONNREFUSED') return new SubgraphUnreachable('refused', message);
  if (SOCKET_CODES.has(code) || code.startsWith('UND_ERR_')) return new SubgraphUnreachable('connection-lost', `${code}: ${message}`);
  return undefined;
}

/**
 * What the caller is told for an agency that did not answer: its fields are
 * null, and this one error says which agency is missing, in words a
 * counsellor can pass on. It is an expected answer, so production passes it
 * unmasked, and it carries nothing internal (no URL, host or cause).
 */
export function subgraphUnavailable(agency: { agency: string; description: string }): GraphQLError {
  return fail(
    `${agency.description} is not answering right now, so what it holds is missing from this answer; what the other agencies hold is unaffected. Try again in a moment.`,
    'SUBGRAPH_UNAVAILABLE',
    { agency: agency.agency, retryable: true },
  );
}
