import { existsSync } from 'node:fs';
import path from 'node:path';
import { KeyObject, sign, verify } from 'node:crypto';
import { z } from 'zod';
import { sqlMigration } from '../db/database.js';
import { devKeyPair, privateKeyFromFile, publicKeyFromFile } from '../../../trust/keys.js';
import type { SubgraphName } from '../../registry.js';

/**
 * A signed checkpoint: an agency's statement, under its own audit key, that
 * its access-log chain had record `seq` with hash `hash` at `signedAt`. Its
 * witnesses keep it in their own databases, so a chain cut short or rebuilt
 * after it no longer matches what they hold.
 */
export const checkpointSchema = z.object({
  agency: z.string().min(1).max(40),
  seq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  signedAt: z.iso.datetime({ offset: true }),
  signature: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** Checkpoints held for other agencies (and nothing of this one's own). */
export const checkpointMigration = {
  '0000_audit_checkpoints': sqlMigration(
    `create table audit_checkpoints (
       agency text not null,
       seq bigint not null,
       hash text not null,
       -- As signed, character for character: the signature covers the text.
       signed_at text not null,
       signature text not null,
       received_at timestamptz not null default now(),
       primary key (agency, seq)
     )`,
    // Chains made before refused attempts were logged: their records are all disclosures.
    `alter table if exists access_log add column if not exists outcome text not null default 'DISCLOSED'`,
  ),
};

export interface CheckpointTable {
  audit_checkpoints: { agency: string; seq: number; hash: string; signedAt: string; signature: string; receivedAt: Date };
}

/** The exact bytes an agency signs: a domain tag, so a checkpoint signature is never mistaken for another. */
function signedBytes({ agency, seq, hash, signedAt }: Omit<Checkpoint, 'signature'>): Buffer {
  return Buffer.from(JSON.stringify(['workplus-audit-checkpoint/1', agency, seq, hash, signedAt]));
}

export function signCheckpoint(key: KeyObject, head: { agency: string; seq: number; hash: string }, at = new Date()): Checkpoint {
  const unsigned = { agency: head.agency, seq: head.seq, hash: head.hash, signedAt: at.toISOString() };
  return { ...unsigned, signature: sign(null, signedBytes(unsigned), key).toString('base64url') };
}

export function signatureHolds(checkpoint: Checkpoint, key: KeyObject): boolean {
  try {
    return verify(null, signedBytes(checkpoint), key, Buffer.from(checkpoint.signature, 'base64url'));
  } catch {
    return false;
  }
}

/** The file an agency's audit public key is kept in, in the development keys folder or AUDIT_PUBLIC_KEYS_DIR. */
export const auditKeyName = (name: SubgraphName) => `${name}-audit`;

/**
 * This subgraph's own audit signing key: AUDIT_SIGNING_KEY_FILE, or outside
 * production a development key `<name>-audit` made on first use.
 */
export async function auditSigningKey(name: SubgraphName, options: { file?: string; devKeysDir: string; production: boolean }): Promise<KeyObject> {
  if (options.file) return KeyObject.from((await privateKeyFromFile(options.file)).privateKey);
  if (options.production) throw new Error('AUDIT_SIGNING_KEY_FILE must be set in production: the key that signs this agency’s audit checkpoints');
  return KeyObject.from((await devKeyPair(options.devKeysDir, auditKeyName(name))).privateKey);
}

/**
 * The public audit keys of other agencies, from `<dir>/<name>-audit.public.jwk.json`
 * (AUDIT_PUBLIC_KEYS_DIR, or the development keys folder outside production).
 * Never makes a key: an agency whose key is not there is not believed.
 */
export class AuditPublicKeys {
  private readonly keys = new Map<SubgraphName, Promise<KeyObject | undefined>>();

  constructor(private readonly dir: string) {}

  static fromConfig(options: { dir?: string; devKeysDir: string; production: boolean }): AuditPublicKeys {
    if (options.dir) return new AuditPublicKeys(options.dir);
    if (options.production)
      throw new Error('AUDIT_PUBLIC_KEYS_DIR must be set in production: the other agencies’ audit public keys (<name>-audit.public.jwk.json)');
    return new AuditPublicKeys(options.devKeysDir);
  }

  of(name: SubgraphName): Promise<KeyObject | undefined> {
    let key = this.keys.get(name);
    if (!key) {
      const file = path.join(this.dir, `${auditKeyName(name)}.public.jwk.json`);
      key = existsSync(file) ? publicKeyFromFile(file).then((k) => KeyObject.from(k)) : Promise.resolve(undefined);
      // A key not there yet may come (a development key made on an agency's first start): only a found one is kept.
      if (existsSync(file)) this.keys.set(name, key);
    }
    return key;
  }
}
