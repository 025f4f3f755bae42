import { createHash, KeyObject, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { sql } from 'kysely';
import { envPrefix, SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/registry.js';
import { accessLogMigration, recordHash, verifyChain, type AccessLogTable, type AccessRow } from '../subgraphs/shared/audit/access-log.js';
import { AuditPublicKeys, checkpointMigration, signCheckpoint, type Checkpoint, type CheckpointTable } from '../subgraphs/shared/audit/checkpoint.js';
import { CheckpointPublisher } from '../subgraphs/shared/audit/publisher.js';
import { checkpointRoute } from '../subgraphs/shared/audit/witness.js';
import { listeningHere } from '../subgraphs/shared/audit/witnesses.js';
import { createHttpApp } from '../subgraphs/shared/http.js';
import { readSubgraphConfig } from '../subgraphs/shared/config.js';
import { startSubgraph } from '../subgraphs/shared/server.js';
import { openDatabase, type Database } from '../subgraphs/shared/db/database.js';
import { loadDefinition, migrationsOf } from '../subgraphs/shared/definition.js';
import { devKeyPair } from '../trust/keys.js';
import { AGENCIES } from './support/queries.js';
import { runScript } from './support/scripts.js';
import { System } from './support/system.js';

/**
 * Each agency signs its access log's head and its witnesses keep it, so an
 * administrator of one agency's database can no longer cut the chain short
 * or rebuild it unseen; and the log records who looked at it, and who was refused.
 */
let system: System;
const open = new Map<SubgraphName, Database<AccessLogTable & { audit_checkpoints: Checkpoint & { receivedAt: Date } }>>();
const db = (name: SubgraphName) => open.get(name)!.db;

const PAGE = `query { participants(first: 30) { edges { node { id name
  employment { placements { employerName } } womenReemployment { profile { office } } } } } }`;

beforeAll(async () => {
  system = await System.start({ storage: 'postgres', seedSize: 60 });
  for (const url of system.databases) {
    const name = SUBGRAPH_NAMES.find((n) => url.endsWith(`_${n}`))!;
    open.set(name, await openDatabase({ storage: { kind: 'postgres', url, poolSize: 2 }, migrations: migrationsOf(await loadDefinition(name)) }));
  }
  for (let i = 0; i < 3; i++) expect((await system.query(PAGE)).data.participants.edges.length).toBeGreaterThan(5);
});
afterAll(async () => {
  await Promise.all([...open.values()].map((d) => d.close()));
  await system?.stop();
});

/** `npm run audit:verify` against this run's databases and keys. */
const auditVerify = (...args: string[]) =>
  runScript('scripts/audit-verify.ts', args, {
    DEV_KEYS_DIR: system.keysDir,
    ...Object.fromEntries(system.databases.map((url) => [`${envPrefix(SUBGRAPH_NAMES.find((n) => url.endsWith(`_${n}`))!)}_DATABASE_URL`, url])),
  });

const recordsOf = (name: SubgraphName) => db(name).selectFrom('access_log').selectAll().orderBy('seq').execute();
/** The records `work` added to a chain. */
const newRecords = async (name: SubgraphName, work: () => Promise<unknown>) => {
  const before = (await recordsOf(name)).at(-1)?.seq ?? 0;
  await work();
  return (await recordsOf(name)).filter((r) => r.seq > before);
};
const heldAt = (witness: SubgraphName, agency: string) =>
  db(witness).selectFrom('audit_checkpoints').selectAll().where('agency', '=', agency).orderBy('seq').execute();
const post = async (witness: SubgraphName, body: unknown) => {
  const response = await fetch(system.subgraphs.get(witness)!.url.replace(/\/graphql$/, '/audit/checkpoints'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
};

describe('signed checkpoints', () => {
  test('a checkpoint of the chain head goes to Work-Plus and the next agency, which keep it; none when nothing changed', async () => {
    const head = (await recordsOf('employment')).at(-1)!;
    const counted = () => Promise.all((['workplus', 'women'] as const).map((witness) => system.statements(witness)));
    const countedBefore = await counted();
    const deliveries = await system.subgraphs.get('employment')!.checkpointNow();
    expect(deliveries.map((d) => [d.witness, d.seq, d.status])).toEqual([
      ['workplus', head.seq, 201],
      ['women', head.seq, 201],
    ]);
    // Keeping another agency's checkpoint is not the cost of a request: the witnesses' statement counts stay.
    expect(await counted()).toEqual(countedBefore);
    for (const witness of ['workplus', 'women'] as const) {
      expect(await heldAt(witness, 'EMPLOYMENT')).toEqual([expect.objectContaining({ seq: head.seq, hash: head.hash })]);
    }
    expect(await heldAt('veterans', 'EMPLOYMENT')).toEqual([]);
    expect(await system.subgraphs.get('employment')!.checkpointNow()).toEqual([]);
    expect((await system.subgraphs.get('women')!.checkpointNow()).map((d) => [d.witness, d.status])).toEqual([
      ['workplus', 201],
      ['veterans', 201],
    ]);
  });

  test('deleting the newest three records is reported as a truncation, naming the agency and the checkpoint', async () => {
    const records = await recordsOf('employment');
    const head = records.at(-1)!;
    await db('employment')
      .deleteFrom('access_log')
      .where('seq', '>', head.seq - 3)
      .execute();
    expect(await verifyChain(db('employment'))).toEqual({ intact: true, records: head.seq - 3 });

    const { code, output } = await auditVerify();
    expect(code).toBe(1);
    expect(output).toContain(`employment: intact, ${head.seq - 3} records`);
    expect(output).toMatch(/women: matches checkpoint at record \d+ \(signed [^)]+\) held by veterans/);
    for (const witness of ['workplus', 'women']) {
      expect(output).toMatch(
        new RegExp(
          `employment: TRUNCATED: checkpoint at record ${head.seq} \\(signed \\d{4}-[^)]+\\) held by ${witness}: the chain ends at record ${head.seq - 3}`,
        ),
      );
    }

    // The running subgraph goes on after the head it wrote, so its next record leaves the removal in the chain itself.
    await system.query(PAGE);
    expect(await verifyChain(db('employment'))).toMatchObject({ intact: false, brokenAt: head.seq + 1, reason: expect.stringMatching(/a record was removed/) });
    await db('employment').insertInto('access_log').values(records.slice(-3)).execute();
    expect(await verifyChain(db('employment'))).toMatchObject({ intact: true });
  });

  test('a chain rebuilt consistently from scratch still verifies on its own, but not against its checkpoints', async () => {
    const [checkpoint] = await heldAt('workplus', 'WOMEN');
    expect(checkpoint).toBeDefined();
    // What an administrator of the women's center's database can do: change a record, and recompute every hash after it.
    const rows: AccessRow[] = await recordsOf('women');
    rows[0]!.purpose = rows[0]!.purpose === 'PLACEMENT' ? 'REFERRAL' : 'PLACEMENT';
    let prevHash = '0'.repeat(64);
    for (const row of rows) {
      row.prevHash = prevHash;
      prevHash = row.hash = recordHash(row);
    }
    await db('women')
      .transaction()
      .execute(async (trx) => {
        await trx.deleteFrom('access_log').execute();
        await trx.insertInto('access_log').values(rows).execute();
      });
    expect(await verifyChain(db('women'))).toEqual({ intact: true, records: rows.length });

    const { code, output } = await auditVerify('--json');
    expect(code).toBe(1);
    const women = (JSON.parse(output) as { name: string; ok: boolean; findings: { verdict: string; heldBy: string; seq: number }[] }[]).find(
      (r) => r.name === 'women',
    )!;
    expect(women.ok).toBe(false);
    expect(women.findings).toContainEqual(expect.objectContaining({ verdict: 'rebuilt', heldBy: 'workplus', seq: checkpoint!.seq }));
    expect(women.findings).toContainEqual(expect.objectContaining({ verdict: 'rebuilt', heldBy: 'veterans', seq: checkpoint!.seq }));
  });

  test('a forged checkpoint is refused and stored nowhere; one planted in a witness database is reported', async () => {
    const key = KeyObject.from((await devKeyPair(system.keysDir, 'veterans-audit')).privateKey);
    const hash = randomBytes(32).toString('hex');
    const genuine = signCheckpoint(key, { agency: 'VETERANS', seq: 1_000_000, hash });
    const forged = { ...genuine, seq: 2_000_000 }; // the signature no longer covers it
    const otherKey = signCheckpoint(KeyObject.from((await devKeyPair(system.keysDir, 'women-audit')).privateKey), { agency: 'VETERANS', seq: 1, hash });

    expect(await post('workplus', forged)).toEqual({
      status: 403,
      body: expect.objectContaining({ error: expect.stringMatching(/signature does not verify/) }),
    });
    expect((await post('selfsufficiency', otherKey)).status).toBe(403);
    expect((await post('women', genuine)).body.error).toMatch(/women does not keep checkpoints of VETERANS/);
    expect((await post('workplus', { ...genuine, seq: 'one' })).status).toBe(400);
    for (const name of SUBGRAPH_NAMES) expect(await heldAt(name, 'VETERANS')).toEqual([]);

    // A genuine one is kept once, however often it comes; one going backwards is refused.
    expect((await post('workplus', genuine)).status).toBe(201);
    expect(await post('workplus', genuine)).toEqual({ status: 200, body: expect.objectContaining({ outcome: 'already held' }) });
    const backwards = await post('workplus', signCheckpoint(key, { agency: 'VETERANS', seq: 999_999, hash }));
    expect([backwards.status, backwards.body.error]).toEqual([409, expect.stringMatching(/sequence goes backwards/)]);
    await db('workplus').deleteFrom('audit_checkpoints').where('agency', '=', 'VETERANS').execute();

    await db('workplus')
      .insertInto('audit_checkpoints')
      .values({ ...forged, agency: 'SOCIAL_SECURITY', seq: 1, receivedAt: new Date() })
      .execute();
    const { code, output } = await auditVerify();
    expect(code).toBe(1);
    expect(output).toMatch(/socialsecurity: FORGED: checkpoint at record 1 \(signed [^)]+\) held by workplus: its signature does not verify/);
  });
});

describe('who looked, not only who saw', () => {
  const person = async () => (await recordsOf('employment')).find((r) => r.participantId.startsWith('ptc_'))!.participantId;
  const TRACKER = 'query ($id: ID!) { participant(id: $id) { dataAccessLog { owner items } } }';

  test('a look at the access log is itself a record, and so is a refused one; the chain holds them', async () => {
    const id = await person();
    const citizen = await system.token({ agency: 'WORKPLUS', roles: ['CITIZEN'], participant: id, subject: id });
    const looked = await newRecords('employment', async () => {
      const { data, errors } = await system.query(TRACKER, { id }, { token: citizen, purpose: 'self-access' });
      expect(errors).toBeUndefined();
      // The tracker still shows who read the person's records, not the looks at the log.
      expect(data.participant.dataAccessLog.some((e: { items: string[] }) => e.items.includes('accessLog'))).toBe(false);
    });
    expect(looked).toEqual([expect.objectContaining({ participantId: id, subject: id, items: ['accessLog'], basis: 'DATA_SUBJECT', outcome: 'DISCLOSED' })]);

    const refused = await newRecords('employment', async () => {
      const { errors } = await system.query(TRACKER, { id });
      expect(errors?.map((e) => e.extensions?.code)).toContain('WITHHELD');
    });
    expect(refused).toEqual([
      expect.objectContaining({ participantId: id, subject: 'stf-seoul-west-employment-1', items: ['accessLog'], basis: 'NONE', outcome: 'REFUSED WITHHELD' }),
    ]);
    expect((await verifyChain(db('employment'))).intact).toBe(true);
  });

  test('a read the policy refuses is a record with the items it asked for and the refusal', async () => {
    const id = await person();
    const stranger = await system.token({ agency: 'JOBCENTER', subject: 'stf-busan-jobcenter-9', center: 'ctr-busan-buk', roles: ['COUNSELLOR'] });
    const attempts = await newRecords('employment', async () => {
      const { errors } = await system.query(
        'query ($id: ID!) { participant(id: $id) { employment { placements { employerName } } } }',
        { id },
        { token: stranger },
      );
      expect(errors?.map((e) => e.extensions?.code)).toContain('WITHHELD');
    });
    expect(attempts).toEqual([
      expect.objectContaining({ participantId: id, subject: 'stf-busan-jobcenter-9', items: ['employment.placements'], outcome: 'REFUSED WITHHELD' }),
    ]);
  });
});

describe('an access log that cannot be written', () => {
  test.each(AGENCIES)('$agency: its records are withheld with a retryable AUDIT_UNAVAILABLE, the rest of the answer stands', async ({ field, subgraph }) => {
    const name = subgraph as SubgraphName;
    const query = `query { participants(first: 10) { edges { node { id name ${field} { __typename } } } } }`;
    await sql`alter table access_log add constraint refuse_every_record check (seq < 0) not valid`.execute(db(name));
    try {
      const written = await newRecords(name, async () => {
        const { data, errors } = await system.query(query);
        expect(errors).toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'AUDIT_UNAVAILABLE', retryable: true }) }));
        const people = data.participants.edges.map((e: { node: Record<string, unknown> }) => e.node);
        expect(people.length).toBeGreaterThan(0);
        expect(people.filter((p: Record<string, unknown>) => p[field] != null)).toEqual([]);
        expect(people.every((p: Record<string, unknown>) => typeof p.name === 'string')).toBe(true);
      });
      expect(written).toEqual([]);
    } finally {
      await sql`alter table access_log drop constraint refuse_every_record`.execute(db(name));
    }
    // Once the log can be written again, so are the records, right after the last one before the failure.
    const last = (await recordsOf(name)).at(-1)!;
    const again = await newRecords(name, async () => {
      const { errors } = await system.query(query);
      expect(errors?.map((e) => e.extensions?.code) ?? []).not.toContain('AUDIT_UNAVAILABLE');
    });
    expect(again[0]).toMatchObject({ seq: last.seq + 1, prevHash: last.hash });
  });
});

describe('when a checkpoint is made', () => {
  test('after AUDIT_CHECKPOINT_RECORDS new records or AUDIT_CHECKPOINT_INTERVAL, whichever first; an unreachable witness does not hold up the other', async () => {
    const keysDir = await mkdtemp(path.join(os.tmpdir(), 'workplus-audit-keys-'));
    const witness = await openDatabase<CheckpointTable>({
      storage: { kind: 'pglite', dataDir: null },
      migrations: { ...accessLogMigration, ...checkpointMigration },
    });
    const app = createHttpApp('silent');
    checkpointRoute(app, witness.db, 'workplus', new AuditPublicKeys(keysDir));
    const forget = listeningHere('workplus', `${await app.listen({ host: '127.0.0.1', port: 0 })}/graphql`);
    const key = KeyObject.from((await devKeyPair(keysDir, 'jobcenter-audit')).privateKey);
    // Jobcenter's witnesses are Work-Plus (here) and employment (nowhere: nothing listens on port 1, not this file's center).
    listeningHere('employment', 'http://127.0.0.1:1/graphql');
    const options = { name: 'jobcenter' as const, agency: 'JOBCENTER', key, peerUrls: {}, log: { warn: () => {} } };
    const held = () => witness.db.selectFrom('audit_checkpoints').select(['seq']).orderBy('seq').execute();
    const eventually = async (expected: { seq: number }[]) => {
      for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
        if (JSON.stringify(await held()) === JSON.stringify(expected)) return;
      }
      expect(await held()).toEqual(expected);
    };
    const head = (seq: number) => ({ seq, hash: createHash('sha256').update(String(seq)).digest('hex') });
    const byRecords = new CheckpointPublisher({ ...options, intervalMs: 3_600_000, records: 3 }, undefined);
    const byTime = new CheckpointPublisher({ ...options, intervalMs: 1_000, records: 1000 }, head(3));
    try {
      byRecords.noteCommit(head(1));
      byRecords.noteCommit(head(2));
      expect(await held()).toEqual([]);
      byRecords.noteCommit(head(3));
      await eventually([{ seq: 3 }]);
      // Nothing new: no checkpoint, only the one employment has not taken yet, again.
      expect((await byRecords.checkpointNow()).map((d) => [d.witness, d.seq, d.status])).toEqual([['employment', 3, 'unreachable']]);

      byTime.noteCommit(head(4));
      await eventually([{ seq: 3 }, { seq: 4 }]);
    } finally {
      byRecords.stop();
      byTime.stop();
      forget();
      listeningHere('employment', system.subgraphs.get('employment')!.url);
      await app.close();
      await witness.close();
      await rm(keysDir, { recursive: true, force: true });
    }
  });
});

test('in production a subgraph refuses to start without its audit signing key', async () => {
  const config = readSubgraphConfig('jobcenter', {
    NODE_ENV: 'production',
    JOBCENTER_PORT: '0',
    SEED_SIZE: '0',
    LOG_LEVEL: 'silent',
    AUDIT_PUBLIC_KEYS_DIR: system.keysDir,
  });
  const started = startSubgraph(await loadDefinition('jobcenter'), { ...config, storage: { kind: 'pglite', dataDir: null } });
  await expect(started).rejects.toThrow(/AUDIT_SIGNING_KEY_FILE must be set in production/);
});

describe('audit:verify on PGlite', () => {
  test('refuses a folder a running process holds, and says what to do', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'workplus-audit-lock-'));
    const held = await openDatabase({ storage: { kind: 'pglite', dataDir: path.join(dataDir, 'workplus') }, migrations: {} });
    try {
      const { code, output } = await runScript('scripts/audit-verify.ts', [], { DATA_DIR: dataDir, DEV_KEYS_DIR: path.join(dataDir, 'keys') });
      expect(code).toBe(2);
      expect(output).toContain(`${path.join(dataDir, 'workplus')} is open in process ${process.pid}`);
      expect(output).toMatch(/stop it/);
    } finally {
      await held.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
