import { POLICY_REFUSALS } from '../../subgraphs/shared/errors.js';
import { percentile } from '../bench/load.js';
import type { Outcome } from './drive.js';
import type { MemorySample, ProcessMemory } from './memory.js';
import { judgeGrowth, type Growth } from './verdict.js';

export interface Latency {
  requests: number;
  p50: number;
  p99: number;
  refused: number;
  failed: number;
}

export interface RequestFigures {
  total: Latency;
  /** Requests carrying each code (once per request), expected refusals apart from failures. */
  refusals: Record<string, number>;
  failures: Record<string, number>;
  skipped: Record<string, number>;
  /** Minute k holds the requests that fell due in [k, k+1) minutes. */
  perMinute: (Latency & { minute: number; perSecond: number })[];
  perWorkload: (Latency & { workload: string })[];
  /** The first failures, when each fell due: warm-up trouble and a steady trickle look different. */
  firstFailures: { atS: number; workload: string; ms: number; codes: string[] }[];
}

function latency(outcomes: Outcome[]): Latency {
  const sorted = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const count = (result: Outcome['result']) => outcomes.filter((o) => o.result === result).length;
  return { requests: outcomes.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), refused: count('refused'), failed: count('failed') };
}

const groups = <K>(outcomes: Outcome[], key: (o: Outcome) => K) => {
  const map = new Map<K, Outcome[]>();
  for (const o of outcomes) {
    const list = map.get(key(o)) ?? [];
    list.push(o);
    map.set(key(o), list);
  }
  return map;
};

export function requestFigures(outcomes: Outcome[], skipped: Record<string, number>, runS: number): RequestFigures {
  const refusals: Record<string, number> = {};
  const failures: Record<string, number> = {};
  for (const { codes } of outcomes)
    for (const code of codes) {
      const into = POLICY_REFUSALS.has(code) ? refusals : failures;
      into[code] = (into[code] ?? 0) + 1;
    }
  const perMinute = [...groups(outcomes, (o) => Math.floor(o.atMs / 60_000))]
    .sort(([a], [b]) => a - b)
    .map(([minute, list]) => ({ minute, perSecond: list.length / Math.min(60, runS - minute * 60), ...latency(list) }));
  const perWorkload = [...groups(outcomes, (o) => o.workload)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([workload, list]) => ({ workload, ...latency(list) }));
  const firstFailures = outcomes
    .filter((o) => o.result === 'failed')
    .sort((a, b) => a.atMs - b.atMs)
    .slice(0, 20)
    .map((o) => ({ atS: Math.round(o.atMs / 100) / 10, workload: o.workload, ms: Math.round(o.ms), codes: o.codes }));
  return { total: latency(outcomes), refusals, failures, skipped, perMinute, perWorkload, firstFailures };
}

export interface ProcessFigures {
  start: ProcessMemory;
  middle: ProcessMemory;
  end: ProcessMemory;
  /** The verdict on RSS, what the machine gives the process: shown, and deciding only where the two below are unknown. */
  rss: Growth;
  /** On what JavaScript holds: a leak of objects. Unknown without `nodejs_heap_after_gc_bytes`. */
  heap: Growth | 'unknown';
  /** On native memory (RSS less the committed V8 heap): a leak of buffers or PGlite's memory. */
  native: Growth | 'unknown';
  /**
   * Whether the process leaks: its heap or its native memory grows. V8 committing more heap for a busy allocation
   * rate raises RSS without either, and is not a leak.
   */
  growing: boolean;
}

/** Each process's memory at the first sample, the one nearest the middle of the run and the last, with the verdicts. */
export function memoryFigures(samples: MemorySample[], runS: number): Record<string, ProcessFigures> {
  const middle = samples.reduce((best, s) => (Math.abs(s.atS - runS / 2) < Math.abs(best.atS - runS / 2) ? s : best), samples[0]!);
  const names = Object.keys(samples[0]?.byProcess ?? {});
  const series = (name: string, field: keyof ProcessMemory) =>
    samples.flatMap((s) => (s.byProcess[name]?.[field] === undefined ? [] : [{ atS: s.atS, mb: s.byProcess[name]![field]! }]));
  return Object.fromEntries(
    names.map((name) => {
      const judged = (field: keyof ProcessMemory) => {
        const points = series(name, field);
        return points.length ? judgeGrowth(points, runS) : 'unknown';
      };
      const rss = judgeGrowth(series(name, 'rssMb'), runS);
      const heap = judged('heapMb');
      const native = judged('nativeMb');
      const grows = (g: Growth | 'unknown') => g !== 'unknown' && g.verdict === 'growing';
      const figures: ProcessFigures = {
        start: samples[0]!.byProcess[name]!,
        middle: middle.byProcess[name]!,
        end: samples.at(-1)!.byProcess[name]!,
        rss,
        heap,
        native,
        growing: heap === 'unknown' || native === 'unknown' ? grows(rss) : grows(heap) || grows(native),
      };
      return [name, figures];
    }),
  );
}
