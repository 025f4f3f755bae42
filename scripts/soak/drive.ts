import { setTimeout as sleep } from 'node:timers/promises';
import type { Send } from '../bench/load.js';
import type { Workload } from '../bench/workloads.js';
import { classifyAnswer, classifyError, type Classified } from './classify.js';
import { interleave } from './mix.js';
import { Replays } from './replays.js';
import { Sessions } from './sessions.js';

/** One request: its workload (`writes (replay)` for a replay), when it fell due (ms after the start), how long its answer took from then. */
export interface Outcome extends Classified {
  workload: string;
  atMs: number;
  ms: number;
}

export interface DriveOptions {
  /** Requests per second, started on schedule whatever the answers take (open loop). */
  rate: number;
  seconds: number;
  /** A request due while this many are unanswered is skipped, and counted. */
  maxInFlight: number;
  /** Stops scheduling early (a process died); requests in flight still finish. */
  signal?: AbortSignal;
}

export interface Driven {
  outcomes: Outcome[];
  /** Requests not sent because `maxInFlight` were unanswered, by workload. */
  skipped: Record<string, number>;
}

/**
 * Sends `rate` requests a second for `seconds`, the workloads interleaved by `weights`. The schedule is fixed in
 * advance: the k-th request falls due at start + k / rate, a late timer sends what is overdue at once, and
 * latency counts from when a request fell due, so a slow answer neither lowers the offered rate nor hides its wait.
 */
export async function drive(send: Send, workloads: Workload[], weights: Record<string, number>, options: DriveOptions): Promise<Driven> {
  const byName = new Map(workloads.map((w) => [w.name, { workload: w, sessions: new Sessions(w) }]));
  const unknown = Object.keys(weights).filter((name) => !byName.has(name));
  if (unknown.length) throw new Error(`the mix names workloads the bench does not have: ${unknown.join(', ')}`);
  const pick = interleave(weights);
  const replays = new Replays();
  const outcomes: Outcome[] = [];
  const skipped: Record<string, number> = {};
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();

  const one = async (name: string, atMs: number) => {
    const { workload, sessions } = byName.get(name)!;
    // A write's turn goes to a waiting replay first, so replays stay within the offered rate.
    const replay = workload.replayable ? undefined : replays.take();
    const session = replay ? undefined : sessions.take();
    const request = replay?.request ?? session!.request;
    let body: Awaited<ReturnType<Send>> | undefined;
    let classified: Classified;
    try {
      body = await send(request);
      classified = classifyAnswer(body);
      const mismatch = replay && classified.result !== 'failed' ? replay.check(body.data) : undefined;
      if (mismatch) classified = { result: 'failed', codes: [...classified.codes, mismatch] };
      if (session && !workload.replayable && classified.result === 'ok') replays.offer(request, body.data);
    } catch (error) {
      classified = classifyError(error);
    }
    session?.done(body);
    outcomes.push({ workload: replay ? `${name} (replay)` : name, atMs, ms: performance.now() - start - atMs, ...classified });
  };

  const total = Math.floor(options.seconds * options.rate);
  for (let k = 0; k < total && !options.signal?.aborted; k++) {
    const atMs = (k * 1000) / options.rate;
    const wait = start + atMs - performance.now();
    if (wait > 0) await sleep(wait);
    const name = pick();
    if (inFlight.size >= options.maxInFlight) {
      skipped[name] = (skipped[name] ?? 0) + 1;
      continue;
    }
    const running: Promise<void> = one(name, atMs).finally(() => inFlight.delete(running));
    inFlight.add(running);
  }
  await Promise.all(inFlight);
  return { outcomes, skipped };
}
