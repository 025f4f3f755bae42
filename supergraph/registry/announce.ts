import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import { closeRedis, connectRedis } from '../../subgraphs/shared/redis.js';

/**
 * Tells every gateway that the registry has a new composition: Redis pub/sub
 * when REDIS_URL is set (every replica hears it), else a signal within this
 * process. A gateway that misses one still finds it on its next poll.
 */
export interface Announcer {
  announce(compositionId: number): Promise<void>;
  /** Calls `listener` on each announcement; answers how to stop listening. */
  subscribe(listener: (compositionId: number) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export const SUPERGRAPH_CHANNEL = 'workplus:supergraph';
const inProcess = new EventEmitter();

export function announcer(redisUrl: string | undefined, channel = SUPERGRAPH_CHANNEL): Announcer {
  if (!redisUrl) {
    return {
      announce: async (id) => void inProcess.emit(channel, id),
      subscribe: async (listener) => {
        inProcess.on(channel, listener);
        return async () => void inProcess.off(channel, listener);
      },
      close: async () => {},
    };
  }
  let publisher: Redis | undefined;
  return {
    announce: async (id) => void (await (publisher ??= connectRedis(redisUrl, 'supergraph announcements')).publish(channel, String(id))),
    subscribe: async (listener) => {
      // Blocking: a subscribed connection waits for messages; ioredis subscribes again after each reconnect.
      const subscriber = connectRedis(redisUrl, 'supergraph announcement listener', { blocking: true });
      subscriber.on('message', (_channel: string, message: string) => listener(Number(message)));
      // Redis down at start is no reason not to start: the poll finds new compositions meanwhile, and each
      // (re)connection subscribes (again, harmlessly, when ioredis has resubscribed by itself).
      const subscribe = () => subscriber.subscribe(channel).catch(() => undefined);
      subscriber.on('ready', () => void subscribe());
      await subscribe();
      return async () => void subscriber.disconnect();
    },
    close: async () => void (publisher && (await closeRedis(publisher))),
  };
}
