import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DestinationStream } from 'pino';
import { parseEnv, type Storage } from '../../subgraphs/shared/config.js';
import { SUBGRAPHS, envPrefix } from '../../subgraphs/registry.js';
import { DEV_ISSUER, GATEWAY_AUDIENCE } from './auth/dev-issuer.js';
import type { Limits } from './limits.js';
import { TRUSTED_DOCUMENT_MODES, type TrustedDocumentMode } from './trusted-documents/gate.js';

export interface GatewayConfig {
  host: string;
  port: number;
  /** Where each subgraph's GraphQL endpoint is, by subgraph name. */
  subgraphUrls: Record<string, string>;
  /** At most this many keep-alive connections to each subgraph; calls beyond them wait for one. */
  subgraphConnections: number;
  /** How long a call to each subgraph may take, by subgraph name, in ms; past it, that agency's fields are null. */
  subgraphTimeoutMs: Record<string, number>;
  /** After `failures` calls in a row fail for want of a subgraph, its fields fail at once for `openMs`, then one call probes. */
  breaker: { failures: number; openMs: number };
  supergraphPath: string;
  /** The schema registry the gateway loads its supergraph from and follows; absent: the committed supergraph file. */
  registry?: { storage: Storage; pollMs: number };
  production: boolean;
  introspection: boolean;
  /** GraphiQL at GET /graphql for browsers (and `/` redirecting there). */
  playground: boolean;
  /** Which documents run: only published ones (`require`), any but counted (`allow`), or any (`off`). */
  trustedDocuments: TrustedDocumentMode;
  /** Redis for the published trusted documents (key `trustedDocumentsKey`) and the APQ cache; a file under dataDir without it. */
  redisUrl?: string;
  trustedDocumentsKey: string;
  dataDir: string;
  /** Browser origins allowed to call the gateway (CORS); none by default. */
  corsOrigins: string[];
  logLevel: string;
  /** Where log lines go instead of stdout (tests read them); never from the environment. */
  logDestination?: DestinationStream;
  limits: Limits;
  auth: {
    issuer: string;
    audience: string;
    /** Staff token keys: a JWKS URL (identity provider) or a JWK file; neither means the development issuer. */
    jwksUrl?: string;
    publicKeyFile?: string;
    /** The gateway's own private JWK for signing calls to subgraphs; absent in development. */
    signingKeyFile?: string;
    devKeysDir: string;
    /** The longest lifetime (exp − iat) a token may have, in seconds; a longer-lived token is refused. */
    maxTokenTtlSeconds: number;
  };
}

const DEFAULT_SUPERGRAPH = fileURLToPath(new URL('../../supergraph/supergraph.graphql', import.meta.url));

const limit = z.coerce.number().int().min(1);
const duration = z
  .string()
  .regex(/^\d+(ms|s|m)$/, 'a duration such as 500ms, 2s or 1m')
  .refine((d) => milliseconds(d) > 0, 'a duration longer than zero');

/** Reads the gateway's configuration once; `<NAME>_URL` overrides where a subgraph lives. */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const urlVars = Object.fromEntries(
    SUBGRAPHS.flatMap(({ name, port }) => [
      [`${envPrefix(name)}_URL`, z.string().url().default(`http://127.0.0.1:${port}/graphql`)],
      [`${envPrefix(name)}_TIMEOUT`, duration.optional()],
    ]),
  );
  const vars = parseEnv(
    z.object({
      GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
      HOST: z.string().min(1).default('127.0.0.1'),
      SUPERGRAPH_PATH: z.string().min(1).default(DEFAULT_SUPERGRAPH),
      REGISTRY_DATABASE_URL: z.string().url().optional(),
      REGISTRY_DIR: z.string().min(1).optional(),
      REGISTRY_POLL_INTERVAL: z
        .string()
        .regex(/^\d+[smh]$/, 'a duration such as 10s or 1m')
        .default('10s'),
      NODE_ENV: z.string().default('development'),
      INTROSPECTION: z.enum(['true', 'false']).optional(),
      PLAYGROUND: z.enum(['true', 'false']).optional(),
      TRUSTED_DOCUMENTS: z.enum(TRUSTED_DOCUMENT_MODES).optional(),
      TRUSTED_DOCUMENTS_KEY: z.string().min(1).default('workplus:trusted-documents'),
      REDIS_URL: z.string().url().optional(),
      CORS_ORIGINS: z
        .string()
        .default('')
        .refine(
          (list) =>
            list
              .split(',')
              .map((o) => o.trim())
              .filter(Boolean)
              .every((o) => /^https?:\/\/[^/\s]+$/.test(o)),
          'a comma-separated list of origins such as https://caseload.center.go.kr,http://localhost:5173 (scheme, host and port; no path)',
        ),
      LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      MAX_DEPTH: limit.default(15),
      MAX_ALIASES: limit.default(15),
      MAX_TOKENS: limit.default(4000),
      MAX_COST: limit.default(20000),
      MAX_DIRECTIVES: limit.default(20),
      MAX_REQUEST_BYTES: limit.default(256 * 1024),
      SUBGRAPH_CONNECTIONS: limit.default(32),
      SUBGRAPH_TIMEOUT: duration.default('2s'),
      BREAKER_FAILURES: limit.default(5),
      BREAKER_OPEN: duration.default('10s'),
      AUTH_ISSUER: z.string().min(1).default(DEV_ISSUER),
      AUTH_AUDIENCE: z.string().min(1).default(GATEWAY_AUDIENCE),
      AUTH_JWKS_URL: z.string().url().optional(),
      AUTH_MAX_TOKEN_TTL: z
        .string()
        .regex(/^\d+[smh]$/, 'a duration such as 12h, 30m or 900s')
        .default('12h'),
      AUTH_PUBLIC_KEY_FILE: z.string().min(1).optional(),
      GATEWAY_SIGNING_KEY_FILE: z.string().min(1).optional(),
      DATA_DIR: z.string().min(1).default('.data'),
      DEV_KEYS_DIR: z.string().min(1).optional(),
      ...urlVars,
    }),
    env,
  ) as Record<string, string | number | undefined>;
  const production = vars.NODE_ENV === 'production';
  return {
    host: vars.HOST as string,
    port: vars.GATEWAY_PORT as number,
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, vars[`${envPrefix(name)}_URL`] as string])),
    subgraphConnections: vars.SUBGRAPH_CONNECTIONS as number,
    subgraphTimeoutMs: Object.fromEntries(
      SUBGRAPHS.map(({ name }) => [name, milliseconds((vars[`${envPrefix(name)}_TIMEOUT`] ?? vars.SUBGRAPH_TIMEOUT) as string)]),
    ),
    breaker: { failures: vars.BREAKER_FAILURES as number, openMs: milliseconds(vars.BREAKER_OPEN as string) },
    supergraphPath: vars.SUPERGRAPH_PATH as string,
    ...registryOf(vars),
    production,
    introspection: vars.INTROSPECTION ? vars.INTROSPECTION === 'true' : !production,
    playground: vars.PLAYGROUND ? vars.PLAYGROUND === 'true' : !production,
    trustedDocuments: (vars.TRUSTED_DOCUMENTS as TrustedDocumentMode | undefined) ?? (production ? 'require' : 'allow'),
    redisUrl: vars.REDIS_URL as string | undefined,
    trustedDocumentsKey: vars.TRUSTED_DOCUMENTS_KEY as string,
    dataDir: path.resolve(vars.DATA_DIR as string),
    corsOrigins: (vars.CORS_ORIGINS as string)
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    logLevel: vars.LOG_LEVEL as string,
    limits: {
      maxDepth: vars.MAX_DEPTH as number,
      maxAliases: vars.MAX_ALIASES as number,
      maxTokens: vars.MAX_TOKENS as number,
      maxCost: vars.MAX_COST as number,
      maxDirectives: vars.MAX_DIRECTIVES as number,
      maxRequestBytes: vars.MAX_REQUEST_BYTES as number,
    },
    auth: {
      issuer: vars.AUTH_ISSUER as string,
      audience: vars.AUTH_AUDIENCE as string,
      jwksUrl: vars.AUTH_JWKS_URL as string | undefined,
      publicKeyFile: vars.AUTH_PUBLIC_KEY_FILE as string | undefined,
      signingKeyFile: vars.GATEWAY_SIGNING_KEY_FILE as string | undefined,
      maxTokenTtlSeconds: seconds(vars.AUTH_MAX_TOKEN_TTL as string),
      devKeysDir: path.resolve((vars.DEV_KEYS_DIR as string | undefined) ?? path.join(vars.DATA_DIR as string, 'dev-keys')),
    },
  };
}

/** The schema registry's database: REGISTRY_DATABASE_URL (PostgreSQL) or REGISTRY_DIR (embedded, for one process). */
export function registryStorage(env: { REGISTRY_DATABASE_URL?: unknown; REGISTRY_DIR?: unknown }): Storage | undefined {
  if (typeof env.REGISTRY_DATABASE_URL === 'string') return { kind: 'postgres', url: env.REGISTRY_DATABASE_URL };
  if (typeof env.REGISTRY_DIR === 'string') return { kind: 'pglite', dataDir: path.resolve(env.REGISTRY_DIR) };
  return undefined;
}

function registryOf(vars: Record<string, unknown>): Pick<GatewayConfig, 'registry'> {
  const storage = registryStorage(vars);
  return storage ? { registry: { storage, pollMs: seconds(vars.REGISTRY_POLL_INTERVAL as string) * 1000 } } : {};
}

/** `500ms`, `2s` or `1m` in milliseconds. */
export function milliseconds(duration: string): number {
  return duration.endsWith('ms') ? Number(duration.slice(0, -2)) : seconds(duration) * 1000;
}

/** `12h`, `30m` or `900s` in seconds. */
export function seconds(duration: string): number {
  const unit = { s: 1, m: 60, h: 3600 }[duration.slice(-1) as 's' | 'm' | 'h'];
  return Number(duration.slice(0, -1)) * unit;
}
