import { hash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { sqlMigration } from '../db/database.js';
import { isDataSubject, type LegalBasis } from '../policy/disclosure.js';
import type { AgencyCode, ForwardedIdentity } from '../../../trust/identity.js';
import { fail } from '../errors.js';

/** One disclosure to note: whose data, which items, on what basis; or an attempt that was refused, with its code. */
export interface Access {
  participantId: string;
  items: readonly string[];
  /** None for a refused attempt. */
  basis: LegalBasis | null;
  /** The refusal's code (WITHHELD, OUTSIDE_JURISDICTION) when nothing was disclosed. */
  refused?: string;
}

/** The item of a record that notes a read of the access log itself (the data tracker). */
export const ACCESS_LOG_ITEM = 'accessLog';
/** The outcome of a record of a disclosure; a refused attempt's is `REFUSED <code>`. */
export const DISCLOSED = 'DISCLOSED';

/**
 * Every subgraph keeps its own access log (PIPA Enforcement Decree Art. 15:
 * recipient, purpose, legal basis, items, date), hash-chained so that an
 * edited, deleted or reordered record breaks every hash after it.
 */
export const accessLogMigration = {
  '0000_access_log': sqlMigration(
    `create table access_log (
       seq bigint primary key,
       accessed_at timestamptz not null,
       participant_id text not null,
       subject text not null,
       agency text not null,
       center text not null,
       roles text[] not null,
       purpose text,
       basis text not null,
       items text[] not null,
       prev_hash text not null,
       hash text not null unique,
       outcome text not null default 'DISCLOSED'
     )`,
    `create index access_log_participant on access_log (participant_id, seq)`,
  ),
  // No index on the hash: each hash covers its record's seq, so no two are alike, and nothing looks a record up by
  // its hash. Keeping that index unique took 40% of an append's time in the database (100 records: 1.8 → 1.1 ms).
  '0000_access_log_hash_unindexed': sqlMigration(`alter table if exists access_log drop constraint if exists access_log_hash_key`),
};

export interface AccessLogTable {
  access_log: {
    seq: number;
    accessedAt: Date;
    participantId: string;
    subject: string;
    agency: string;
    center: string;
    roles: string[];
    purpose: string | null;
    basis: string;
    items: string[];
    prevHash: string;
    hash: string;
    /** DISCLOSED, or `REFUSED <code>` for an attempt that disclosed nothing. */
    outcome: string;
  };
}
export type AccessRow = AccessLogTable['access_log'];
type Row = AccessRow;

const GENESIS = '0'.repeat(64);

export function describeBasis(basis: LegalBasis | null): string {
  if (basis === null) return 'NONE';
  if (basis.kind === 'CONSENT') return `CONSENT ${basis.consentId}`;
  if (basis.kind === 'STATUTE') return `STATUTE ${basis.citation}`;
  if (basis.kind === 'CASE_RECORD') return `CASE_RECORD ${basis.recordId}`;
  return basis.kind;
}

/**
 * The hash of a record: everything in it, and the hash of the record before.
 * The outcome joined the record later: a disclosure's is left out, so that
 * chains written before it still verify.
 */
export function recordHash(row: Omit<Row, 'hash'>): string {
  return hashOf({
    seq: row.seq,
    accessedAt: JSON.stringify(row.accessedAt.toISOString()),
    participantId: JSON.stringify(row.participantId),
    caller: callerJson(row),
    basis: JSON.stringify(row.basis),
    items: JSON.stringify(row.items),
    prevHash: JSON.stringify(row.prevHash),
    outcome: row.outcome,
  });
}

/** A record's values, each written as JSON (the outcome as it is): what its hash covers and what is inserted. */
interface RecordJson {
  seq: number;
  accessedAt: string;
  participantId: string;
  /** Subject, agency, center, roles and purpose. */
  caller: { subject: string; agency: string; center: string; roles: string; purpose: string };
  basis: string;
  items: string;
  prevHash: string;
  outcome: string;
}

/** Who read, written as JSON once for all of a request's records. */
function callerJson(caller: { subject: string; agency: string; center: string; roles: string[]; purpose?: string | null }): RecordJson['caller'] {
  const { subject, agency, center, roles, purpose } = caller;
  return {
    subject: JSON.stringify(subject),
    agency: JSON.stringify(agency),
    center: JSON.stringify(center),
    roles: JSON.stringify(roles),
    purpose: JSON.stringify(purpose ?? null),
  };
}

/** The one definition of the text a record's hash covers: a JSON array of its values in this order. */
function hashOf(record: RecordJson): string {
  const { subject, agency, center, roles, purpose } = record.caller;
  const outcome = record.outcome === DISCLOSED ? '' : `,${JSON.stringify(record.outcome)}`;
  const canonical = `[${record.seq},${record.accessedAt},${record.participantId},${subject},${agency},${center},${roles},${purpose},${record.basis},${record.items},${record.prevHash}${outcome}]`;
  return hash('sha256', canonical, 'hex');
}

/** The newest record of a chain. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** One request's reads, waiting for its records to commit. */
interface PendingAppend {
  identity: ForwardedIdentity;
  accesses: Access[];
  done: { resolve(): void; reject(error: unknown): void };
}

/**
 * Appends requests' reads to the chain: each request waits until its records
 * are committed, and requests that arrive while a commit is under way share
 * the next one (a group commit). A batch is one INSERT after the head this
 * writer last saw, so it commits all or none: a failed write fails every
 * request in it, and none of them discloses anything. Another writer on the
 * same table (a replica of the subgraph) that appended first holds the next
 * `seq`, the primary key: the INSERT then conflicts, and is made again after
 * the head as it now is. No lock, and one statement per batch where a
 * transaction with a table lock took five. A writer goes on after the head it
 * committed, so records removed behind its back leave a gap in the chain
 * itself, not only against the checkpoints.
 */
export class AccessLogWriter {
  private queue: PendingAppend[] = [];
  private writing: Promise<void> | undefined;
  /** The chain's head after this writer's last commit; unknown at first and after a failure. */
  private head: ChainHead | undefined;

  constructor(
    private readonly database: Kysely<any>,
    /** Told the chain's head after each commit (the checkpoint publisher), without waiting for it. */
    private readonly onCommit: (head: ChainHead) => void = () => {},
  ) {}

  append(identity: ForwardedIdentity, accesses: Access[]): Promise<void> {
    if (accesses.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ identity, accesses, done: { resolve, reject } });
      this.writing ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0);
      try {
        this.head = await this.appendAfterHead(batch);
        this.onCommit(this.head);
        for (const pending of batch) pending.done.resolve();
      } catch (error) {
        for (const pending of batch) pending.done.reject(error);
      }
    }
    this.writing = undefined;
  }

  private async appendAfterHead(batch: Pick<PendingAppend, 'identity' | 'accesses'>[]): Promise<ChainHead> {
    const db = this.database as unknown as Kysely<AccessLogTable>;
    for (let attempt = 1; ; attempt++) {
      const after = this.head ?? (await chainHead(db)) ?? { seq: 0, hash: GENESIS };
      const { records, head } = chained(after, batch);
      try {
        await sql`insert into access_log select * from json_populate_recordset(null::access_log, ${records}::json)`.execute(db);
        return head;
      } catch (error) {
        this.head = undefined;
        if (!takenByAnotherWriter(error) || attempt === APPEND_ATTEMPTS) throw error;
      }
    }
  }
}

/** How often a batch is made again after other writers took its place; past that, its requests fail. */
const APPEND_ATTEMPTS = 20;

function takenByAnotherWriter(error: unknown): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && (constraint === undefined || constraint === 'access_log_pkey');
}

/**
 * Several requests' accesses as records following `after`, in order, each
 * hashed with the one before: the records as one JSON array (a parameter the
 * table's own row type reads, where a multi-row VALUES took thirteen a
 * record), and the chain's new head. Each value is written as JSON once, and
 * serves both the record and the text its hash covers (`hashOf`).
 */
function chained(after: ChainHead, batch: Pick<PendingAppend, 'identity' | 'accesses'>[]): { records: string; head: ChainHead } {
  let seq = after.seq;
  let prevHash = after.hash;
  const accessedAt = JSON.stringify(new Date().toISOString());
  const records: string[] = [];
  for (const { identity, accesses } of batch) {
    const caller = callerJson(identity);
    for (const access of merged(accesses)) {
      const record: RecordJson = {
        seq: ++seq,
        accessedAt,
        participantId: JSON.stringify(access.participantId),
        caller,
        basis: JSON.stringify(describeBasis(access.basis)),
        items: JSON.stringify(access.items),
        prevHash: JSON.stringify(prevHash),
        outcome: access.refused ? `REFUSED ${access.refused}` : DISCLOSED,
      };
      prevHash = hashOf(record);
      const { subject, agency, center, roles, purpose } = caller;
      records.push(
        `{"seq":${seq},"accessed_at":${accessedAt},"participant_id":${record.participantId},"subject":${subject},"agency":${agency},"center":${center},` +
          `"roles":${roles},"purpose":${purpose},"basis":${record.basis},"items":${record.items},"prev_hash":${record.prevHash},"hash":"${prevHash}",` +
          `"outcome":${JSON.stringify(record.outcome)}}`,
      );
    }
  }
  return { records: `[${records.join(',')}]`, head: { seq, hash: prevHash } };
}

/** The newest record of the chain, or none in an empty one. */
export async function chainHead(database: Kysely<any>): Promise<ChainHead | undefined> {
  const db = database as unknown as Kysely<AccessLogTable>;
  return db.selectFrom('access_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

/** One record per person and basis per request, with every item read. */
function merged(accesses: Access[]): Access[] {
  // Items gather in a set and are sorted once: the identity's fields are each an access of their own.
  const byKey = new Map<string, { access: Access; items: Set<string>; reads: number }>();
  for (const access of accesses) {
    const key = `${access.participantId} ${describeBasis(access.basis)} ${access.refused ?? DISCLOSED}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { access, items: new Set(access.items), reads: 1 });
    else {
      for (const item of access.items) seen.items.add(item);
      seen.reads++;
    }
  }
  return [...byKey.values()].map(({ access, items, reads }) => (reads === 1 ? access : { ...access, items: [...items].sort() }));
}

export type ChainCheck = { intact: true; records: number } | { intact: false; records: number; brokenAt: number; reason: string };

/** Walks the whole chain in order and names the first record that does not fit. */
export async function verifyChain(database: Kysely<any>): Promise<ChainCheck> {
  const db = database as unknown as Kysely<AccessLogTable>;
  const rows = await db.selectFrom('access_log').selectAll().orderBy('seq').execute();
  let prevHash = GENESIS;
  for (const [index, row] of rows.entries()) {
    const broken = (reason: string): ChainCheck => ({ intact: false, records: rows.length, brokenAt: row.seq, reason });
    if (row.seq !== index + 1) return broken(`sequence jumps to ${row.seq} after ${index}: a record was removed`);
    if (row.prevHash !== prevHash) return broken('it does not point at the record before it');
    if (recordHash(row) !== row.hash) return broken('its content no longer matches its hash: it was edited');
    prevHash = row.hash;
  }
  return { intact: true, records: rows.length };
}

/**
 * The data tracker is for the person themself and for auditors, nobody else.
 * Each look at it is itself logged (item `accessLog`), and so is each refused one.
 */
export function authorizeAccessLogRead(context: { identity: ForwardedIdentity; accesses: Access[] }, participantId: string): void {
  const { identity } = context;
  const basis: LegalBasis | null = isDataSubject(identity, participantId)
    ? { kind: 'DATA_SUBJECT' }
    : identity.roles.includes('AUDITOR') && identity.purpose === 'AUDIT'
      ? { kind: 'AUDIT' }
      : null;
  context.accesses.push({ participantId, items: [ACCESS_LOG_ITEM], basis, ...(!basis && { refused: 'WITHHELD' }) });
  if (!basis) throw fail('The access log is read only by the person (purpose self-access) and by auditors (purpose audit)', 'WITHHELD');
}

/**
 * What the data tracker shows of a log: the disclosures of the person's
 * records. Looks at the log and refused attempts stay in the chain, for
 * auditors of the database and `audit:verify`.
 */
export function trackerEntries(owner: AgencyCode, rows: AccessRow[]) {
  return rows.filter((row) => row.outcome === DISCLOSED && !row.items.includes(ACCESS_LOG_ITEM)).map((row) => toDataAccess(owner, row));
}

/** A log row as the graph shows it (type DataAccess). */
export function toDataAccess(owner: AgencyCode, row: AccessRow) {
  return {
    at: row.accessedAt,
    owner,
    readerId: row.subject,
    readerAgency: row.agency,
    readerCenter: row.center,
    purpose: row.purpose,
    basis: row.basis,
    items: row.items,
  };
}
