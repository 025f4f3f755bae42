import { KeyObject, sign } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import type { CryptoKey } from 'jose';
import { devKeyPair } from '../trust/keys.js';
import { MemoryReplayGuard } from '../trust/replay.js';
import { IdentityVerifier, requestDigest, signIdentity, UntrustedRequest } from '../trust/signed-identity.js';
import { EMPLOYMENT_COUNSELLOR } from './support/signing.js';

/**
 * The signed identity on every subgraph call, signed and checked with node:crypto: every claim the check relies on,
 * and every way a forged or stale one can differ from a good one, is refused.
 */
const QUERY = '{ a }';
const digest = requestDigest(QUERY, {});
let key: CryptoKey;
let otherKey: CryptoKey;
const verifier = () => new IdentityVerifier(key, 'women', new MemoryReplayGuard());

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'workplus-signed-identity-'));
  key = (await devKeyPair(dir, 'gateway')).privateKey;
  otherKey = (await devKeyPair(dir, 'other')).privateKey;
});

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A token as an attacker could make it: any header and claims, signed with `by` (or not at all). */
function forge(header: Record<string, unknown>, claims: Record<string, unknown>, by: CryptoKey | null = key): string {
  const input = `${part(header)}.${part(claims)}`;
  return `${input}.${by ? sign(null, Buffer.from(input), KeyObject.from(by)).toString('base64url') : ''}`;
}
const now = () => Math.floor(Date.now() / 1000);
const goodClaims = () => {
  const { subject, ...rest } = EMPLOYMENT_COUNSELLOR;
  return { ...rest, digest, iss: 'workplus-gateway', aud: 'women', sub: subject, jti: `jti-${Math.random()}`, iat: now(), exp: now() + 30 };
};
const reason = async (token: string) => {
  try {
    await verifier().verify(token, QUERY, {});
    return 'verified';
  } catch (error) {
    expect(error).toBeInstanceOf(UntrustedRequest);
    return (error as Error).message.replace('x-workplus-identity ', '');
  }
};

describe('a signed identity', () => {
  test('as the gateway signs it, verifies and gives back the identity', async () => {
    const identity = await verifier().verify(signIdentity(key, 'women', EMPLOYMENT_COUNSELLOR, digest), QUERY, {});
    expect(identity).toMatchObject({ subject: EMPLOYMENT_COUNSELLOR.subject, agency: 'EMPLOYMENT', purpose: 'COUNSELLING' });
  });

  test('forged, stale or malformed, is refused', async () => {
    const cases: [string, string, string][] = [
      ['another key', forge({ alg: 'EdDSA' }, goodClaims(), otherKey), 'is invalid'],
      ['no signature (alg none)', forge({ alg: 'none' }, goodClaims(), null), 'is invalid'],
      ['another algorithm named', forge({ alg: 'HS256' }, goodClaims()), 'is invalid'],
      ['a header that asks for more (crit)', forge({ alg: 'EdDSA', crit: ['exp'], exp: 1 }, goodClaims()), 'is invalid'],
      ['another issuer', forge({ alg: 'EdDSA' }, { ...goodClaims(), iss: 'someone' }), 'is invalid'],
      ['another subgraph', forge({ alg: 'EdDSA' }, { ...goodClaims(), aud: 'veterans' }), 'is invalid'],
      ['an audience list', forge({ alg: 'EdDSA' }, { ...goodClaims(), aud: ['women'] }), 'is invalid'],
      ['no one-time ID', forge({ alg: 'EdDSA' }, { ...goodClaims(), jti: undefined }), 'is invalid'],
      ['no subject', forge({ alg: 'EdDSA' }, { ...goodClaims(), sub: undefined }), 'is invalid'],
      ['an expiry that is not a number', forge({ alg: 'EdDSA' }, { ...goodClaims(), exp: 'soon' }), 'is invalid'],
      ['not valid yet (nbf)', forge({ alg: 'EdDSA' }, { ...goodClaims(), nbf: now() + 60 }), 'is invalid'],
      ['expired', forge({ alg: 'EdDSA' }, { ...goodClaims(), iat: now() - 40, exp: now() - 10 }), 'is expired'],
      ['issued too long ago, however late it expires', forge({ alg: 'EdDSA' }, { ...goodClaims(), iat: now() - 120, exp: now() + 3600 }), 'is expired'],
      ['for another request', forge({ alg: 'EdDSA' }, { ...goodClaims(), digest: requestDigest('{ b }', {}) }), 'was signed for a different request'],
      ['two parts only', 'eyJhbGciOiJFZERTQSJ9.e30', 'is invalid'],
      ['not JSON', 'bm90IGpzb24.bm90IGpzb24.c2ln', 'is invalid'],
      ['a signature of the wrong length', `${forge({ alg: 'EdDSA' }, goodClaims())}AAAA`, 'is invalid'],
    ];
    for (const [name, token, refused] of cases) expect([name, await reason(token)]).toEqual([name, refused]);
  });

  test('is used once only', async () => {
    const once = verifier();
    const token = signIdentity(key, 'women', EMPLOYMENT_COUNSELLOR, digest);
    await once.verify(token, QUERY, {});
    await expect(once.verify(token, QUERY, {})).rejects.toThrow('was already used');
  });
});
