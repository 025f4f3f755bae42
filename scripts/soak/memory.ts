import { statusMbOf } from '../bench/processes.js';

/**
 * One process's memory at one moment, in MB: its resident set (from /proc); what JavaScript holds (the V8 heap after
 * the last full collection, `nodejs_heap_after_gc_bytes`); and native memory, the resident set less the heap V8 has
 * committed (`nodejs_heap_size_total_bytes`): buffers, PGlite's WebAssembly memory, the allocator's own. The last two
 * come from the process's /metrics, when it exports them.
 */
export interface ProcessMemory {
  rssMb?: number;
  heapMb?: number;
  nativeMb?: number;
}

export interface MemorySample {
  /** Seconds after the load started. */
  atS: number;
  byProcess: Record<string, ProcessMemory>;
}

const MB = 2 ** 20;

/** Gauges in MB from the /metrics beside `graphqlUrl`, each undefined if it has none. */
export async function gaugesMbOf<N extends string>(graphqlUrl: string, names: readonly N[]): Promise<Partial<Record<N, number>>> {
  let text = '';
  try {
    const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'), { signal: AbortSignal.timeout(5000) });
    text = await response.text();
  } catch {
    // A process that does not answer has no figures this time.
  }
  const value = (name: N) => new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text)?.[1];
  return Object.fromEntries(names.flatMap((name) => (value(name) === undefined ? [] : [[name, Number(value(name)) / MB]]))) as Partial<Record<N, number>>;
}

const GAUGES = ['nodejs_heap_after_gc_bytes', 'nodejs_heap_size_total_bytes'] as const;

async function memoryOf(pid: number, url: string): Promise<ProcessMemory> {
  const rssMb = statusMbOf(pid, 'VmRSS');
  const gauges = await gaugesMbOf(url, GAUGES);
  const committed = gauges.nodejs_heap_size_total_bytes;
  return { rssMb, heapMb: gauges.nodejs_heap_after_gc_bytes, nativeMb: rssMb === undefined || committed === undefined ? undefined : rssMb - committed };
}

export async function sampleMemory(processes: Map<string, { pid: number; url: string }>, atS: number): Promise<MemorySample> {
  const entries = await Promise.all([...processes].map(async ([name, { pid, url }]) => [name, await memoryOf(pid, url)] as const));
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
