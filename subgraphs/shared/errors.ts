import type { GraphQLFormattedError } from 'graphql';

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
