import { readFileSync } from 'node:fs';

/** One process's memory at one moment, in MB: resident set (from /proc) and V8 heap used (from its /metrics, when it exports it). */
export interface ProcessMemory {
  rssMb?: number;
  heapMb?: number;
}

export interface MemorySample {
  /** Seconds after the load started. */
  atS: number;
  byProcess: Record<string, ProcessMemory>;
}

const MB = 2 ** 20;

/** VmRSS from /proc/<pid>/status; undefined once the process is gone. */
export function rssMbOf(pid: number): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : (Number(kb) * 1024) / MB;
  } catch {
    return undefined;
  }
}

/** `nodejs_heap_size_used_bytes` (prom-client's default metrics) from the /metrics beside `graphqlUrl`; undefined if it has none. */
export async function heapMbOf(graphqlUrl: string): Promise<number | undefined> {
  try {
    const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'), { signal: AbortSignal.timeout(5000) });
    const text = await response.text();
    const bytes = /^nodejs_heap_size_used_bytes(?:\{[^}]*\})? ([0-9.e+]+)$/m.exec(text)?.[1];
    return bytes === undefined ? undefined : Number(bytes) / MB;
  } catch {
    return undefined;
  }
}

export async function sampleMemory(processes: Map<string, { pid: number; url: string }>, atS: number): Promise<MemorySample> {
  const entries = await Promise.all([...processes].map(async ([name, { pid, url }]) => [name, { rssMb: rssMbOf(pid), heapMb: await heapMbOf(url) }] as const));
  return { atS, byProcess: Object.fromEntries(entries) };
}

/** A sample now and every `everyMs` until `stop()`, which takes a last one; `onSample` sees each as it comes. */
export function sampleEvery(processes: Map<string, { pid: number; url: string }>, everyMs: number, onSample: (sample: MemorySample) => void) {
  const started = performance.now();
  const samples: MemorySample[] = [];
  const take = async () => {
    const sample = await sampleMemory(processes, (performance.now() - started) / 1000);
    samples.push(sample);
    onSample(sample);
  };
  let pending = take();
  const timer = setInterval(() => void (pending = pending.then(take)), everyMs);
  return {
    samples,
    stop: async () => {
      clearInterval(timer);
      await (pending = pending.then(take));
      return samples;
    },
  };
}
