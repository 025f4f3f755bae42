import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * In production an unexpected error reaches the client as "Internal server
 * error" only: its own message may carry SQL, table names or hostnames.
 * Errors with a deliberate code (BAD_USER_INPUT, …) pass unchanged.
 */
export function maskInternalErrors(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (!production || (code !== undefined && code !== 'INTERNAL_SERVER_ERROR')) return formatted;
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** An error the caller can act on, with a deliberate code (FORBIDDEN, NOT_FOUND, CONFLICT, …) that production passes through. */
export function fail(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

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
