import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DestinationStream } from 'pino';
import { DEMO_COUNSELLOR, issueDevToken } from '../../gateway/src/auth/dev-issuer.js';
import { PURPOSE_HEADER } from '../../gateway/src/auth/purpose.js';
import { readGatewayConfig } from '../../gateway/src/config.js';
import { createGateway } from '../../gateway/src/server.js';
import { startCenter } from '../../scripts/center.js';
import { envPrefix, SUBGRAPH_NAMES, type SubgraphName } from '../../subgraphs/registry.js';
import { readSubgraphConfig, type Storage } from '../../subgraphs/shared/config.js';
import { closeRedis, connectRedis } from '../../subgraphs/shared/redis.js';
import type { RunningSubgraph } from '../../subgraphs/shared/server.js';
import type { Caller } from '../../trust/identity.js';
import { devKeyPair } from '../../trust/keys.js';

/** The Redis server tests use; `.ci/run` makes sure it is up. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The PostgreSQL server tests use; `.ci/run` makes sure it is up. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface SystemOptions {
  storage: 'pglite' | 'postgres';
  seedSize?: number;
  /** Runs with NODE_ENV=production: no stack traces, no introspection, no field suggestions. */
  production?: boolean;
  /** Every subgraph on the test Redis (replay memory, job-posting stream), as replicas in production would be. */
  redis?: boolean;
  /** Another Redis than the test one for that (implies `redis`): one a test may stop. */
  redisUrl?: string;
  /** More of the gateway's configuration, as environment variables (e.g. CORS_ORIGINS); `TRUSTED_DOCUMENTS: ''` leaves the mode to its default. */
  gatewayEnv?: Record<string, string>;
  /** Every process's log lines, from level info, go here instead of stdout (tests/observability.test.ts reads them). */
  logs?: DestinationStream;
}

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

/** The center as `npm start` runs it, on free ports, with helpers to query it and read its SQL counts. */
export class System {
  private constructor(
    readonly gatewayUrl: string,
    readonly subgraphs: Map<SubgraphName, RunningSubgraph>,
    private readonly stopCenter: () => Promise<void>,
    /** URLs of the PostgreSQL databases this run created (empty on PGlite). */
    readonly databases: string[],
    /** Development keys of this run: the staff-token issuer and the gateway's signing key. */
    readonly keysDir: string,
    /** This run's job-posting stream: a Redis Stream key with `redis`, else the in-process stream's name. */
    readonly jobEventsStream: string,
    /** The variables the gateway was configured from. */
    readonly gatewayVariables: Record<string, string>,
  ) {}

  /** Where this run's gateway keeps what it stores itself (DATA_DIR): the published trusted documents without Redis. */
  get dataDir(): string {
    return this.gatewayVariables.DATA_DIR!;
  }

  /**
   * One more gateway in front of the same subgraphs, configured as the first
   * plus `env`: a second replica, or the same center seen with other settings.
   * `urls` points it at stand-ins for some subgraphs instead; `logs` takes its log lines.
   */
  async anotherGateway(
    env: Record<string, string>,
    { urls = {}, logs }: { urls?: Partial<Record<SubgraphName, string>>; logs?: DestinationStream } = {},
  ): Promise<{ url: string; close: () => Promise<void> }> {
    const config = readGatewayConfig(withoutEmpty({ ...this.gatewayVariables, ...env }));
    const subgraphUrls = { ...Object.fromEntries([...this.subgraphs].map(([name, s]) => [name, s.url])), ...urls };
    const app = await createGateway({ ...config, subgraphUrls, logDestination: logs });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    return { url: `${address}/graphql`, close: () => app.close() };
  }

  /** An access token from the development issuer; by default an employment counsellor in Seoul-West. */
  token(caller: Partial<Caller> = {}, lifetime?: string): Promise<string> {
    return issueDevToken(this.keysDir, { ...DEMO_COUNSELLOR, ...caller }, lifetime);
  }

  static async start({ storage, seedSize = 300, production = false, redis = false, redisUrl, gatewayEnv = {}, logs }: SystemOptions): Promise<System> {
    const NODE_ENV = production ? 'production' : 'development';
    const keysDir = await mkdtemp(path.join(os.tmpdir(), 'workplus-keys-'));
    // Production reads keys from files only: hand it the files the development keys are kept in.
    await devKeyPair(keysDir, 'issuer');
    await devKeyPair(keysDir, 'gateway');
    // Each agency's audit checkpoint key; the public halves are every witness's AUDIT_PUBLIC_KEYS_DIR.
    if (production) for (const name of SUBGRAPH_NAMES) await devKeyPair(keysDir, `${name}-audit`);
    const auditKeys = (name: SubgraphName) =>
      production ? { AUDIT_SIGNING_KEY_FILE: path.join(keysDir, `${name}-audit.private.jwk.json`), AUDIT_PUBLIC_KEYS_DIR: keysDir } : {};
    const keys = {
      DEV_KEYS_DIR: keysDir,
      ...(production && {
        AUTH_PUBLIC_KEY_FILE: path.join(keysDir, 'issuer.private.jwk.json'),
        GATEWAY_SIGNING_KEY_FILE: path.join(keysDir, 'gateway.private.jwk.json'),
        GATEWAY_PUBLIC_KEY_FILE: path.join(keysDir, 'gateway.private.jwk.json'),
      }),
    };
    const run = randomBytes(4).toString('hex');
    // Each run has its own job-posting stream, so parallel runs never feed each other's boards.
    const stream = { JOB_EVENTS_STREAM: `wptest:${run}:job-postings`, ...((redis || redisUrl) && { REDIS_URL: redisUrl ?? TEST_REDIS_URL }) };
    const databases: string[] = [];
    const storageFor = (name: SubgraphName): Storage => {
      if (storage === 'pglite') return { kind: 'pglite', dataDir: null };
      const url = new URL(TEST_POSTGRES_URL);
      url.pathname = `/wptest_${run}_${name}`;
      databases.push(url.toString());
      return { kind: 'postgres', url: url.toString() };
    };
    const gatewayVariables = withoutEmpty({
      GATEWAY_PORT: '0',
      LOG_LEVEL: logs ? 'info' : 'warn',
      NODE_ENV,
      // This run's own published documents (a file in its temporary folder, or its own Redis key).
      DATA_DIR: keysDir,
      TRUSTED_DOCUMENTS_KEY: `wptest:${run}:trusted-documents`,
      // Suites send documents of their own; tests/trusted-documents.test.ts runs the modes, defaults included.
      TRUSTED_DOCUMENTS: 'off',
      // Suites run side by side on two cores, and a hundred people with every field can take seconds there: a
      // fetch is cut short only in tests/partial-answers.test.ts, which sets its own timeout.
      SUBGRAPH_TIMEOUT: '30s',
      ...keys,
      ...gatewayEnv,
    });
    const center = await startCenter(
      (name) => ({
        ...readSubgraphConfig(name, {
          [`${envPrefix(name)}_PORT`]: '0',
          SEED_SIZE: String(seedSize),
          LOG_LEVEL: logs ? 'info' : 'warn',
          NODE_ENV,
          ...keys,
          ...auditKeys(name),
          ...stream,
        }),
        storage: storageFor(name),
        logDestination: logs,
      }),
      { ...readGatewayConfig(gatewayVariables), logDestination: logs },
    );
    const stop = async () => {
      await center.stop();
      await dropKeys(redisUrl ?? TEST_REDIS_URL, [stream.JOB_EVENTS_STREAM, gatewayVariables.TRUSTED_DOCUMENTS_KEY!]);
    };
    return new System(center.gatewayUrl, center.subgraphs, stop, databases, keysDir, stream.JOB_EVENTS_STREAM, gatewayVariables);
  }

  /**
   * Sends one operation through the gateway over HTTP, as a counsellor
   * counselling unless `as` says otherwise (`token: null` sends none).
   */
  async query<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    as: { token?: string | null; purpose?: string | null } = {},
  ): Promise<GraphQLResponse<T>> {
    const token = as.token === undefined ? await this.token() : as.token;
    const purpose = as.purpose === undefined ? 'counselling' : as.purpose;
    return postGraphQL<T>(this.gatewayUrl, query, variables, { token, purpose });
  }

  /** SQL statements a subgraph has executed so far, read from its /metrics endpoint. */
  async statements(name: SubgraphName): Promise<number> {
    const url = this.subgraphs.get(name)!.url.replace(/\/graphql$/, '/metrics');
    const text = await (await fetch(url)).text();
    const match = /^sql_statements_total\{[^}]*\} (\d+)$/m.exec(text);
    if (!match) throw new Error(`no sql_statements_total in ${url}`);
    return Number(match[1]);
  }

  gatewayBase(): string {
    return this.gatewayUrl.replace(/\/graphql$/, '');
  }

  async stop(): Promise<void> {
    await this.stopCenter();
    await dropDatabases(this.databases);
    await rm(this.keysDir, { recursive: true, force: true });
  }
}

/** One operation sent over HTTP to a gateway at `url`, with a token and a purpose of use when given. */
export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  { token, purpose }: { token?: string | null; purpose?: string | null },
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
      ...(purpose && { [PURPOSE_HEADER]: purpose }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

async function dropKeys(url: string, keys: string[]): Promise<void> {
  const client = connectRedis(url, 'test clean-up');
  try {
    await client.del(...keys);
  } finally {
    await closeRedis(client);
  }
}

/** Drops the run's databases once their sessions are gone (a closed pool's backends exit a moment later). */
async function dropDatabases(urls: string[]): Promise<void> {
  if (urls.length === 0) return;
  const names = urls.map((url) => new URL(url).pathname.slice(1));
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    const deadline = Date.now() + 10_000;
    const open = async () => Number((await client.query('select count(*) from pg_stat_activity where datname = any($1)', [names])).rows[0].count);
    while ((await open()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    for (const name of names) await client.query(`drop database if exists "${name}"`);
  } finally {
    await client.end();
  }
}

/** The variables that are set: an empty value unsets a default of System's own. */
function withoutEmpty(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
}
