import type { KeyObject } from 'node:crypto';
import type { SubgraphName } from '../../registry.js';
import type { ChainHead } from './access-log.js';
import { signCheckpoint, type Checkpoint } from './checkpoint.js';
import { checkpointUrl, witnessesOf } from './witnesses.js';

/** What one witness said to one checkpoint: its HTTP status, or `unreachable` (then it is sent again later). */
export interface Delivery {
  witness: SubgraphName;
  seq: number;
  status: number | 'unreachable';
  body: unknown;
}

export interface PublisherOptions {
  name: SubgraphName;
  agency: string;
  key: KeyObject;
  /** At least this often while the chain grows (AUDIT_CHECKPOINT_INTERVAL). */
  intervalMs: number;
  /** Or sooner, once this many records were added since the last checkpoint (AUDIT_CHECKPOINT_RECORDS). */
  records: number;
  peerUrls: Record<string, string>;
  log: { warn(o: object, msg?: string): void };
}

const RETRY_MS = 10_000;
const SEND_TIMEOUT_MS = 5_000;

/**
 * Signs the chain's head and hands it to the agency's witnesses: every
 * `records` new records or every `intervalMs`, whichever comes first, and
 * never when the chain has not grown. It learns the head from the log writer's
 * commits, so it sends no SQL of its own. A witness that cannot be reached
 * gets the newest checkpoint later; nothing waits for it.
 */
export class CheckpointPublisher {
  private head: ChainHead | undefined;
  private signed: Checkpoint | undefined;
  /** Per witness, the newest checkpoint it has not taken yet. */
  private readonly pending = new Map<SubgraphName, Checkpoint>();
  private delivering: Promise<Delivery[]> | undefined;
  private readonly ticker: NodeJS.Timeout;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly options: PublisherOptions,
    head: ChainHead | undefined,
  ) {
    this.head = head;
    this.ticker = setInterval(() => this.inBackground(), options.intervalMs);
    this.ticker.unref();
  }

  /** The writer committed records up to `head`. */
  noteCommit(head: ChainHead): void {
    if (this.head && head.seq <= this.head.seq) return;
    this.head = head;
    if (head.seq - (this.signed?.seq ?? 0) >= this.options.records) this.inBackground();
  }

  /** Never in the way of the requests whose commits prompted it. */
  private inBackground(): void {
    this.checkpointIfGrown().catch((error: Error) => this.options.log.warn({ error: error.message }, 'audit checkpoint failed'));
  }

  /** Signs the head now if it moved since the last checkpoint, and delivers what is pending; resolves with each witness's answer. */
  async checkpointNow(): Promise<Delivery[]> {
    await this.delivering;
    return this.checkpointIfGrown();
  }

  private async checkpointIfGrown(): Promise<Delivery[]> {
    const head = this.head;
    if (!this.stopped && head && head.seq !== this.signed?.seq) {
      this.signed = signCheckpoint(this.options.key, { agency: this.options.agency, ...head });
      for (const witness of witnessesOf(this.options.name)) this.pending.set(witness, this.signed);
    }
    return this.deliver();
  }

  private deliver(): Promise<Delivery[]> {
    this.delivering ??= this.sendPending().finally(() => (this.delivering = undefined));
    return this.delivering;
  }

  private async sendPending(): Promise<Delivery[]> {
    const deliveries = await Promise.all([...this.pending].map(([witness, checkpoint]) => this.send(witness, checkpoint)));
    for (const delivery of deliveries) {
      // A newer checkpoint may have come meanwhile: only the one that was sent is done.
      if (delivery.status !== 'unreachable' && this.pending.get(delivery.witness)?.seq === delivery.seq) this.pending.delete(delivery.witness);
    }
    if (this.pending.size && !this.stopped && !this.retry) {
      this.retry = setTimeout(() => {
        this.retry = undefined;
        void this.deliver();
      }, RETRY_MS);
      this.retry.unref();
    }
    return deliveries;
  }

  private async send(witness: SubgraphName, checkpoint: Checkpoint): Promise<Delivery> {
    const url = checkpointUrl(witness, this.options.peerUrls);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(checkpoint),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      const body = await response.json().catch(() => null);
      if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
      // A refusal (4xx) is final: sending the same checkpoint again would be refused again.
      if (response.status >= 400) this.options.log.warn({ witness, seq: checkpoint.seq, status: response.status, body }, 'audit checkpoint refused by witness');
      return { witness, seq: checkpoint.seq, status: response.status, body };
    } catch (error) {
      this.options.log.warn({ witness, url, seq: checkpoint.seq, error: (error as Error).message }, 'audit checkpoint not delivered; will retry');
      return { witness, seq: checkpoint.seq, status: 'unreachable', body: null };
    }
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.ticker);
    clearTimeout(this.retry);
  }
}
