import type { BenchRequest } from '../bench/workloads.js';

/** The first `id` in an answer, depth first: for `registerIntake { outcome intake { id … } }`, the intake's. */
export function firstId(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string') return (value as { id: string }).id;
  for (const child of Object.values(value)) {
    const id = firstId(child);
    if (id) return id;
  }
  return undefined;
}

/** Every this many-th write that created something is replayed. */
export const REPLAY_EVERY = 4;

const keyOf = (request: BenchRequest) => (request.variables.input as { idempotencyKey?: unknown } | undefined)?.idempotencyKey;

/**
 * Idempotent replay under load: every `every`-th write that carried an idempotency key and created something is
 * sent again unchanged (same key, input and caller) at a later write turn, as a client does that never saw the
 * answer. The replay must name the record the first request created.
 */
export class Replays {
  private readonly waiting: { request: BenchRequest; id: string }[] = [];
  private keyed = 0;
  private readonly every: number;
  private readonly limit: number;
  constructor(every = REPLAY_EVERY, limit = 100) {
    this.every = every;
    this.limit = limit;
  }

  /** A write answered without errors: keep it for a replay if it is one of those. */
  offer(request: BenchRequest, data: unknown): void {
    const id = firstId(data);
    if (typeof keyOf(request) !== 'string' || !id) return;
    if (++this.keyed % this.every === 0 && this.waiting.length < this.limit) this.waiting.push({ request, id });
  }

  /** The oldest write waiting to be replayed, and the check of the replay's answer (a failure code, or undefined). */
  take(): { request: BenchRequest; check(data: unknown): string | undefined } | undefined {
    const first = this.waiting.shift();
    if (!first) return undefined;
    return { request: first.request, check: (data) => (firstId(data) === first.id ? undefined : 'REPLAY_MISMATCH') };
  }
}
