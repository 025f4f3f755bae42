import { execFileSync } from 'node:child_process';
import { commandLine, oneOf, positive, positiveList, UsageError } from '../usage-error.js';
import { WORKLOAD_NAMES, type WorkloadName } from './workloads.js';

/** The smallest world whose caseload pages hold enough people to compare 10 of them with 100 (the smoke run's). */
const MIN_SIZE = 200;

export const USAGE = `usage: npm run bench -- [options]
  --seconds N        load per contender, workload and client count, at most 600 (default 8)
  --rounds N         contenders take turns this many times per measurement, so drift hits all alike (default 2)
  --clients 1,20     concurrent clients, at most 200
  --workloads list   ${WORKLOAD_NAMES.join(', ')} (default all)
  --storage list     pglite and/or postgres (default postgres when POSTGRES_URL is set, else pglite); none runs no load (with --startup: start-up alone)
  --size 10000,...   people seeded, at least ${MIN_SIZE}; on PostgreSQL every size after the first reports the caseload's p99 too (default 10000; 2000 on PGlite)
  --baseline <ref>   the same workloads against that commit's whole system, from a temporary git worktree
  --profile          also profile every process (node --cpu-prof) under the first of the workloads (the caseload by default), this checkout's and the baseline's
  --startup          also time \`npm start\` ready, three runs cold and three warm (in turns with the baseline's, with --baseline)
  --smoke            a few seconds of everything, to check the benchmark works (CI)`;

export type StorageKind = 'pglite' | 'postgres';

export interface BenchOptions {
  seconds: number;
  rounds: number;
  clientCounts: number[];
  workloads: WorkloadName[];
  /** Empty with `--storage none`: start-up alone. */
  storages: StorageKind[];
  /** People seeded, per storage when not given (`defaultSize`). */
  sizes?: number[];
  /** The commit `--baseline` names, checked to exist. */
  baseline?: string;
  profile: boolean;
  startup: boolean;
  smoke: boolean;
}

/**
 * The benchmark's options from its command line, or 'help'. Every value is checked before anything starts, so a
 * mistyped one is a clear UsageError, not a stack trace minutes into a run. `root` is the checkout whose git
 * history `--baseline` names a commit of; `env` supplies the default storage (PostgreSQL when POSTGRES_URL is set).
 */
export function benchOptions(argv: string[], root: string, env: NodeJS.ProcessEnv = process.env): BenchOptions | 'help' {
  const { values } = commandLine({
    args: argv,
    options: {
      seconds: { type: 'string' },
      rounds: { type: 'string' },
      clients: { type: 'string' },
      workloads: { type: 'string' },
      storage: { type: 'string' },
      size: { type: 'string' },
      baseline: { type: 'string' },
      startup: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      smoke: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const storages =
    values.storage === 'none' ? [] : oneOf('storage', values.storage ?? (env.POSTGRES_URL ? 'postgres' : 'pglite'), ['pglite', 'postgres'] as const);
  if (!storages.length && !values.startup) throw new UsageError('--storage none runs no load: add --startup to time start-up alone');
  if (!storages.length && values.profile) throw new UsageError('--profile profiles a load: it needs a storage, not --storage none');
  const sizes = values.size === undefined ? undefined : positiveList('size', values.size);
  const small = sizes?.find((size) => size < MIN_SIZE);
  if (small !== undefined) throw new UsageError(`--size must be at least ${MIN_SIZE} people, not ${small}`);
  const smoke = values.smoke;
  return {
    seconds: smoke ? 0.4 : (positive('seconds', values.seconds, { max: 600 }) ?? 8),
    rounds: smoke ? 1 : (positive('rounds', values.rounds, { integer: true, max: 20 }) ?? 2),
    clientCounts: smoke ? [1, 4] : positiveList('clients', values.clients ?? '1,20', 200),
    workloads: values.workloads === undefined ? [...WORKLOAD_NAMES] : oneOf('workloads', values.workloads, WORKLOAD_NAMES),
    storages,
    sizes: sizes ?? (smoke ? [200] : undefined),
    baseline: values.baseline === undefined ? undefined : existingCommit(root, values.baseline),
    profile: values.profile,
    startup: values.startup,
    smoke,
  };
}

/** `ref` as given, once git knows it as a commit here; else a UsageError that says so. */
function existingCommit(root: string, ref: string): string {
  if (ref.startsWith('-')) throw new UsageError(`--baseline ${ref}: a commit, branch or tag, not an option`);
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, stdio: 'ignore' });
    return ref;
  } catch {
    throw new UsageError(`--baseline ${ref}: no such commit in ${root} (a branch, tag or commit this checkout's git knows)`);
  }
}
