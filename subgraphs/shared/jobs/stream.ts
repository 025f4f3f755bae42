import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Redis } from 'ioredis';
import type { Log, Outage } from '../outage.js';
import { closeRedis, connectRedis } from '../redis.js';
import type { JobPostingEvent } from './posting.js';

/** The consumer group of Work-Plus's job board: every posting event is for it. */
export const JOB_BOARD_GROUP = 'workplus-job-board';
/** The groups a published event must reach: an event is published only where each of them can receive it. */
const READERS = [JOB_BOARD_GROUP];

/**
 * An append-only stream of posting events with consumer groups: each group
 * gets every event at least once, in order, and resumes where it stopped.
 * Redis Streams when REDIS_URL is set; otherwise an in-process stream, which
 * is enough when every subgraph runs in one process (`npm start`).
 */
export interface EventStream {
  /** Resolves once every reader can receive the events; rejects (NoReaderHere, a Redis error) when they cannot, so they stay unsent. */
  publish(events: JobPostingEvent[]): Promise<void>;
  /** Delivers every event the group has not yet handled; a handler that throws gets the event again later. */
  subscribe(group: string, handle: (event: JobPostingEvent) => Promise<void>, outage: Outage): Promise<Subscription>;
  /** Calls `listener` whenever publishing may have become possible (Redis reconnected, a reader subscribed); answers how to stop. */
  onReady(listener: () => Promise<void>): () => void;
  close(): Promise<void>;
}

export interface Subscription {
  close(): Promise<void>;
}

/** Without REDIS_URL, a reader that does not run in this process can never receive an event. */
export class NoReaderHere extends Error {}

export function openEventStream(config: { redisUrl?: string; jobEventsStream: string }, log: Log): EventStream {
  return config.redisUrl ? new RedisEventStream(config.redisUrl, config.jobEventsStream, log) : InProcessEventStream.named(config.jobEventsStream);
}

const RETRY_MS = 1000;

const isBusyGroup = (error: Error | null) => String(error?.message).includes('BUSYGROUP');

/** Redis Stream: XADD to publish, a consumer group (XREADGROUP, XACK) to consume, XAUTOCLAIM for what a dead consumer left. */
class RedisEventStream implements EventStream {
  private readonly redis: Redis;

  constructor(
    private readonly url: string,
    private readonly key: string,
    private readonly log: Log,
  ) {
    this.redis = connectRedis(url, 'job-posting stream', { log });
  }

  /**
   * One transaction: each reader's group is created first where it is
   * missing (a new stream, or Redis restarted empty), at id 0, so it gets
   * these events whoever reads first; then the events.
   */
  async publish(events: JobPostingEvent[]): Promise<void> {
    // Known down: fail now (the relay tries again on reconnect) rather than hold a mutation's answer in the offline queue.
    if (this.redis.status === 'reconnecting') throw new Error('Redis is unreachable; reconnecting');
    const transaction = this.redis.multi();
    for (const group of READERS) transaction.xgroup('CREATE', this.key, group, '0', 'MKSTREAM');
    // Trimmed approximately: the board keeps the current state, the stream only carries changes.
    for (const event of events) transaction.xadd(this.key, 'MAXLEN', '~', '1000000', '*', 'event', JSON.stringify(event));
    const results = await transaction.exec();
    if (!results) throw new Error('Redis discarded the transaction');
    const failure = results.find(([error], i) => error && !(i < READERS.length && isBusyGroup(error)));
    if (failure) throw failure[0];
  }

  async subscribe(group: string, handle: (event: JobPostingEvent) => Promise<void>, outage: Outage): Promise<Subscription> {
    const consumer = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
    // Blocking reads need a connection of their own.
    const reader = connectRedis(this.url, 'job-posting stream reader', { log: this.log, blocking: true });
    let closed = false;
    type Entry = [id: string, fields: string[] | null];
    /** The group, again where Redis lost it (NOGROUP after a restart empty). */
    const ensureGroup = async () => {
      try {
        await this.redis.xgroup('CREATE', this.key, group, '0', 'MKSTREAM');
      } catch (error) {
        if (!isBusyGroup(error as Error)) throw error;
      }
    };
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
            await ensureGroup();
            await claimAbandoned();
            while ((await read('0')) > 0);
            recovering = false;
          }
          await read('>');
          outage.recovered();
        } catch (error) {
          if (closed) return;
          outage.failed(error as Error);
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

  onReady(listener: () => Promise<void>): () => void {
    const ready = () => void listener();
    this.redis.on('ready', ready);
    return () => void this.redis.off('ready', ready);
  }

  close(): Promise<void> {
    return closeRedis(this.redis);
  }
}

/** One process's stream, shared by name by every subgraph in the process; kept in memory for the process's life. */
class InProcessEventStream implements EventStream {
  private static readonly streams = new Map<string, InProcessEventStream>();
  private readonly events: JobPostingEvent[] = [];
  private readonly groups = new Map<string, Group>();
  private readonly listeners = new Set<() => Promise<void>>();

  static named(name: string): InProcessEventStream {
    let stream = this.streams.get(name);
    if (!stream) this.streams.set(name, (stream = new InProcessEventStream()));
    return stream;
  }

  async publish(events: JobPostingEvent[]): Promise<void> {
    const absent = READERS.filter((group) => !this.groups.has(group));
    if (absent.length) {
      throw new NoReaderHere(
        `REDIS_URL is not set, and the job board's reader (consumer group ${absent.join(', ')}) has not subscribed in this process: ` +
          'job posting events stay in the outbox until it does, or until this subgraph runs with REDIS_URL',
      );
    }
    this.events.push(...events);
    // Resolves once the subscribers have taken it, so a write is on the board when the mutation's relay finishes.
    await Promise.all([...this.groups.values()].map((group) => group.pump()));
  }

  async subscribe(name: string, handle: (event: JobPostingEvent) => Promise<void>, outage: Outage): Promise<Subscription> {
    const existing = this.groups.get(name);
    const group = new Group(this.events, handle, outage, existing?.next ?? 0);
    this.groups.set(name, group);
    await group.pump();
    // What waited in the outboxes for this reader goes out now, before the subscriber starts serving.
    await Promise.all([...this.listeners].map((listener) => listener()));
    return {
      close: async () => {
        group.stop();
        if (this.groups.get(name) === group) this.groups.delete(name);
        await group.idle();
      },
    };
  }

  onReady(listener: () => Promise<void>): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
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
    private readonly outage: Outage,
    public next: number,
  ) {}

  pump(): Promise<void> {
    this.running = this.running.then(async () => {
      while (!this.stopped && this.next < this.events.length) {
        try {
          await this.handle(this.events[this.next]!);
          this.next += 1;
          this.outage.recovered();
        } catch (error) {
          this.outage.failed(error as Error);
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
