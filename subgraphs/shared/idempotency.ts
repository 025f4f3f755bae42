import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { sqlMigration } from './db/database.js';
import { fail } from './errors.js';
import type { Caller } from '../../trust/identity.js';

/**
 * The one rule for idempotency keys, in every subgraph: a key belongs to the
 * caller that sent it (staff ID, agency and center) and to the exact input
 * of the first request. The same caller retrying the same input gets the
 * first answer (the resolver then shows it only as far as the caller may
 * see it today); the same key with another input, or from anyone else, is
 * IDEMPOTENCY_KEY_REUSED, which says nothing about the first request.
 */
export const idempotencyMigration = {
  '0000_idempotency_keys': sqlMigration(
    `create table idempotency_keys (
       key text primary key,
       scope text not null,
       fingerprint text not null,
       record_id text not null,
       claimed_at timestamptz not null default now()
     )`,
  ),
};

export interface IdempotencyTable {
  idempotency_keys: { key: string; scope: string; fingerprint: string; recordId: string };
}

/** A request as the rule sees it. */
export interface IdempotentRequest {
  key: string;
  scope: string;
  fingerprint: string;
}

/** The caller's claim on `input.idempotencyKey` for `operation` with everything else in `input`. */
export function idempotentRequest(operation: string, caller: Caller, input: { idempotencyKey: string }): IdempotentRequest {
  const { idempotencyKey, ...rest } = input;
  return {
    key: idempotencyKey,
    scope: JSON.stringify([caller.agency, caller.center, caller.subject]),
    fingerprint: createHash('sha256')
      .update(JSON.stringify([operation, canonical(rest)]))
      .digest('hex'),
  };
}

/** Object keys sorted at every depth, so the same input always hashes the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function keyReused(): never {
  throw fail('This idempotencyKey was already used, by another caller or for a different request: send a new key for a new request', 'IDEMPOTENCY_KEY_REUSED', {
    category: 'BAD_USER_INPUT',
  });
}

export interface CreateOnce<DB, R> {
  /** Reads the record a first request created, by its ID. */
  load(trx: Kysely<DB>, id: string): Promise<R | undefined>;
  /** Writes the record; inside the same transaction as the key's claim. */
  insert(trx: Kysely<DB>): Promise<R>;
  /** The ID to remember, or null when the answer wrote nothing (nothing to claim, e.g. a possible duplicate). */
  idOf(result: R): string | null;
  /** Said when another constraint (an overlapping booking, an open referral) refuses the write. */
  conflict: string;
}

/** How often a transaction the server aborted as a deadlock or serialization failure is run again. */
const MAX_ATTEMPTS = 3;

/**
 * Creates something at most once per idempotency key. Copies of one request
 * queue on a lock on the key, so a racing copy waits for the first and then
 * answers as it did, never with a conflict. Every write and the key's claim
 * commit together or not at all.
 */
export async function createOnce<DB, R>(db: Kysely<DB>, request: IdempotentRequest, steps: CreateOnce<DB, R>, attempt = 1): Promise<R> {
  try {
    return await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext(${`idempotency:${request.key}`}))`.execute(trx);
      const claim = await (trx as unknown as Kysely<IdempotencyTable>)
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('key', '=', request.key)
        .executeTakeFirst();
      if (claim) {
        if (claim.scope !== request.scope || claim.fingerprint !== request.fingerprint) keyReused();
        const first = await steps.load(trx, claim.recordId);
        if (first) return first;
        keyReused();
      }
      const result = await steps.insert(trx);
      const recordId = steps.idOf(result);
      if (recordId !== null) {
        await (trx as unknown as Kysely<IdempotencyTable>)
          .insertInto('idempotency_keys')
          .values({ key: request.key, scope: request.scope, fingerprint: request.fingerprint, recordId })
          .execute();
      }
      return result;
    });
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    // A record written before keys were claimed here (a demo seed, an older version) still holds its key.
    if (code === '23505' && constraint?.includes('idempotency_key')) keyReused();
    if (code === '23505' || code === '23P01') throw fail(steps.conflict, 'CONFLICT');
    // Two writers that deadlocked, or lost a serialization race: the one the server chose runs again, and
    // then meets the other's committed row as the conflict it is (e.g. "already booked"), or succeeds.
    if ((code === '40P01' || code === '40001') && attempt < MAX_ATTEMPTS) return createOnce(db, request, steps, attempt + 1);
    throw error;
  }
}

/** Any string of 1 to 100 characters, e.g. a UUID. */
export function idempotencyKeyProblem(key: string): string | false {
  return (key.length < 1 || key.length > 100) && 'idempotencyKey must be 1 to 100 characters';
}
