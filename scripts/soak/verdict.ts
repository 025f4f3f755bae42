/** The rule that calls a process's memory growing, documented in the README (Operations § Soak). */
export const GROWTH_RULE = {
  /** Samples from the first quarter of the run, or its first minute if shorter, are warm-up and not judged. */
  warmUpShare: 0.25,
  warmUpMaxS: 60,
  /** Fewer samples after warm-up than this: too short to judge. */
  minSamples: 3,
  /** Growing: the last third's median exceeds the first third's by more than this many MB and this share of it … */
  deltaMb: 5,
  deltaShare: 0.05,
  /** … and the least-squares slope over all judged samples is above this. */
  slopeMbPerMin: 0.5,
  /** Only a run at least this long fails on a growing verdict; a shorter one is mostly warm-up. */
  failingRunS: 300,
};

export const GROWTH_RULE_TEXT =
  `after warm-up (the first ${GROWTH_RULE.warmUpShare * 100}% of the run, at most ${GROWTH_RULE.warmUpMaxS} s), growing when the last third's median ` +
  `exceeds the first third's by more than ${GROWTH_RULE.deltaMb} MB and ${GROWTH_RULE.deltaShare * 100}%, and the least-squares slope is above ` +
  `${GROWTH_RULE.slopeMbPerMin} MB/min; a process leaks when its heap or its native memory grows (its RSS, where those are unknown), ` +
  `which fails runs of ${GROWTH_RULE.failingRunS / 60} minutes or more`;

export interface Growth {
  verdict: 'stable' | 'growing' | 'too short';
  /** Samples judged (after warm-up). */
  samples: number;
  firstThirdMb?: number;
  lastThirdMb?: number;
  slopeMbPerMin?: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Least-squares slope of MB against minutes. */
export function slopePerMinute(points: { atS: number; mb: number }[]): number {
  const xs = points.map((p) => p.atS / 60);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = points.reduce((a, p) => a + p.mb, 0) / points.length;
  const sxx = xs.reduce((a, x) => a + (x - meanX) ** 2, 0);
  const sxy = points.reduce((a, p, i) => a + (xs[i]! - meanX) * (p.mb - meanY), 0);
  return sxx ? sxy / sxx : 0;
}

/** The verdict on one process's memory series (samples in time order, MB) over a run of `runS` seconds. */
export function judgeGrowth(series: { atS: number; mb: number }[], runS: number): Growth {
  const warmUpS = Math.min(GROWTH_RULE.warmUpMaxS, GROWTH_RULE.warmUpShare * runS);
  const judged = series.filter((p) => p.atS >= warmUpS && Number.isFinite(p.mb));
  if (judged.length < GROWTH_RULE.minSamples) return { verdict: 'too short', samples: judged.length };
  const third = Math.floor(judged.length / 3);
  const firstThirdMb = median(judged.slice(0, third).map((p) => p.mb));
  const lastThirdMb = median(judged.slice(-third).map((p) => p.mb));
  const slopeMbPerMin = slopePerMinute(judged);
  const grew = lastThirdMb - firstThirdMb > Math.max(GROWTH_RULE.deltaMb, GROWTH_RULE.deltaShare * firstThirdMb);
  return {
    verdict: grew && slopeMbPerMin > GROWTH_RULE.slopeMbPerMin ? 'growing' : 'stable',
    samples: judged.length,
    firstThirdMb,
    lastThirdMb,
    slopeMbPerMin,
  };
}
