import type { Kysely } from 'kysely';
import type { SubgraphName } from '../../registry.js';
import { chainHead, verifyChain, type AccessLogTable, type ChainCheck } from './access-log.js';
import { signatureHolds, type AuditPublicKeys, type Checkpoint } from './checkpoint.js';
import { heldCheckpoints } from './witness.js';
import { agencyOf, witnessesOf } from './witnesses.js';

/** What one checkpoint held by a witness says of a chain. */
export interface CheckpointFinding {
  verdict: 'matches' | 'truncated' | 'rebuilt' | 'forged' | 'unverifiable';
  heldBy: SubgraphName;
  seq: number;
  signedAt: string;
  detail: string;
}

export interface ChainReport {
  name: SubgraphName;
  agency: string;
  chain: ChainCheck;
  /** Witnesses that hold no checkpoint of this chain yet. */
  uncheckpointedAt: SubgraphName[];
  findings: CheckpointFinding[];
  /** False when the chain is broken, cut or rebuilt, or a checkpoint of it is forged. */
  ok: boolean;
}

/**
 * Checks each agency's chain on its own (`verifyChain`), then against the
 * newest checkpoint of it that each witness holds: a chain that ends before
 * a checkpoint was cut short, and one whose record at a checkpoint has
 * another hash was rebuilt. Every checkpoint's signature is checked first; a
 * checkpoint that is not the agency's is reported and not believed.
 */
export async function verifyAuditTrail(databases: Map<SubgraphName, Kysely<any>>, keys: AuditPublicKeys): Promise<ChainReport[]> {
  const held = new Map<SubgraphName, Checkpoint[]>();
  for (const [name, db] of databases) held.set(name, await heldCheckpoints(db));
  const reports: ChainReport[] = [];
  for (const [name, db] of databases) {
    const agency = agencyOf(name);
    const chain = await verifyChain(db);
    const head = await chainHead(db);
    const key = await keys.of(name);
    const findings: CheckpointFinding[] = [];
    const uncheckpointedAt: SubgraphName[] = [];
    for (const witness of witnessesOf(name)) {
      const mine = (held.get(witness) ?? []).filter((c) => c.agency === agency);
      const believed: Checkpoint[] = [];
      for (const checkpoint of mine) {
        const at = { heldBy: witness, seq: checkpoint.seq, signedAt: checkpoint.signedAt };
        if (!key) findings.push({ ...at, verdict: 'unverifiable', detail: `no audit public key of ${agency} to check it with (AUDIT_PUBLIC_KEYS_DIR)` });
        else if (!signatureHolds(checkpoint, key))
          findings.push({ ...at, verdict: 'forged', detail: `its signature does not verify against ${agency}’s audit key` });
        else believed.push(checkpoint);
      }
      const newest = believed.at(-1);
      if (!newest) {
        if (!databases.has(witness) || mine.length === 0) uncheckpointedAt.push(witness);
        continue;
      }
      findings.push({ heldBy: witness, seq: newest.seq, signedAt: newest.signedAt, ...(await compare(db, head?.seq ?? 0, newest)) });
    }
    // A checkpoint that cannot be checked is reported, not counted against the chain: believed, it could only accuse it.
    const ok = chain.intact && findings.every((f) => f.verdict === 'matches' || f.verdict === 'unverifiable');
    reports.push({ name, agency, chain, uncheckpointedAt, findings, ok });
  }
  return reports;
}

async function compare(database: Kysely<any>, headSeq: number, checkpoint: Checkpoint): Promise<Pick<CheckpointFinding, 'verdict' | 'detail'>> {
  if (headSeq < checkpoint.seq) {
    return { verdict: 'truncated', detail: `the chain ends at record ${headSeq}, but the checkpoint says it had reached record ${checkpoint.seq}` };
  }
  const db = database as Kysely<AccessLogTable>;
  const record = await db.selectFrom('access_log').select('hash').where('seq', '=', checkpoint.seq).executeTakeFirst();
  if (record?.hash !== checkpoint.hash) {
    return {
      verdict: 'rebuilt',
      detail: `record ${checkpoint.seq} has hash ${record?.hash.slice(0, 12) ?? 'none'}…, the checkpoint says ${checkpoint.hash.slice(0, 12)}…: the chain was rewritten`,
    };
  }
  return { verdict: 'matches', detail: `record ${checkpoint.seq} has the hash the checkpoint holds` };
}

/** The report as `audit:verify` prints it, a line per finding; the first line per chain is as it always was. */
export function reportLines(report: ChainReport): string[] {
  const { name, chain } = report;
  const lines = [
    chain.intact ? `${name}: intact, ${chain.records} records` : `${name}: BROKEN at record ${chain.brokenAt} of ${chain.records}: ${chain.reason}`,
  ];
  for (const f of report.findings) {
    const which = `checkpoint at record ${f.seq} (signed ${f.signedAt}) held by ${f.heldBy}`;
    lines.push(f.verdict === 'matches' ? `${name}: matches ${which}` : `${name}: ${f.verdict.toUpperCase()}: ${which}: ${f.detail}`);
  }
  if (report.uncheckpointedAt.length) lines.push(`${name}: no checkpoint yet at ${report.uncheckpointedAt.join(', ')}`);
  return lines;
}
