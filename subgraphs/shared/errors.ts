import { getLocation, GraphQLError, type GraphQLFormattedError, type GraphQLResolveInfo } from 'graphql';
import { isDatabaseUnavailable } from './db/availability.js';
import { perField } from './per-field.js';

/**
 * The disclosure policy's refusals: a field this caller may not see, or a
 * person outside their jurisdiction. Part of a normal answer, not a failure,
 * wherever an answer is read (the gateway, the benchmark, the soak).
 */
export const POLICY_REFUSALS: ReadonlySet<unknown> = new Set(['WITHHELD', 'OUTSIDE_JURISDICTION']);

/** Database refusals that are not faults: what the caller is told instead. */
const DATABASE_REFUSALS: Record<string, [code: string, message: string]> = {
  '23505': ['CONFLICT', 'This conflicts with a record written at the same moment; read it again before retrying'],
  '23P01': ['CONFLICT', 'This overlaps a record written at the same moment; read it again before retrying'],
  '40001': ['CONFLICT', 'Another request changed the same records at the same moment; retry'],
  '40P01': ['CONFLICT', 'Another request changed the same records at the same moment; retry'],
  '22001': ['BAD_USER_INPUT', 'A value is longer than the database keeps'],
  '22003': ['BAD_USER_INPUT', 'A number is out of the range the database keeps'],
  '22007': ['BAD_USER_INPUT', 'A date or time is not valid'],
  '22008': ['BAD_USER_INPUT', 'A date or time is out of range'],
  '22021': ['BAD_USER_INPUT', 'A value is not valid text'],
  '22P02': ['BAD_USER_INPUT', 'A value is not of the expected form'],
  '22P05': ['BAD_USER_INPUT', 'A value is not valid text'],
};

/** What the caller is told when the agency's database could not be reached or dropped the connection mid-request. */
const DATABASE_UNAVAILABLE =
  "The agency's database is unavailable for a moment; retry the request (a write sent again with the same idempotencyKey is applied at most once)";

/** The error a resolver or scalar threw, under graphql-js's wrapping. */
function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/**
 * The one shape every error leaves in. A scalar's refusal reads the same
 * whether the value came as a literal (graphql-js calls it a validation
 * error) or as a variable: BAD_USER_INPUT with the scalar's own message. A
 * database refusal that is not a fault (a unique or exclusion violation, a
 * serialization failure, a value it cannot store) becomes CONFLICT or
 * BAD_USER_INPUT. In production anything else unexpected reaches the client
 * as "Internal server error" only: its own message may carry SQL, table
 * names or hostnames. A database that cannot be reached or dropped the
 * connection (see isDatabaseUnavailable) is no fault of the request:
 * DATABASE_UNAVAILABLE with `retryable: true`, in production too. Errors with
 * a deliberate code pass unchanged.
 */
export function maskInternalErrors(production: boolean) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const cause = rootCause(error);
    const code = formatted.extensions?.code;
    const wrapped = cause !== error && cause instanceof GraphQLError && cause.extensions?.code === 'BAD_USER_INPUT';
    if (wrapped && (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT')) {
      return { message: cause.message, locations: formatted.locations, path: formatted.path, extensions: { ...cause.extensions, code: 'BAD_USER_INPUT' } };
    }
    if ((code === undefined || code === 'INTERNAL_SERVER_ERROR') && isDatabaseUnavailable(cause)) {
      return { message: DATABASE_UNAVAILABLE, path: formatted.path, extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true } };
    }
    const refusal = DATABASE_REFUSALS[(cause as { code?: string } | undefined)?.code ?? ''];
    if (refusal && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
      return { message: refusal[1], path: formatted.path, extensions: { code: refusal[0] } };
    }
    if (!production || (code !== undefined && code !== 'INTERNAL_SERVER_ERROR')) return formatted;
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * What every refusal shares: a GraphQLError's prototype and the properties its
 * constructor makes non-enumerable. graphql-js's constructor redefines those on
 * each instance, which costs about 6 µs, ten times an Error (13 µs with the
 * locations of a field), and a caseload's subgraph answers carry hundreds of
 * refusals. A refusal is a normal answer, not a fault: its stack is its message.
 */
const REFUSAL: GraphQLError = Object.create(GraphQLError.prototype, {
  name: { value: 'GraphQLError', writable: true },
  nodes: { value: undefined, writable: true },
  source: { value: undefined, writable: true },
  positions: { value: undefined, writable: true },
  originalError: { value: undefined, writable: true },
  stack: {
    get(this: GraphQLError) {
      return `GraphQLError: ${this.message}`;
    },
  },
});

/** A GraphQLError as graphql-js would make it (message, path, locations, extensions), less its cost. */
function refusal(message: string, extensions: GraphQLError['extensions'], path?: (string | number)[], locations?: GraphQLError['locations']): GraphQLError {
  const error: { -readonly [K in keyof GraphQLError]: GraphQLError[K] } = Object.create(REFUSAL);
  error.message = message;
  error.path = path;
  error.locations = locations;
  error.extensions = extensions;
  return error;
}

/**
 * An error the caller can act on, with a deliberate code (FORBIDDEN,
 * WITHHELD, CONFLICT, …) that production passes through. Every expected
 * refusal is made here.
 */
export function fail(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return refusal(message, { code, ...extensions });
}

/**
 * A refusal from `fail`, placed at the field `info` resolves, which graphql-js
 * then reports as it is. Unplaced, graphql-js wraps every error in a new
 * GraphQLError of its own. Any other error passes unchanged.
 */
export function refusalAt(error: unknown, info: GraphQLResolveInfo): unknown {
  if (!(error instanceof GraphQLError) || Object.getPrototypeOf(error) !== REFUSAL || error.path) return error;
  const path: (string | number)[] = [];
  for (let at: GraphQLResolveInfo['path'] | undefined = info.path; at; at = at.prev) path.unshift(at.key);
  return refusal(error.message, error.extensions, path, locationsOf(info));
}

/** Where a field stands in its document: finding a line means reading the document up to it. */
const locationsOf = perField(({ fieldNodes }) => fieldNodes.flatMap(({ loc }) => (loc ? [getLocation(loc.source, loc.start)] : [])));

/** A validation check: the problem, or false/null when there is none. */
export type Check = string | false | null | undefined;

/** The problems among `checks`, so a caller is told every one at once. */
export function problemsOf(checks: readonly Check[]): string[] {
  return checks.filter((check): check is string => typeof check === 'string');
}

/**
 * Refuses bad input before anything is written: BAD_USER_INPUT naming every
 * problem in the message and in `extensions.problems`. Passes when there are none.
 */
export function rejectProblems(what: string, checks: readonly Check[]): void {
  const problems = problemsOf(checks);
  if (problems.length) throw fail(`${what}: ${problems.join('; ')}`, 'BAD_USER_INPUT', { problems });
}
