import { createHash, randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type CryptoKey } from 'jose';
import { AGENCIES, PURPOSES, ROLES, type ForwardedIdentity } from './identity.js';
import { SIGNING_ALGORITHM } from './keys.js';
import type { ReplayGuard } from './replay.js';

/** The header that carries the gateway's signed statement of who is asking, and why. */
export const IDENTITY_HEADER = 'x-workplus-identity';
const ISSUER = 'workplus-gateway';
const LIFETIME_SECONDS = 30;

/** Binds a signature to one request: the query text and its variables. */
export function requestDigest(query: string, variables: unknown): string {
  return createHash('sha256')
    .update(`${query}\n${JSON.stringify(variables ?? {})}`)
    .digest('base64url');
}

/** Signs the caller's identity for one call to one subgraph. */
export function signIdentity(key: CryptoKey, subgraph: string, identity: ForwardedIdentity, digest: string): Promise<string> {
  const { subject, ...claims } = identity;
  return new SignJWT({ ...claims, digest })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM })
    .setIssuer(ISSUER)
    .setAudience(subgraph)
    .setSubject(subject)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(key);
}

/** Why a subgraph refused a call; always answered with HTTP 401. */
export class UntrustedRequest extends Error {}

/**
 * A subgraph's check that a request came through the gateway: signature,
 * audience (this subgraph), expiry, one use only, and the exact query and
 * variables that were signed.
 */
export class IdentityVerifier {
  constructor(
    private readonly gatewayKey: CryptoKey,
    private readonly subgraph: string,
    private readonly replays: ReplayGuard,
  ) {}

  async verify(header: string | undefined, query: unknown, variables: unknown): Promise<ForwardedIdentity> {
    if (!header) throw new UntrustedRequest(`missing ${IDENTITY_HEADER}: subgraphs answer only the gateway`);
    let payload;
    try {
      ({ payload } = await jwtVerify(header, this.gatewayKey, {
        issuer: ISSUER,
        audience: this.subgraph,
        algorithms: [SIGNING_ALGORITHM],
        maxTokenAge: `${LIFETIME_SECONDS * 2}s`,
        requiredClaims: ['jti', 'exp', 'iat', 'sub'],
      }));
    } catch (error) {
      const reason = error instanceof errors.JWTExpired ? 'expired' : 'invalid';
      throw new UntrustedRequest(`${IDENTITY_HEADER} is ${reason}`);
    }
    if (typeof query !== 'string' || payload.digest !== requestDigest(query, variables)) {
      throw new UntrustedRequest(`${IDENTITY_HEADER} was signed for a different request`);
    }
    if (!(await this.replays.firstUse(payload.jti!, payload.exp! * 1000))) {
      throw new UntrustedRequest(`${IDENTITY_HEADER} was already used`);
    }
    return toIdentity(payload as Record<string, unknown>);
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
