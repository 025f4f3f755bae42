import { SignJWT } from 'jose';
import type { Center } from '../../../subgraphs/shared/demo/regions.js';
import type { AgencyCode, Caller, Role } from '../../../trust/identity.js';
import { devKeyPair, SIGNING_ALGORITHM } from '../../../trust/keys.js';

export const DEV_ISSUER = 'workplus-dev-issuer';
export const GATEWAY_AUDIENCE = 'workplus-gateway';

/** The demo's employment counsellor at Seoul-West, the showcase person's center: `npm start`'s example caller and the tests'. */
export const DEMO_COUNSELLOR: Caller = {
  subject: 'stf-seoul-west-employment-1',
  agency: 'EMPLOYMENT',
  center: 'ctr-seoul-west',
  roles: ['COUNSELLOR'],
  municipalities: ['11440', '11410', '11380'],
};

/** Signs an access token with the embedded development issuer (`npm run token`, tests). */
export async function issueDevToken(devKeysDir: string, caller: Caller, lifetime = '8h'): Promise<string> {
  const { privateKey } = await devKeyPair(devKeysDir, 'issuer');
  const { subject, ...claims } = caller;
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: 'issuer' })
    .setIssuer(DEV_ISSUER)
    .setAudience(GATEWAY_AUDIENCE)
    .setSubject(subject)
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime(lifetime)
    .sign(privateKey);
}

/**
 * A demo center's staff member (or, with CITIZEN, the person `participant`) as
 * the development issuer describes them: the center and the municipalities it
 * serves. `npm run token` and the playground's sign-in both ask for these.
 */
export function demoCaller(who: { agency: AgencyCode; roles: Role[]; center: Center; participant?: string; staff?: string }): Caller {
  const { agency, roles, center, participant, staff } = who;
  return {
    subject: participant && roles.includes('CITIZEN') ? participant : (staff ?? `stf-${center.id.slice(4)}-${agency.toLowerCase().replace('_', '')}-1`),
    agency,
    center: center.id,
    roles,
    municipalities: [...center.serves],
    ...(participant ? { participant } : {}),
  };
}
