import { Redis } from 'ioredis';
import { Outage, stderrLog, type Log } from './outage.js';

/** How long a connection attempt may take before it counts as failed. */
export const REDIS_CONNECT_TIMEOUT_MS = 5000;
/** How long a command may wait for its answer, queued while reconnecting included (the replay check waits 1 s). */
export const REDIS_COMMAND_TIMEOUT_MS = 3000;

export interface RedisOptions {
  log?: Log;
  /** A connection for blocking reads (XREADGROUP BLOCK): no command timeout. */
  blocking?: boolean;
  /** Connects on the first command rather than at once. */
  lazy?: boolean;
  commandTimeoutMs?: number;
}

/**
 * Every Redis connection of the center is made here. Its errors are heard
 * (an unheard one is ioredis's "Unhandled error event" on every retry) and
 * logged once per outage; it reconnects for ever, backing off to 2 s; and a
 * command fails within REDIS_COMMAND_TIMEOUT_MS or after one failed
 * reconnect, whichever comes first, rather than hang while Redis is down.
 * Commands issued while connecting wait in the offline queue within that bound.
 */
export function connectRedis(url: string, role: string, { log = stderrLog, blocking = false, lazy = false, commandTimeoutMs }: RedisOptions = {}): Redis {
  const redis = new Redis(url, {
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    ...(!blocking && { commandTimeout: commandTimeoutMs ?? REDIS_COMMAND_TIMEOUT_MS }),
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    lazyConnect: lazy,
  });
  const outage = new Outage(log, `Redis (${role}) at ${hostOf(url)}`);
  redis.on('error', (error: Error) => outage.failed(error));
  redis.on('ready', () => outage.recovered());
  return redis;
}

/** Quits politely when connected; otherwise drops the connection and its retries at once. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    try {
      await redis.quit();
      return;
    } catch {
      // fall through
    }
  }
  redis.disconnect();
}

/** Whether Redis answers a PING now, within the connection's command timeout. */
export async function redisAnswers(redis: Redis): Promise<boolean> {
  if (redis.status !== 'ready') return false;
  try {
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  }
}

/**
 * Waits for the connection to be ready, at most `ms`: whether it is. A server
 * that starts serving before its Redis is connected decides its first calls
 * without it.
 */
export function readyWithin(redis: Redis, ms: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), ms);
    redis.once('ready', onReady);
  });
}

/** host:port only: a URL may carry a password. */
function hostOf(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || 6379}`;
}
