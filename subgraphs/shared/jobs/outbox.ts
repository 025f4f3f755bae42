import type { Kysely } from 'kysely';
import type { SubgraphWorker } from '../definition.js';
import { Outage } from '../outage.js';
import { NoReaderHere, openEventStream, type EventStream } from './stream.js';
import { snapshotOf, type JobPostingEvent, type JobPostingSnapshot, type JobPostingTables } from './posting.js';

/**
 * Records a posting change in the outbox, inside the caller's transaction (or seed):
 * the change and its event commit together or not at all.
 */
export async function recordChange(trx: Kysely<JobPostingTables>, posting: JobPostingSnapshot & { changedAt: Date }): Promise<void> {
  const event: JobPostingEvent = { posting: snapshotOf(posting), changedAt: posting.changedAt.toISOString() };
  await trx
    .insertInto('job_posting_outbox')
    .values({ postingId: posting.id, version: posting.version, event: JSON.stringify(event) })
    .execute();
}

const BATCH = 100;
const RETRY_MS = 2000;
/** How long events may wait for a reader in this process before that is logged (in `npm start` the board subscribes a moment later). */
const NO_READER_GRACE_MS = 10_000;

/** Relays of the databases in this process, so a committed write can ask for its event to go out now. */
const relays = new WeakMap<object, OutboxRelay>();

/** Publishes what was just committed; a no-op where no relay runs. */
export function relayNow(db: Kysely<any>): Promise<void> {
  return relays.get(db)?.drain() ?? Promise.resolve();
}

/**
 * Publishes the outbox in order and marks what went out, once the stream
 * has taken it for every reader. It runs when the subgraph starts (what an
 * earlier run left behind), after every committed change, when the stream
 * becomes ready (Redis reconnected, the board subscribed), and every 2 s
 * after a failure until the stream takes the events; not while the only
 * reader is missing from this process, which no retry can change. It does
 * not poll: an idle subgraph sends no SQL.
 */
class OutboxRelay {
  private running: Promise<void> | null = null;
  private again = false;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly db: Kysely<JobPostingTables>,
    private readonly stream: EventStream,
    private readonly outage: Outage,
  ) {}

  drain(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while ((await this.publishBatch()) === BATCH && !this.stopped);
        } while (this.again && !this.stopped);
        this.outage.recovered();
      } catch (error) {
        const noReader = error instanceof NoReaderHere;
        this.outage.failed(error as Error, noReader ? NO_READER_GRACE_MS : 0);
        clearTimeout(this.retry);
        if (!this.stopped && !noReader) this.retry = setTimeout(() => void this.drain(), RETRY_MS);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /**
   * One batch, in order. No transaction is held while the stream is slow or
   * down, so the subgraph's own requests never wait on it. Delivery is at
   * least once: a crash between publishing and marking, or two replicas
   * relaying the same rows, publishes an event twice, which the board's
   * versioned upsert ignores.
   */
  private async publishBatch(): Promise<number> {
    const rows = await this.db.selectFrom('job_posting_outbox').select(['seq', 'event']).where('publishedAt', 'is', null).orderBy('seq').limit(BATCH).execute();
    if (rows.length) {
      await this.stream.publish(rows.map((row) => row.event));
      await this.db
        .updateTable('job_posting_outbox')
        .set({ publishedAt: new Date() })
        .where(
          'seq',
          'in',
          rows.map((r) => r.seq),
        )
        .execute();
    }
    return rows.length;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.running;
  }
}

/** The worker every posting owner runs: relays its outbox to the job-posting stream. */
export const postingRelay: SubgraphWorker = async ({ db, config, log }) => {
  const stream = openEventStream(config, log);
  const relay = new OutboxRelay(db, stream, new Outage(log, `publishing job posting events to ${config.jobEventsStream}`));
  relays.set(db, relay);
  const stopListening = stream.onReady(() => relay.drain());
  await relay.drain();
  return async () => {
    stopListening();
    relays.delete(db);
    await relay.stop();
    await stream.close();
  };
};
