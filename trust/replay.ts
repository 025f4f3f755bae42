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
    if (this.seen.size > 10_000) for (const [key, expiry] of this.seen) if (expiry < now) this.seen.delete(key);
    const expiry = this.seen.get(id);
    if (expiry !== undefined && expiry >= now) return false;
    this.seen.set(id, expiresAtMs);
    return true;
  }
}

/** Shared by every replica of a subgraph: a token ID used on one replica is refused on all. */
export class RedisReplayGuard implements ReplayGuard {
  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
  ) {}

  async firstUse(id: string, expiresAtMs: number): Promise<boolean> {
    const ttl = Math.max(1, expiresAtMs - Date.now());
    return (await this.redis.set(`${this.namespace}:jti:${id}`, '1', 'PX', ttl, 'NX')) === 'OK';
  }
}
