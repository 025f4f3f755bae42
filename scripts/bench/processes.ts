import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** One process of the system under test: its URL and the CPU time it has used. */
export interface BenchProcess {
  name: string;
  url: string;
  pid: number;
  /** User plus system CPU time so far, in ms, read from /proc. */
  cpuMs(): number;
  /** The most memory it has held resident so far (VmHWM), in MB; undefined once it is gone. */
  peakRssMb(): number | undefined;
  /** How it exited (`code 1`, `SIGKILL`), once it has; undefined while it runs. */
  exited(): string | undefined;
  /** The end of what it printed, to show why it exited. */
  output(): string;
  stop(): Promise<void>;
}

/** Kernel clock ticks per second, the unit of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** A process's /proc stat fields after the command name (in parentheses, which may hold spaces): index 0 is field 3. */
function statFields(pid: number | string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

const ticksToMs = (...ticks: string[]) => (ticks.reduce((sum, t) => sum + Number(t), 0) * 1000) / TICKS_PER_SECOND;

export function cpuMsOf(pid: number): number {
  const fields = statFields(pid);
  return ticksToMs(fields[11]!, fields[12]!); // utime, stime
}

/** A memory figure from /proc/<pid>/status (VmRSS: resident now; VmHWM: the most so far), in MB; undefined once the process is gone. */
export function statusMbOf(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/**
 * CPU time so far of the PostgreSQL servers on this machine, in ms: every `postgres` process's own, and for each
 * postmaster also its children's that have exited (cutime, cstime), so a backend that closes mid-measurement
 * still counts. Servers are the same for every contender, which take turns, so a difference is the load's.
 */
export function postgresCpuMs(): number {
  const postgres = new Map<string, string[]>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') postgres.set(pid, statFields(pid));
    } catch {
      // gone between the listing and the read
    }
  }
  let total = 0;
  for (const fields of postgres.values()) {
    const postmaster = !postgres.has(fields[1]!); // ppid
    total += postmaster ? ticksToMs(fields[11]!, fields[12]!, fields[13]!, fields[14]!) : ticksToMs(fields[11]!, fields[12]!);
  }
  return total;
}

export async function freePort(): Promise<number> {
  return (await freePorts(1))[0]!;
}

/**
 * `count` distinct free ports for processes about to listen on them: each is held until all are chosen, so none is
 * handed out twice (one at a time, a port let go of could come back for the next, and two servers met on it).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Whether a checkout runs compiled by `scripts/run.mjs`; one from before that script (a `--baseline`) runs through tsx. */
export function runsCompiled(root: string): boolean {
  return existsSync(path.join(root, 'scripts/run.mjs'));
}

/**
 * Starts `<entry>` in `root` (one process, so its CPU is its own) and resolves when its output matches `ready`;
 * rejects with the output if it exits first or takes longer than `timeoutMs`. It runs compiled, as users run it, by
 * `scripts/run.mjs`; a checkout from before that script (a `--baseline`) runs it as it was run then, through tsx.
 */
export function startProcess(
  name: string,
  root: string,
  entry: string,
  /** Added to this process's environment; a variable given as undefined is left out. */
  env: Record<string, string | undefined>,
  ready: RegExp,
  url: string,
  nodeArgs: string[] = [],
  timeoutMs = 600_000,
): Promise<BenchProcess> {
  const command = runsCompiled(root) ? [path.join(root, 'scripts/run.mjs'), path.join(root, entry)] : ['--import', 'tsx', path.join(root, entry)];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...command], {
    cwd: root,
    env: Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exit: string | undefined;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => (exit = signal ?? `code ${code}`));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs / 1000} s`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop();
      reject(new Error(`${name} ${why}:\n${output.slice(-4000)}`));
    };
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.length > 100_000) output = output.slice(-50_000);
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve({
          name,
          url,
          pid: child.pid!,
          cpuMs: () => cpuMsOf(child.pid!),
          peakRssMb: () => statusMbOf(child.pid!, 'VmHWM'),
          exited: () => exit,
          output: () => output.slice(-4000),
          stop,
        });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal})`));
  });
}
