import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { SubgraphName } from '../../registry.js';
import { checkpointSchema, signatureHolds, type AuditPublicKeys, type Checkpoint, type CheckpointTable } from './checkpoint.js';
import { CHECKPOINT_PATH, subgraphOfAgency, witnessesOf } from './witnesses.js';

export type Receipt = { status: 201 | 200; outcome: 'stored' | 'already held' } | { status: 400 | 403 | 409; error: string };

/**
 * Takes one checkpoint for safekeeping, if it is a checkpoint this subgraph
 * witnesses, signed by its agency's key, and not behind or against what is
 * already held for that agency. The same checkpoint twice is fine.
 */
export async function receiveCheckpoint(database: Kysely<any>, self: SubgraphName, keys: AuditPublicKeys, body: unknown): Promise<Receipt> {
  const parsed = checkpointSchema.safeParse(body);
  if (!parsed.success) return { status: 400, error: `not a checkpoint: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` };
  const checkpoint = parsed.data;
  const publisher = subgraphOfAgency(checkpoint.agency);
  if (!publisher || !witnessesOf(publisher).includes(self)) {
    return { status: 403, error: `${self} does not keep checkpoints of ${checkpoint.agency}` };
  }
  const key = await keys.of(publisher);
  if (!key) return { status: 403, error: `no audit public key of ${checkpoint.agency} is configured here` };
  if (!signatureHolds(checkpoint, key)) return { status: 403, error: `the signature does not verify against ${checkpoint.agency}’s audit key` };
  return store(database as Kysely<CheckpointTable>, checkpoint);
}

async function store(db: Kysely<CheckpointTable>, checkpoint: Checkpoint): Promise<Receipt> {
  return db.transaction().execute(async (trx) => {
    // One publisher's checkpoints are taken one at a time, so "newest held" cannot change under the check.
    await sql`select pg_advisory_xact_lock(hashtext(${`audit_checkpoints ${checkpoint.agency}`}))`.execute(trx);
    const newest = await trx
      .selectFrom('audit_checkpoints')
      .select(['seq', 'hash'])
      .where('agency', '=', checkpoint.agency)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (newest && newest.seq === checkpoint.seq) {
      return newest.hash === checkpoint.hash
        ? { status: 200, outcome: 'already held' }
        : { status: 409, error: `${checkpoint.agency} record ${checkpoint.seq} was checkpointed here with another hash: its chain was rewritten` };
    }
    if (newest && newest.seq > checkpoint.seq) {
      return { status: 409, error: `the sequence goes backwards: a checkpoint of ${checkpoint.agency} at record ${newest.seq} is already held` };
    }
    await trx
      .insertInto('audit_checkpoints')
      .values({ ...checkpoint, receivedAt: new Date() })
      .execute();
    return { status: 201, outcome: 'stored' };
  });
}

/** `POST /audit/checkpoints`: other agencies' signed checkpoints, kept in this subgraph's database. */
export function checkpointRoute(app: FastifyInstance, database: Kysely<any>, self: SubgraphName, keys: AuditPublicKeys): void {
  app.post(CHECKPOINT_PATH, { bodyLimit: 4096 }, async (request, reply) => {
    const receipt = await receiveCheckpoint(database, self, keys, request.body);
    return reply.code(receipt.status).send(receipt);
  });
}

/** Every checkpoint a database holds for other agencies. */
export async function heldCheckpoints(database: Kysely<any>): Promise<Checkpoint[]> {
  const rows = await (database as Kysely<CheckpointTable>).selectFrom('audit_checkpoints').selectAll().orderBy('agency').orderBy('seq').execute();
  return rows.map((row) => ({ agency: row.agency, seq: row.seq, hash: row.hash, signedAt: row.signedAt, signature: row.signature }));
}
