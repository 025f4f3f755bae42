import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

export const SIGNING_ALGORITHM = 'EdDSA';

export interface KeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

const devKeys = new Map<string, Promise<KeyPair>>();

/**
 * A development key pair kept as JWK files in `dir` (`<name>.private.jwk.json`
 * and `<name>.public.jwk.json`), made on first use. Used only when no real key
 * is configured: the embedded staff-token issuer and the gateway's signing key.
 */
export function devKeyPair(dir: string, name: string): Promise<KeyPair> {
  const id = path.resolve(dir, name);
  let pair = devKeys.get(id);
  if (!pair) devKeys.set(id, (pair = loadOrCreateDevKeyPair(dir, name)));
  return pair;
}

async function loadOrCreateDevKeyPair(dir: string, name: string): Promise<KeyPair> {
  const privateFile = path.join(dir, `${name}.private.jwk.json`);
  if (!existsSync(privateFile)) {
    const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), alg: SIGNING_ALGORITHM, kid: name };
    await mkdir(dir, { recursive: true });
    const partial = `${privateFile}.${process.pid}.${randomUUID()}`;
    await writeFile(partial, JSON.stringify(jwk), { mode: 0o600 });
    // link() fails if the file exists: when processes race, the first one's key is everyone's key.
    await link(partial, privateFile).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    await unlink(partial);
  }
  const pair = await keyPairFromPrivateJwk(JSON.parse(await readFile(privateFile, 'utf8')) as JWK);
  const publicFile = path.join(dir, `${name}.public.jwk.json`);
  if (!existsSync(publicFile)) await writeFile(publicFile, JSON.stringify(pair.publicJwk));
  return pair;
}

export async function keyPairFromPrivateJwk(jwk: JWK): Promise<KeyPair> {
  const { d: _private, ...publicJwk } = jwk;
  return {
    privateKey: (await importJWK(jwk, SIGNING_ALGORITHM)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, SIGNING_ALGORITHM)) as CryptoKey,
    publicJwk,
  };
}

/** Reads a JWK (public or private) from a file; only its public half is used. */
export async function publicKeyFromFile(file: string): Promise<CryptoKey> {
  const { d: _private, ...publicJwk } = JSON.parse(await readFile(file, 'utf8')) as JWK;
  return (await importJWK(publicJwk, publicJwk.alg ?? SIGNING_ALGORITHM)) as CryptoKey;
}

export async function privateKeyFromFile(file: string): Promise<KeyPair> {
  return keyPairFromPrivateJwk(JSON.parse(await readFile(file, 'utf8')) as JWK);
}

/** The key subgraphs check the gateway's signatures with: a configured file, or the development key outside production. */
export async function gatewayPublicKey(options: { file?: string; devKeysDir: string; production: boolean }): Promise<CryptoKey> {
  if (options.file) return publicKeyFromFile(options.file);
  if (options.production) throw new Error('GATEWAY_PUBLIC_KEY_FILE must be set in production');
  return (await devKeyPair(options.devKeysDir, 'gateway')).publicKey;
}
