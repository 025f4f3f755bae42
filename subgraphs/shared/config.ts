import path from 'node:path';
import { z } from 'zod';
import type { DestinationStream } from 'pino';
import { SUBGRAPHS, envPrefix, type SubgraphName } from '../registry.js';

export type Storage =
  /**
   * `poolSize`: at most this many connections from this process (default 10). `prepared`: statements with parameters
   * run as named prepared statements (default); off behind a pooler that cannot keep them, such as PgBouncer before
   * 1.21 in transaction mode.
   */
  | { kind: 'postgres'; url: string; poolSize?: number; prepared?: boolean }
  /** `dataDir: null` keeps the database in memory (tests). */
  | { kind: 'pglite'; dataDir: string | null };

export interface SubgraphConfig {
  name: SubgraphName;
  host: string;
  port: number;
  storage: Storage;
  /** The variable that named the PostgreSQL database (`<NAME>_DATABASE_URL` or `POSTGRES_URL`), for messages; none when embedded. */
  databaseVariable?: string;
  /** How long start-up keeps trying a database server it cannot reach, in ms (DATABASE_CONNECT_TIMEOUT). */
  databaseConnectTimeoutMs: number;
  /** Demo people written on the database's first start: 2000 embedded, none on a server unless SEED_SIZE says so. */
  seedSize: number;
  production: boolean;
  logLevel: string;
  /** Where log lines go instead of stdout (tests read them); never from the environment. */
  logDestination?: DestinationStream;
  /** The gateway's public key (JWK file) that signs every call; absent in development, where a dev key is used. */
  gatewayPublicKeyFile?: string;
  /** Where development keys live (made on first use); never used in production. */
  devKeysDir: string;
  /** Shared replay memory for the gateway's one-time signatures, and the job-posting event stream; without it, each process alone. */
  redisUrl?: string;
  /** Redis stream (or, without Redis, in-process stream) that carries job-posting changes to the board. */
  jobEventsStream: string;
  /** This agency's audit checkpoint signing key (JWK file); required in production, a development key otherwise. */
  auditSigningKeyFile?: string;
  /** Where the other agencies' audit public keys are (`<name>-audit.public.jwk.json`); required in production, the development keys otherwise. */
  auditPublicKeysDir?: string;
  /** A signed checkpoint of the access log at least this often while it grows (AUDIT_CHECKPOINT_INTERVAL), in ms. */
  auditCheckpointIntervalMs: number;
  /** Or once this many records were added since the last one (AUDIT_CHECKPOINT_RECORDS). */
  auditCheckpointRecords: number;
  /** Every subgraph's GraphQL URL (`<NAME>_URL`, as the gateway reads them): where its checkpoints' witnesses listen. */
  peerUrls: Record<SubgraphName, string>;
}

const port = z.coerce.number().int().min(0).max(65535);
const url = z.string().url();
const duration = z.string().regex(/^\d+(ms|s|m)$/, 'a duration such as 30s, 500ms or 2m');

/** `500ms`, `30s` or `2m` in ms. */
function milliseconds(value: string): number {
  const [, amount, unit] = /^(\d+)(ms|s|m)$/.exec(value)!;
  return Number(amount) * { ms: 1, s: 1000, m: 60_000 }[unit as 'ms' | 's' | 'm'];
}

/**
 * Reads one subgraph's configuration from the environment, once.
 * `<NAME>_DATABASE_URL` wins; else `POSTGRES_URL` names a server on which the
 * subgraph uses database `workplus_<name>`; else embedded PGlite under `DATA_DIR`.
 */
export function readSubgraphConfig(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const prefix = envPrefix(name);
  const entry = SUBGRAPHS.find((s) => s.name === name)!;
  const schema = z.object({
    [`${prefix}_PORT`]: port.default(entry.port),
    [`${prefix}_DATABASE_URL`]: url.optional(),
    POSTGRES_URL: url.optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
    DATABASE_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true'),
    DATABASE_CONNECT_TIMEOUT: duration.default('30s'),
    DATA_DIR: z.string().min(1).default('.data'),
    SEED_SIZE: z.coerce.number().int().min(0).optional(),
    HOST: z.string().min(1).default('127.0.0.1'),
    NODE_ENV: z.string().default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    GATEWAY_PUBLIC_KEY_FILE: z.string().min(1).optional(),
    DEV_KEYS_DIR: z.string().min(1).optional(),
    REDIS_URL: url.optional(),
    JOB_EVENTS_STREAM: z.string().min(1).default('workplus:job-postings'),
    AUDIT_SIGNING_KEY_FILE: z.string().min(1).optional(),
    AUDIT_PUBLIC_KEYS_DIR: z.string().min(1).optional(),
    AUDIT_CHECKPOINT_INTERVAL: duration.refine((v) => milliseconds(v) >= 1000, 'at least 1s').default('5m'),
    AUDIT_CHECKPOINT_RECORDS: z.coerce.number().int().min(1).default(1000),
    ...Object.fromEntries(SUBGRAPHS.map((s) => [`${envPrefix(s.name)}_URL`, url.default(`http://127.0.0.1:${s.port}/graphql`)])),
  });
  const vars = parseEnv(schema, env) as Record<string, string | number | undefined>;
  const databaseUrl = vars[`${prefix}_DATABASE_URL`] as string | undefined;
  const serverUrl = vars.POSTGRES_URL as string | undefined;
  const server = { poolSize: vars.DATABASE_POOL_SIZE as number, prepared: vars.DATABASE_PREPARED_STATEMENTS === 'true' };
  const storage: Storage = databaseUrl
    ? { kind: 'postgres', url: databaseUrl, ...server }
    : serverUrl
      ? { kind: 'postgres', url: databaseOnServer(serverUrl, name), ...server }
      : { kind: 'pglite', dataDir: path.resolve(vars.DATA_DIR as string, name) };
  return {
    name,
    host: vars.HOST as string,
    port: vars[`${prefix}_PORT`] as number,
    storage,
    databaseVariable: databaseUrl ? `${prefix}_DATABASE_URL` : serverUrl ? 'POSTGRES_URL' : undefined,
    databaseConnectTimeoutMs: milliseconds(vars.DATABASE_CONNECT_TIMEOUT as string),
    seedSize: (vars.SEED_SIZE as number | undefined) ?? (storage.kind === 'pglite' ? 2000 : 0),
    production: vars.NODE_ENV === 'production',
    logLevel: vars.LOG_LEVEL as string,
    gatewayPublicKeyFile: vars.GATEWAY_PUBLIC_KEY_FILE as string | undefined,
    devKeysDir: path.resolve((vars.DEV_KEYS_DIR as string | undefined) ?? path.join(vars.DATA_DIR as string, 'dev-keys')),
    redisUrl: vars.REDIS_URL as string | undefined,
    jobEventsStream: vars.JOB_EVENTS_STREAM as string,
    auditSigningKeyFile: vars.AUDIT_SIGNING_KEY_FILE as string | undefined,
    auditPublicKeysDir: vars.AUDIT_PUBLIC_KEYS_DIR as string | undefined,
    auditCheckpointIntervalMs: milliseconds(vars.AUDIT_CHECKPOINT_INTERVAL as string),
    auditCheckpointRecords: vars.AUDIT_CHECKPOINT_RECORDS as number,
    peerUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, vars[`${envPrefix(s.name)}_URL`] as string])) as Record<SubgraphName, string>,
  };
}

export function databaseOnServer(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/workplus_${name}`;
  return u.toString();
}

/** Parses with zod and fails fast with a message that names every bad variable. */
export function parseEnv<T extends z.ZodTypeAny>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
  throw new Error(`Invalid configuration:\n${problems}`);
}
