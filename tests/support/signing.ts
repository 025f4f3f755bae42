import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { DEMO_COUNSELLOR } from '../../gateway/src/auth/dev-issuer.js';
import type { ForwardedIdentity } from '../../trust/identity.js';
import { devKeyPair } from '../../trust/keys.js';
import { IDENTITY_HEADER, requestDigest, signIdentity } from '../../trust/signed-identity.js';

export const EMPLOYMENT_COUNSELLOR: ForwardedIdentity = { ...DEMO_COUNSELLOR, purpose: 'COUNSELLING' };

/** Calls a subgraph directly, as the gateway would (a valid signature) or with `header` instead. */
export async function callSubgraph(url: string, query: string, variables: Record<string, unknown>, header?: string | null) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(header ? { [IDENTITY_HEADER]: header } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string }[] } };
}

/** What the gateway would send to `subgraph` for this query, signed with the run's development key. */
export async function gatewaySignature(keysDir: string, subgraph: string, query: string, variables: Record<string, unknown>) {
  const { privateKey } = await devKeyPair(keysDir, 'gateway');
  return signIdentity(privateKey, subgraph, EMPLOYMENT_COUNSELLOR, requestDigest(query, variables));
}

/** A gateway signature whose lifetime ended a minute ago. */
export async function expiredGatewaySignature(keysDir: string, subgraph: string, query: string, variables: Record<string, unknown>) {
  const { privateKey } = await devKeyPair(keysDir, 'gateway');
  const { subject, ...claims } = EMPLOYMENT_COUNSELLOR;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims, digest: requestDigest(query, variables) })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setIssuer('workplus-gateway')
    .setAudience(subgraph)
    .setSubject(subject)
    .setJti(randomUUID())
    .setIssuedAt(now - 90)
    .setExpirationTime(now - 60)
    .sign(privateKey);
}
