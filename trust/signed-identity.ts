import { hash, KeyObject, randomUUID, sign, verify } from 'node:crypto';
import type { CryptoKey } from 'jose';
import { AGENCIES, PURPOSES, ROLES, type ForwardedIdentity } from './identity.js';
import { SIGNING_ALGORITHM } from './keys.js';
import type { ReplayGuard } from './replay.js';

/** The header that carries the gateway's signed statement of who is asking, and why. */
export const IDENTITY_HEADER = 'x-workplus-identity';
const ISSUER = 'workplus-gateway';
/** How long a signed identity is valid: also the bound of the replay fallback (replay.ts). */
export const LIFETIME_SECONDS = 30;

/** Binds a signature to one request: the query text and its variables. */
export function requestDigest(query: string, variables: unknown): string {
  return requestDigestOfJson(query, JSON.stringify(variables ?? {}));
}

/** The same digest from the variables as the JSON text that is sent, so that a caller writes them once. */
export function requestDigestOfJson(query: string, variablesJson: string): string {
  return hash('sha256', `${query}\n${variablesJson}`, 'base64url');
}

/** The JWS header of every signed identity: Ed25519, nothing else. */
const JWS_HEADER = Buffer.from(JSON.stringify({ alg: SIGNING_ALGORITHM })).toString('base64url');
const base64url = (text: string) => Buffer.from(text).toString('base64url');

const keyObjects = new WeakMap<CryptoKey, KeyObject>();
/** The key as node:crypto holds it, so that signing and verifying run synchronously (WebCrypto queues a job per call). */
function keyObjectOf(key: CryptoKey): KeyObject {
  let keyObject = keyObjects.get(key);
  if (!keyObject) keyObjects.set(key, (keyObject = KeyObject.from(key)));
  return keyObject;
}

/**
 * Signs the caller's identity for one call to one subgraph: a compact JWS
 * (EdDSA) with issuer, audience (the subgraph), subject, a one-time ID, issue
 * time and a short expiry, and the request's digest. Synchronous: seven
 * subgraph calls per request cost seven Ed25519 signatures, not seven
 * WebCrypto round trips.
 */
export function signIdentity(key: CryptoKey, subgraph: string, identity: ForwardedIdentity, digest: string): string {
  const { subject, ...claims } = identity;
  const now = Math.floor(Date.now() / 1000);
  const payload = { ...claims, digest, iss: ISSUER, aud: subgraph, sub: subject, jti: randomUUID(), iat: now, exp: now + LIFETIME_SECONDS };
  const input = `${JWS_HEADER}.${base64url(JSON.stringify(payload))}`;
  return `${input}.${sign(null, Buffer.from(input), keyObjectOf(key)).toString('base64url')}`;
}

/** Why a signed identity does not verify: `expired` is told apart, as a clock or a queue may be the cause. */
class Unverified extends Error {
  constructor(readonly reason: 'invalid' | 'expired') {
    super(reason);
  }
}

function signatureHolds(input: string, key: KeyObject, signature: string): boolean {
  try {
    return verify(null, Buffer.from(input), key, Buffer.from(signature, 'base64url'));
  } catch {
    return false; // a signature of the wrong length, or a key of the wrong kind
  }
}

/**
 * The claims of a signed identity once its signature, header, issuer,
 * audience, required claims, expiry and age check out; else Unverified.
 */
function verifiedClaims(token: string, key: KeyObject, audience: string): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Unverified('invalid');
  const [header, body, signature] = parts as [string, string, string];
  let protectedHeader: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    protectedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new Unverified('invalid');
  }
  // Only the one algorithm, and no header that asks for more (crit, jku, …) than this check does.
  if (protectedHeader?.alg !== SIGNING_ALGORITHM || Object.keys(protectedHeader).some((k) => !['alg', 'typ', 'kid'].includes(k)))
    throw new Unverified('invalid');
  if (!signatureHolds(`${header}.${body}`, key, signature)) throw new Unverified('invalid');
  if (typeof claims !== 'object' || claims === null || claims.iss !== ISSUER || claims.aud !== audience) throw new Unverified('invalid');
  if (typeof claims.jti !== 'string' || typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || typeof claims.iat !== 'number') {
    throw new Unverified('invalid');
  }
  const now = Math.floor(Date.now() / 1000);
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf > now)) throw new Unverified('invalid');
  if (claims.exp <= now || now - claims.iat > LIFETIME_SECONDS * 2) throw new Unverified('expired');
  return claims;
}

/** Why a subgraph refused a call; always answered with HTTP 401. */
export class UntrustedRequest extends Error {}

/**
 * A subgraph's check that a request came through the gateway: signature,
 * audience (this subgraph), expiry, one use only, and the exact query and
 * variables that were signed.
 */
export class IdentityVerifier {
  private readonly gatewayKey: KeyObject;

  constructor(
    gatewayKey: CryptoKey,
    private readonly subgraph: string,
    private readonly replays: ReplayGuard,
  ) {
    this.gatewayKey = keyObjectOf(gatewayKey);
  }

  async verify(header: string | undefined, query: unknown, variables: unknown): Promise<ForwardedIdentity> {
    if (!header) throw new UntrustedRequest(`missing ${IDENTITY_HEADER}: subgraphs answer only the gateway`);
    let payload: Record<string, unknown>;
    try {
      payload = verifiedClaims(header, this.gatewayKey, this.subgraph);
    } catch (error) {
      if (!(error instanceof Unverified)) throw error;
      throw new UntrustedRequest(`${IDENTITY_HEADER} is ${error.reason}`);
    }
    if (typeof query !== 'string' || payload.digest !== requestDigest(query, variables)) {
      throw new UntrustedRequest(`${IDENTITY_HEADER} was signed for a different request`);
    }
    if (!(await this.replays.firstUse(payload.jti as string, (payload.exp as number) * 1000))) {
      throw new UntrustedRequest(`${IDENTITY_HEADER} was already used`);
    }
    return toIdentity(payload);
  }
}

function toIdentity(claims: Record<string, unknown>): ForwardedIdentity {
  const roles = claims.roles as ForwardedIdentity['roles'];
  if (!AGENCIES.includes(claims.agency as never) || !Array.isArray(roles) || !roles.every((r) => ROLES.includes(r))) {
    throw new UntrustedRequest(`${IDENTITY_HEADER} has malformed claims`);
  }
  if (claims.purpose !== undefined && !PURPOSES.includes(claims.purpose as never)) {
    throw new UntrustedRequest(`${IDENTITY_HEADER} has an unknown purpose`);
  }
  const selects = claims.selects;
  if (selects !== undefined && !(Array.isArray(selects) && selects.every((f) => typeof f === 'string'))) {
    throw new UntrustedRequest(`${IDENTITY_HEADER} has malformed claims`);
  }
  return {
    subject: claims.sub as string,
    agency: claims.agency as ForwardedIdentity['agency'],
    center: claims.center as string,
    roles,
    municipalities: (claims.municipalities as string[]) ?? [],
    participant: claims.participant as string | undefined,
    purpose: claims.purpose as ForwardedIdentity['purpose'],
    ...(selects ? { selects: selects as string[] } : {}),
  };
}
