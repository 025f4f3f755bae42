import { createRemoteJWKSet, errors, jwtVerify, type CryptoKey, type JWTPayload } from 'jose';
import { GraphQLError } from 'graphql';
import { AGENCIES, ROLES, type Caller } from '../../../trust/identity.js';
import { devKeyPair, publicKeyFromFile } from '../../../trust/keys.js';
import type { GatewayConfig } from '../config.js';
import { VerifiedTokens } from './verified-tokens.js';

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/** How far the gateway's clock may be from the issuer's, for `exp` and `nbf`. */
const CLOCK_TOLERANCE_SECONDS = 5;

/** HTTP 401 with a GraphQL error body that says what is wrong with the credentials. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
  });
}

/**
 * Verifies staff access tokens: signature (from a JWKS URL, a key file, or the
 * embedded development issuer), issuer, audience, expiry and not-before, then
 * the claims this graph needs.
 */
export async function createTokenVerifier(config: GatewayConfig): Promise<TokenVerifier> {
  const { auth } = config;
  const key: CryptoKey | ReturnType<typeof createRemoteJWKSet> = auth.jwksUrl
    ? createRemoteJWKSet(new URL(auth.jwksUrl))
    : auth.publicKeyFile
      ? await publicKeyFromFile(auth.publicKeyFile)
      : config.production
        ? missingKey()
        : (await devKeyPair(auth.devKeysDir, 'issuer')).publicKey;
  const devIssuer = !auth.jwksUrl && !auth.publicKeyFile;
  const verified = new VerifiedTokens();
  return async (authorization) => {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('Send a staff access token: Authorization: Bearer <token>');
    const known = verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, key as CryptoKey, {
        issuer: auth.issuer,
        audience: auth.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'sub'],
      });
      assertShortLived(payload, auth.maxTokenTtlSeconds);
      const caller = toCaller(payload);
      verified.remember(token, caller, payload.exp!, CLOCK_TOLERANCE_SECONDS);
      return caller;
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (error instanceof errors.JWTExpired) throw unauthenticated('The access token has expired');
      if (error instanceof errors.JWTClaimValidationFailed) throw unauthenticated(`The access token is not valid here: ${error.message}`);
      throw unauthenticated(
        devIssuer
          ? `The access token is not valid: its signature does not verify. With the development issuer this happens when its keys were made anew (${auth.devKeysDir} was removed, e.g. with .data): get a new one with npm run token`
          : 'The access token is not valid: its signature does not verify',
      );
    }
  };
}

/**
 * A stolen token is only as dangerous as it is long-lived: a lifetime
 * (from `iat`, or from now when absent) beyond the configured maximum is refused.
 */
function assertShortLived(payload: JWTPayload, maxSeconds: number): void {
  const issuedAt = payload.iat ?? Math.floor(Date.now() / 1000);
  const lifetime = payload.exp! - Math.min(issuedAt, Math.floor(Date.now() / 1000));
  if (lifetime > maxSeconds) {
    throw unauthenticated(
      `The access token lives ${Math.round(lifetime / 3600)} h; tokens may live at most ${maxSeconds / 3600} h (AUTH_MAX_TOKEN_TTL): ask your identity provider for a shorter-lived one`,
    );
  }
}

function missingKey(): never {
  throw new Error('Set AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE: production has no development token issuer');
}

function toCaller(payload: JWTPayload): Caller {
  const { sub, agency, center, roles, municipalities, participant } = payload as JWTPayload & Record<string, unknown>;
  const bad = (claim: string) => unauthenticated(`The access token's "${claim}" claim is missing or malformed`);
  if (!AGENCIES.includes(agency as never)) throw bad('agency');
  if (typeof center !== 'string' || !center) throw bad('center');
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => ROLES.includes(r))) throw bad('roles');
  if (!Array.isArray(municipalities) || !municipalities.every((m) => typeof m === 'string' && /^\d{5}$/.test(m))) {
    throw bad('municipalities');
  }
  if (roles.includes('CITIZEN') && typeof participant !== 'string') throw bad('participant');
  return {
    subject: sub!,
    agency: agency as Caller['agency'],
    center,
    roles: roles as Caller['roles'],
    municipalities: municipalities as string[],
    ...(typeof participant === 'string' ? { participant } : {}),
  };
}
