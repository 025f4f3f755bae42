import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SUBGRAPHS, envPrefix } from '../../subgraphs/registry.js';
import { devKeyPair } from '../../trust/keys.js';
import { freePort, freePorts, postgresCpuMs, startProcess, type BenchProcess } from './processes.js';

export type BenchStorage = { kind: 'pglite' } | { kind: 'postgres'; serverUrl: string };

/** People seeded unless told otherwise: PostgreSQL holds a center's real scale; PGlite, on the same two cores, a fifth of it. */
export const defaultSize = (kind: string) => (kind === 'postgres' ? 10_000 : 2000);

/** The project's gateway, which runs with the V8 flags it is deployed with (the plain one runs with node's defaults). */
const PROJECT_GATEWAY = 'gateway/src/index.ts';

/**
 * The keys a production deployment has (docker-compose's `keys` service): issuer and gateway key pairs, and each
 * agency's audit checkpoint key, whose public halves every witness reads from AUDIT_PUBLIC_KEYS_DIR.
 */
export function productionKeys(keysDir: string) {
  return {
    gateway: { AUTH_PUBLIC_KEY_FILE: path.join(keysDir, 'issuer.public.jwk.json'), GATEWAY_SIGNING_KEY_FILE: path.join(keysDir, 'gateway.private.jwk.json') },
    subgraph: (name: string) => ({
      GATEWAY_PUBLIC_KEY_FILE: path.join(keysDir, 'gateway.public.jwk.json'),
      AUDIT_SIGNING_KEY_FILE: path.join(keysDir, `${name}-audit.private.jwk.json`),
      AUDIT_PUBLIC_KEYS_DIR: keysDir,
    }),
  };
}

export interface SystemOptions {
  /** This checkout, or a baseline's worktree. */
  root: string;
  tag: string;
  storage: BenchStorage;
  size: number;
  keysDir: string;
  /** Run on the databases an earlier start of the same tag and size seeded (PostgreSQL) or in this data directory (PGlite). */
  reuse?: { dataDir: string };
  /** At most this many PostgreSQL connections per subgraph (DATABASE_POOL_SIZE); a baseline that predates it keeps its own 10. */
  poolSize?: number;
  /** Write each process's CPU profile (`node --cpu-prof`) under this directory, gateway and subgraphs apart. */
  profileDir?: string;
  /** The gateway's own variables; by default the benchmark's (`BENCH_GATEWAY_ENV`). */
  gatewayEnv?: Record<string, string>;
}

/**
 * Contenders without a timeout (the plain gateway, an older commit) wait as long as it takes; so does the project's
 * gateway in the benchmark, so that a load that queues past the 2 s default is measured, not cut into partial answers.
 */
export const BENCH_GATEWAY_ENV = { SUBGRAPH_TIMEOUT: '30s' };

const profiling = (dir: string | undefined, part: string) => (dir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(dir, part)}`] : []);

export interface BenchSystem {
  /** Where the embedded databases live, for a later start to reuse. */
  dataDir: string;
  /** The subgraphs by name, each a process of its own. */
  subgraphs: Map<string, BenchProcess>;
  /** The project's gateway in front of them, as users run it. */
  gateway: BenchProcess;
  /** CPU time so far of the PostgreSQL server the subgraphs use, in ms; none on PGlite, which runs inside them. */
  databaseCpuMs?: () => number;
  stop(): Promise<void>;
}

/** A PostgreSQL database of its own per system, size and subgraph, made anew unless reused, so a run never reads another's rows. */
async function benchDatabase(serverUrl: string, name: string, fresh: boolean): Promise<string> {
  if (fresh) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(`drop database if exists ${name} with (force)`);
    } finally {
      await client.end();
    }
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Every subgraph of the code in `root` (this checkout or a baseline's worktree) as its own process in production
 * mode, seeded with `size` people, and that code's gateway in front of them.
 */
export async function startBenchSystem(options: SystemOptions): Promise<BenchSystem> {
  const { root, tag, storage, size, keysDir, reuse, profileDir, poolSize } = options;
  const keys = productionKeys(keysDir);
  const dataDir = reuse?.dataDir ?? mkdtempSync(path.join(os.tmpdir(), `workplus-bench-${tag}-`));
  const common = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    SEED_SIZE: String(size),
    HOST: '127.0.0.1',
    ...(poolSize ? { DATABASE_POOL_SIZE: String(poolSize) } : {}),
  };
  // The registry of the code under test, which a baseline may have with other subgraphs.
  const { SUBGRAPHS: subgraphsThere } = (await import(path.join(root, 'subgraphs/registry.ts'))) as { SUBGRAPHS: typeof SUBGRAPHS };
  for (const { name } of subgraphsThere) await devKeyPair(keysDir, `${name}-audit`);
  const started: BenchProcess[] = [];
  const stop = async () => void (await Promise.all(started.map((p) => p.stop())));
  try {
    const subgraphs = new Map<string, BenchProcess>();
    // Every subgraph knows where the others are: they witness each other's audit checkpoints.
    const chosen = await freePorts(subgraphsThere.length);
    const ports = new Map(subgraphsThere.map(({ name }, i) => [name, chosen[i]!]));
    const urls = Object.fromEntries([...ports].map(([name, port]) => [`${envPrefix(name)}_URL`, `http://127.0.0.1:${port}/graphql`]));
    // One at a time: seeding is CPU-bound, and the machine has two cores.
    for (const { name } of subgraphsThere) {
      const port = ports.get(name)!;
      const database =
        storage.kind === 'postgres'
          ? { [`${envPrefix(name)}_DATABASE_URL`]: await benchDatabase(storage.serverUrl, `bench_${tag}_${size}_${name}`, !reuse) }
          : {};
      const env = { ...common, ...urls, ...keys.subgraph(name), ...database, [`${envPrefix(name)}_PORT`]: String(port) };
      const url = `http://127.0.0.1:${port}/graphql`;
      const running = await startProcess(
        `${tag} ${name}`,
        root,
        `subgraphs/${name}/src/index.ts`,
        env,
        /subgraph ready at/,
        url,
        profiling(profileDir, 'subgraphs'),
      );
      started.push(running);
      subgraphs.set(name, running);
    }
    const gateway = await startGateway(root, tag, PROJECT_GATEWAY, subgraphs, keysDir, profiling(profileDir, 'gateway'), options.gatewayEnv);
    started.push(gateway);
    return { dataDir, subgraphs, gateway, stop, ...(storage.kind === 'postgres' && { databaseCpuMs: postgresCpuMs }) };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A gateway process (the project's, or the plain one) in front of `subgraphs`, each found at its `<NAME>_URL`. */
export async function startGateway(
  root: string,
  tag: string,
  entry: string,
  subgraphs: Map<string, { url: string }>,
  keysDir: string,
  nodeArgs: string[] = [],
  gatewayEnv: Record<string, string> = BENCH_GATEWAY_ENV,
): Promise<BenchProcess> {
  const port = await freePort();
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(port),
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), `workplus-bench-${tag}-gateway-`)),
    TRUSTED_DOCUMENTS: 'off',
    ...gatewayEnv,
    ...productionKeys(keysDir).gateway,
    ...Object.fromEntries([...subgraphs].map(([name, s]) => [`${envPrefix(name)}_URL`, s.url])),
  };
  const flags = entry === PROJECT_GATEWAY ? await gatewayNodeFlags(root) : [];
  return startProcess(`${tag} gateway`, root, entry, env, /ready at/, `http://127.0.0.1:${port}/graphql`, [...flags, ...nodeArgs]);
}

/** The V8 flags the gateway of the checkout at `root` is deployed with; none for one from before they were set. */
async function gatewayNodeFlags(root: string): Promise<readonly string[]> {
  const file = path.join(root, 'gateway/src/node-flags.ts');
  return existsSync(file) ? ((await import(file)) as { GATEWAY_NODE_FLAGS: readonly string[] }).GATEWAY_NODE_FLAGS : [];
}
