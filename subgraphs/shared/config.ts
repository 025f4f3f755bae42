import path from 'node:path';
import { z } from 'zod';
import { SUBGRAPHS, envPrefix, type SubgraphName } from '../registry.js';

export type Storage =
  /** `poolSize`: at most this many connections from this process (default 10). */
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `dataDir: null` keeps the database in memory (tests). */
  | { kind: 'pglite'; dataDir: string | null };

export interface SubgraphConfig {
  name: SubgraphName;
  host: string;
  port: number;
  storage: Storage;
  /** Demo people written on the database's first start: 2000 embedded, none on a server unless SEED_SIZE says so. */
  seedSize: number;
  production: boolean;
  logLevel: string;
  /** The gateway's public key (JWK file) that signs every call; absent in development, where a dev key is used. */
  gatewayPublicKeyFile?: string;
  /** Where development keys live (made on first use); never used in production. */
  devKeysDir: string;
  /** Shared replay memory for the gateway's one-time signatures, and the job-posting event stream; without it, each process alone. */
  redisUrl?: string;
  /** Redis stream (or, without Redis, in-process stream) that carries job-posting changes to the board. */
  jobEventsStream: string;
}

const port = z.coerce.number().int().min(0).max(65535);
const url = z.string().url();

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
    DATA_DIR: z.string().min(1).default('.data'),
    SEED_SIZE: z.coerce.number().int().min(0).optional(),
    HOST: z.string().min(1).default('127.0.0.1'),
    NODE_ENV: z.string().default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    GATEWAY_PUBLIC_KEY_FILE: z.string().min(1).optional(),
    DEV_KEYS_DIR: z.string().min(1).optional(),
    REDIS_URL: url.optional(),
    JOB_EVENTS_STREAM: z.string().min(1).default('workplus:job-postings'),
  });
  const vars = parseEnv(schema, env) as Record<string, string | number | undefined>;
  const databaseUrl = vars[`${prefix}_DATABASE_URL`] as string | undefined;
  const serverUrl = vars.POSTGRES_URL as string | undefined;
  const poolSize = vars.DATABASE_POOL_SIZE as number;
  const storage: Storage = databaseUrl
    ? { kind: 'postgres', url: databaseUrl, poolSize }
    : serverUrl
      ? { kind: 'postgres', url: databaseOnServer(serverUrl, name), poolSize }
      : { kind: 'pglite', dataDir: path.resolve(vars.DATA_DIR as string, name) };
  return {
    name,
    host: vars.HOST as string,
    port: vars[`${prefix}_PORT`] as number,
    storage,
    seedSize: (vars.SEED_SIZE as number | undefined) ?? (storage.kind === 'pglite' ? 2000 : 0),
    production: vars.NODE_ENV === 'production',
    logLevel: vars.LOG_LEVEL as string,
    gatewayPublicKeyFile: vars.GATEWAY_PUBLIC_KEY_FILE as string | undefined,
    devKeysDir: path.resolve((vars.DEV_KEYS_DIR as string | undefined) ?? path.join(vars.DATA_DIR as string, 'dev-keys')),
    redisUrl: vars.REDIS_URL as string | undefined,
    jobEventsStream: vars.JOB_EVENTS_STREAM as string,
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
