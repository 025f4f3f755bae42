import { constants, PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import { Gauge, type Registry } from 'prom-client';

export const HEAP_AFTER_GC_METRIC = 'nodejs_heap_after_gc_bytes';

/**
 * `nodejs_heap_after_gc_bytes`: the V8 heap in use just after the last full
 * (mark-compact) collection, i.e. what JavaScript still holds. The defaults'
 * `nodejs_heap_size_used_bytes` also counts garbage not yet collected, so it
 * saws up and down with the allocation rate; this one moves only when
 * retained memory does, which is what a leak is. Until the first full
 * collection it is the heap in use now.
 */
export function heapAfterGc(metrics: Registry): void {
  watchFullCollections();
  new Gauge({
    name: HEAP_AFTER_GC_METRIC,
    help: 'V8 heap in use just after the last full (mark-compact) collection: what JavaScript still holds',
    registers: [metrics],
    collect() {
      this.set(live ?? v8.getHeapStatistics().used_heap_size);
    },
  });
}

let live: number | undefined;
let watching = false;

/** One observer per process, however many services it runs (`npm start` runs them all). */
function watchFullCollections(): void {
  if (watching) return;
  watching = true;
  const observer = new PerformanceObserver((list) => {
    const full = list.getEntries().some((entry) => (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR);
    if (full) live = v8.getHeapStatistics().used_heap_size;
  });
  observer.observe({ entryTypes: ['gc'] });
}
