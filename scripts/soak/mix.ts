/**
 * The share of each bench workload in the soak, per 20 requests: mostly cheap reads and writes, one caseload a
 * second at the default rate (about 100 ms of CPU each), so that 20 requests/s fit beside other work on two cores.
 */
export const MIX: Record<string, number> = { caseload: 1, unified: 4, cheap: 9, writes: 6 };

/**
 * The workloads in turn, each as often as its weight says, spread out rather than in runs (smooth weighted
 * round-robin): every `sum of weights` picks hold each name exactly `weight` times.
 */
export function interleave(weights: Record<string, number>): () => string {
  const entries = Object.entries(weights).filter(([, w]) => w > 0);
  if (!entries.length) throw new Error('the mix has no workload with a positive weight');
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const current = new Map(entries.map(([name]) => [name, 0]));
  return () => {
    let best = entries[0]![0];
    for (const [name, w] of entries) {
      current.set(name, current.get(name)! + w);
      if (current.get(name)! > current.get(best)!) best = name;
    }
    current.set(best, current.get(best)! - total);
    return best;
  };
}
