import type { Redis } from 'ioredis';

/** Remembers which one-time token IDs were seen until they expire, so a captured request cannot be sent again. */
export interface ReplayGuard {
  /** True the first time `id` is seen; false on every later use before `expiresAtMs`. */
  firstUse(id: string, expiresAtMs: number): Promise<boolean>;
}

/** One process's memory. With several replicas of a subgraph, use a shared store instead. */
export class MemoryReplayGuard implements ReplayGuard {
  private readonly seen = new Map<string, number>();

  async firstUse(id: string, expiresAtMs: number): Promise<boolean> {
    const now = Date.now();
    // Signatures share one lifetime, so the oldest entries expire first: drop them from the front, a few per call.
    for (const [key, expiry] of this.seen) {
      if (expiry >= now) break;
      this.seen.delete(key);
    }
    const expiry = this.seen.get(id);
    if (expiry !== undefined && expiry >= now) return false;
    this.seen.set(id, expiresAtMs);
    return true;
  }
}

/** Why a signature was neither accepted nor refused as used: the shared memory is down and the fallback does not cover it. */
export class ReplayCheckUnavailable extends Error {}

export interface ReplayFallback {
  /** The longest remaining lifetime a signature may have to be accepted on this replica's memory alone. */
  maxRemainingMs: number;
  /** Each call decided on this replica's memory alone because Redis did not answer. */
  onFallback(error: Error): void;
  /** Redis answered again after fallbacks. */
  onShared(): void;
}

/**
 * Shared by every replica of a subgraph: a token ID used on one replica is
 * refused on all. While Redis does not answer, a bounded fallback: this
 * replica's own memory, which it keeps all along, still refuses a replay
 * sent to this replica, and only signatures that expire within
 * `maxRemainingMs` are accepted; so the most a captured request gains during
 * an outage is one more use on each other replica before it expires.
 */
export class RedisReplayGuard implements ReplayGuard {
  private readonly local = new MemoryReplayGuard();

  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
    private readonly fallback: ReplayFallback,
  ) {}

  async firstUse(id: string, expiresAtMs: number): Promise<boolean> {
    if (!(await this.local.firstUse(id, expiresAtMs))) return false;
    const ttl = Math.max(1, expiresAtMs - Date.now());
    let first: boolean;
    try {
      // Not connected means reconnecting: decide now rather than wait in the offline queue.
      if (this.redis.status !== 'ready') throw new Error(`Redis connection is ${this.redis.status}`);
      first = (await this.redis.set(`${this.namespace}:jti:${id}`, '1', 'PX', ttl, 'NX')) === 'OK';
    } catch (error) {
      if (ttl > this.fallback.maxRemainingMs) {
        throw new ReplayCheckUnavailable(
          `replay memory (Redis) unavailable, and this signature lives ${Math.ceil(ttl / 1000)} s, too long to accept on one replica's memory`,
        );
      }
      this.fallback.onFallback(error as Error);
      return true;
    }
    this.fallback.onShared();
    return first;
  }
}
