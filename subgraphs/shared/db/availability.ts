/**
 * SQLSTATEs that say the connection, not the statement, failed: class 08 (connection exception), the server
 * shutting down or terminating the backend (57P01), crashing (57P02), still starting (57P03), or full (53300).
 */
const CONNECTION_SQLSTATES = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
/** Node's socket and name-lookup failures. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** pg's own words for a connection that ended or could not be made (these errors carry no code). */
const PG_CONNECTION_MESSAGES = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

/**
 * Whether `error` means the database could not be reached or dropped the
 * connection: the request may succeed if tried again, unlike a statement the
 * database refused. pg rejects a query with the socket's own error (or, for
 * every address refused, an AggregateError of them); SQLSTATEs and pg's
 * messages are also recognised under a `cause`. A socket error deeper down
 * (undici's "fetch failed") is someone else's connection, not the database's.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (isSocketFailure(error) || (error instanceof AggregateError && error.errors.some(isSocketFailure))) return true;
  for (let at = error, depth = 0; at && typeof at === 'object' && depth < 5; at = (at as { cause?: unknown }).cause, depth++) {
    const { code, message } = at as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && CONNECTION_SQLSTATES.test(code)) return true;
    if (typeof message === 'string' && PG_CONNECTION_MESSAGES.test(message)) return true;
  }
  return false;
}

function isSocketFailure(error: unknown): boolean {
  return SOCKET_CODES.has((error as { code?: unknown } | null)?.code as string);
}

/** Where start-up looks for the database, and for how long. */
export interface ConnectPatience {
  /** How long to keep trying, in ms, in all (default 30 s). */
  timeoutMs?: number;
  /** The environment variable that named the database, for the message when giving up. */
  variable?: string;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 30_000;
const FIRST_DELAY_MS = 200;
const MAX_DELAY_MS = 2000;

/**
 * Start-up gave up on the database: it could not be reached within the
 * timeout, or it refused the connection (an unknown role, a wrong password).
 * The message names the variable that points at it and says what went wrong,
 * and nothing else: no stack, no credentials.
 */
export class DatabaseStartFailure extends Error {
  constructor(url: string, { timeoutMs = DEFAULT_CONNECT_TIMEOUT_MS, variable }: ConnectPatience, cause: unknown, unreachable: boolean) {
    const named = `the PostgreSQL database ${variable ? `named by ${variable} ` : ''}(${whereIs(url)})`;
    super(
      unreachable
        ? `cannot reach ${named} after ${timeoutMs / 1000} s: ${reasonOf(cause)}. ` +
            `Check ${variable ?? 'its URL'} and that the server is running; DATABASE_CONNECT_TIMEOUT sets how long start-up waits.`
        : `cannot use ${named}: ${reasonOf(cause)}. Check ${variable ?? 'its URL'}.`,
      { cause },
    );
    this.name = 'DatabaseStartFailure';
  }
}

/**
 * Runs `attempt` (given the time left, in ms) until it succeeds. The
 * database being unavailable is retried with doubling pauses (0.2 s up to
 * 2 s) until `timeoutMs` has passed; any other error, and the last
 * unavailability, ends it with DatabaseStartFailure.
 */
export async function retryUntilReachable<T>(url: string, patience: ConnectPatience, attempt: (leftMs: number) => Promise<T>): Promise<T> {
  const deadline = Date.now() + (patience.timeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS);
  for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
    try {
      return await attempt(Math.max(deadline - Date.now(), 250));
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw new DatabaseStartFailure(url, patience, error, false);
      const left = deadline - Date.now();
      if (left <= 0) throw new DatabaseStartFailure(url, patience, error, true);
      if (delay === FIRST_DELAY_MS)
        console.warn(`waiting for the PostgreSQL database ${patience.variable ? `named by ${patience.variable} ` : ''}(${reasonOf(error)})`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, left)));
    }
  }
}

/** host:port/database, without credentials. */
function whereIs(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** An error's own words; Node's AggregateError (every address refused) has none, so its first error's. */
function reasonOf(error: unknown): string {
  const { message, code } = error as { message?: string; code?: string };
  if (message) return message;
  if (error instanceof AggregateError && error.errors.length) return reasonOf(error.errors[0]);
  return code ?? String(error);
}
