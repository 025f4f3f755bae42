import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Redis } from 'ioredis';
import type { JobPostingEvent } from './posting.js';

/**
 * An append-only stream of posting events with consumer groups: each group
 * gets every event at least once, in order, and resumes where it stopped.
 * Redis Streams when REDIS_URL is set; otherwise an in-process stream, which
 * is enough when every subgraph runs in one process (`npm start`).
 */
export interface EventStream {
  publish(event: JobPostingEvent): Promise<void>;
  /** Delivers every event the group has not yet handled; a handler that throws gets the event again later. */
  subscribe(group: string, handle: (event: JobPostingEvent) => Promise<void>, onError: (error: Error) => void): Promise<Subscription>;
  close(): Promise<void>;
}

export interface Subscription {
  close(): Promise<void>;
}

export function openEventStream(config: { redisUrl?: string; jobEventsStream: string }): EventStream {
  return config.redisUrl ? new RedisEventStream(config.redisUrl, config.jobEventsStream) : InProcessEventStream.named(config.jobEventsStream);
}

const RETRY_MS = 1000;

/** Redis Stream: XADD to publish, a consumer group (XREADGROUP, XACK) to consume, XAUTOCLAIM for what a dead consumer left. */
class RedisEventStream implements EventStream {
  private readonly redis: Redis;

  constructor(
    private readonly url: string,
    private readonly key: string,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 2 });
  }

  async publish(event: JobPostingEvent): Promise<void> {
    // Trimmed approximately: the board keeps the current state, the stream only carries changes.
    await this.redis.xadd(this.key, 'MAXLEN', '~', '1000000', '*', 'event', JSON.stringify(event));
  }

  async subscribe(group: string, handle: (event: JobPostingEvent) => Promise<void>, onError: (error: Error) => void): Promise<Subscription> {
    try {
      await this.redis.xgroup('CREATE', this.key, group, '0', 'MKSTREAM');
    } catch (error) {
      if (!String((error as Error).message).includes('BUSYGROUP')) throw error;
    }
    const consumer = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
    // Blocking reads need a connection of their own.
    const reader = new Redis(this.url, { maxRetriesPerRequest: null });
    let closed = false;
    const deliver = async (entries: [string, string[]][]) => {
      for (const [id, fields] of entries) {
        await handle(JSON.parse(fields[fields.indexOf('event') + 1]!) as JobPostingEvent);
        await this.redis.xack(this.key, group, id);
      }
    };
    const loop = async () => {
      // Entries another consumer took and never acknowledged (it died) for a minute are taken over.
      let pendingFrom = '0-0';
      let backlog = true;
      while (!closed) {
        try {
          if (backlog) {
            const [next, claimed] = (await this.redis.xautoclaim(this.key, group, consumer, 60_000, pendingFrom, 'COUNT', 100)) as [string, [string, string[]][]];
            await deliver(claimed.filter((entry) => entry !== null));
            pendingFrom = next;
            backlog = next !== '0-0';
            continue;
          }
          const reply = (await reader.xreadgroup('GROUP', group, consumer, 'COUNT', 100, 'BLOCK', 5000, 'STREAMS', this.key, '>')) as
            | [string, [string, string[]][]][]
            | null;
          if (reply) await deliver(reply[0]![1]);
        } catch (error) {
          if (closed) return;
          onError(error as Error);
          // What failed stays pending for this consumer; take it up again after a pause.
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
          pendingFrom = '0-0';
          backlog = true;
        }
      }
    };
    const running = loop();
    return {
      close: async () => {
        closed = true;
        reader.disconnect();
        await running;
      },
    };
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

/** One process's stream, shared by name by every subgraph in the process; kept in memory for the process's life. */
class InProcessEventStream implements EventStream {
  private static readonly streams = new Map<string, InProcessEventStream>();
  private readonly events: JobPostingEvent[] = [];
  private readonly groups = new Map<string, Group>();

  static named(name: string): InProcessEventStream {
    let stream = this.streams.get(name);
    if (!stream) this.streams.set(name, (stream = new InProcessEventStream()));
    return stream;
  }

  async publish(event: JobPostingEvent): Promise<void> {
    this.events.push(event);
    // Resolves once the subscribers have taken it, so a write is on the board when the mutation's relay finishes.
    await Promise.all([...this.groups.values()].map((group) => group.pump()));
  }

  async subscribe(name: string, handle: (event: JobPostingEvent) => Promise<void>, onError: (error: Error) => void): Promise<Subscription> {
    const existing = this.groups.get(name);
    const group = new Group(this.events, handle, onError, existing?.next ?? 0);
    this.groups.set(name, group);
    await group.pump();
    return {
      close: async () => {
        group.stop();
        if (this.groups.get(name) === group) this.groups.delete(name);
        await group.idle();
      },
    };
  }

  async close(): Promise<void> {}
}

/** A consumer group of the in-process stream: its position and the one delivery running at a time. */
class Group {
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly events: JobPostingEvent[],
    private readonly handle: (event: JobPostingEvent) => Promise<void>,
    private readonly onError: (error: Error) => void,
    public next: number,
  ) {}

  pump(): Promise<void> {
    this.running = this.running.then(async () => {
      while (!this.stopped && this.next < this.events.length) {
        try {
          await this.handle(this.events[this.next]!);
          this.next += 1;
        } catch (error) {
          this.onError(error as Error);
          clearTimeout(this.retry);
          this.retry = setTimeout(() => void this.pump(), RETRY_MS);
          return;
        }
      }
    });
    return this.running;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  idle(): Promise<void> {
    return this.running;
  }
}
