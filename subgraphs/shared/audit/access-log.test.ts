import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.js';
import { accessLogMigration, AccessLogWriter, verifyChain, type Access } from './access-log.js';
import type { ForwardedIdentity } from '../../../trust/identity.js';

/**
 * The access log's writer on a real PostgreSQL server: requests share commits, replicas of a subgraph writing to one
 * table keep one unbroken chain, and a batch that fails leaves nothing behind.
 */
const SERVER = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `access_log_test_${randomBytes(4).toString('hex')}`;
const url = Object.assign(new URL(SERVER), { pathname: `/${name}` }).href;
let statements = 0;
let database: Database<any>;
let replica: Database<any>;

async function onServer(text: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  await client.query(text).finally(() => client.end());
}

beforeAll(async () => {
  await onServer(`create database "${name}"`);
  const open = (onStatement?: () => void) => openDatabase({ storage: { kind: 'postgres', url, poolSize: 10 }, migrations: accessLogMigration, onStatement });
  database = await open(() => statements++);
  replica = await open();
});

afterAll(async () => {
  await Promise.all([database?.close(), replica?.close()]);
  await onServer(`drop database if exists "${name}" with (force)`);
});

const staff: ForwardedIdentity = {
  subject: 'staff-1',
  agency: 'EMPLOYMENT',
  center: 'ctr-seoul-west',
  roles: ['COUNSELLOR'],
  municipalities: [],
  purpose: 'COUNSELLING',
};
const read = (participantId: string): Access[] => [{ participantId, items: ['employment'], basis: { kind: 'OWN_AGENCY' } }];
const records = async (where = sql`true`) =>
  Number((await sql<{ n: string }>`select count(*) as n from access_log where ${where}`.execute(database.db)).rows[0]!.n);

describe('AccessLogWriter', () => {
  test('a request resolves once its records are committed, and concurrent requests share one INSERT', async () => {
    const writer = new AccessLogWriter(database.db);
    await writer.append(staff, read('p-first'));
    expect(await records(sql`participant_id = 'p-first'`)).toBe(1);

    statements = 0;
    await Promise.all(Array.from({ length: 40 }, (_, i) => writer.append(staff, read(`p-${i}`))));
    // The first request's batch, then one for everyone who arrived while it was written.
    expect(statements).toBe(2);
    expect(await records(sql`participant_id like 'p-%' and participant_id <> 'p-first'`)).toBe(40);
    expect(await verifyChain(database.db)).toEqual({ intact: true, records: 41 });
  });

  test('every kind of record hashes as verifyChain reads it back: refusals, several items and bases, no purpose, text to escape', async () => {
    const writer = new AccessLogWriter(database.db);
    const before = await records();
    const { purpose: _, ...withoutPurpose } = staff;
    await Promise.all([
      writer.append({ ...staff, subject: 'staff "quoted" \\ 직원', roles: ['COUNSELLOR', 'AUDITOR'] }, [
        { participantId: 'k-1', items: ['employment.jobSeeker', 'employment.placements'], basis: { kind: 'CONSENT', consentId: 'cns_1' } },
        { participantId: 'k-1', items: ['employment'], basis: { kind: 'STATUTE', citation: '고용보험법 제1조' } },
        { participantId: 'k-2', items: ['women'], basis: null, refused: 'WITHHELD' },
      ]),
      writer.append(withoutPurpose, [{ participantId: 'k-3', items: ['veterans'], basis: null, refused: 'OUTSIDE_JURISDICTION' }]),
    ]);
    const outcomes = await sql<{
      outcome: string;
      purpose: string | null;
    }>`select outcome, purpose from access_log where participant_id like 'k-%' order by seq`.execute(database.db);
    expect(outcomes.rows).toEqual([
      { outcome: 'DISCLOSED', purpose: 'COUNSELLING' },
      { outcome: 'DISCLOSED', purpose: 'COUNSELLING' },
      { outcome: 'REFUSED WITHHELD', purpose: 'COUNSELLING' },
      { outcome: 'REFUSED OUTSIDE_JURISDICTION', purpose: null },
    ]);
    expect(await verifyChain(database.db)).toEqual({ intact: true, records: before + 4 });
    // What each hash covers, written out here on its own: the record's values as one JSON array, the outcome only
    // for a refusal. Chains already written must keep verifying, so this text may never change.
    const stored = await database.db.selectFrom('access_log').selectAll().where('participantId', 'like', 'k-%').orderBy('seq').execute();
    for (const row of stored) {
      const values = [
        row.seq,
        row.accessedAt.toISOString(),
        row.participantId,
        row.subject,
        row.agency,
        row.center,
        row.roles,
        row.purpose,
        row.basis,
        row.items,
      ];
      const covered = JSON.stringify([...values, row.prevHash, ...(row.outcome === 'DISCLOSED' ? [] : [row.outcome])]);
      expect(row.hash).toBe(createHash('sha256').update(covered).digest('hex'));
    }
  });

  test('replicas appending to one table at once keep one chain, with every record in it', async () => {
    const before = await records();
    const writers = [new AccessLogWriter(database.db), new AccessLogWriter(replica.db), new AccessLogWriter(replica.db)];
    const appends = Array.from({ length: 150 }, (_, i) => writers[i % writers.length]!.append(staff, read(`r-${i}`)));
    await Promise.all(appends);
    expect(await records()).toBe(before + 150);
    expect(await verifyChain(database.db)).toEqual({ intact: true, records: before + 150 });
  });

  test('a batch the database refuses fails every request in it and writes none of their records', async () => {
    await sql`alter table access_log add constraint refuse_test check (participant_id <> 'refused')`.execute(database.db);
    try {
      const before = await records();
      const writer = new AccessLogWriter(database.db);
      const first = writer.append(staff, read('ok-before'));
      const batch = [writer.append(staff, read('ok-1')), writer.append(staff, read('refused')), writer.append(staff, read('ok-2'))];
      await first;
      const outcomes = await Promise.allSettled(batch);
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(await records()).toBe(before + 1);
      // The writer goes on after the failure, from the chain's real head.
      await writer.append(staff, read('ok-after'));
      expect(await verifyChain(database.db)).toEqual({ intact: true, records: before + 2 });
    } finally {
      await sql`alter table access_log drop constraint refuse_test`.execute(database.db);
    }
  });
});
