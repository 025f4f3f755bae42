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
    type Entry = [id: string, fields: string[] | null];
    const deliver = async (entries: Entry[]) => {
      for (const [id, fields] of entries) {
        // An entry trimmed from the stream while pending comes back without fields: nothing to apply.
        if (fields) await handle(JSON.parse(fields[fields.indexOf('event') + 1]!) as JobPostingEvent);
        await this.redis.xack(this.key, group, id);
      }
      return entries.length;
    };
    /** Takes over what consumers that died left unacknowledged for a minute. */
    const claimAbandoned = async () => {
      let cursor = '0-0';
      do [cursor] = (await this.redis.xautoclaim(this.key, group, consumer, 60_000, cursor, 'COUNT', 100)) as [string, unknown];
      while (cursor !== '0-0');
    };
    /** This consumer's own unacknowledged entries ('0'), or new ones ('>', waiting up to 5 s). */
    const read = async (from: '0' | '>') => {
      const reply = (
        from === '>'
          ? await reader.xreadgroup('GROUP', group, consumer, 'COUNT', 100, 'BLOCK', 5000, 'STREAMS', this.key, '>')
          : await this.redis.xreadgroup('GROUP', group, consumer, 'COUNT', 100, 'STREAMS', this.key, '0')
      ) as [string, Entry[]][] | null;
      return deliver(reply?.[0]?.[1] ?? []);
    };
    const loop = async () => {
      let recovering = true;
      while (!closed) {
        try {
          if (recovering) {
            await claimAbandoned();
            while ((await read('0')) > 0);
            recovering = false;
          }
          await read('>');
        } catch (error) {
          if (closed) return;
          onError(error as Error);
          // What failed stays pending for this consumer; take it up again after a pause.
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
          recovering = true;
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
