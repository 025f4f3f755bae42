import { SignJWT } from 'jose';
import type { Caller } from '../../../subgraphs/shared/trust/identity.js';
import { devKeyPair, SIGNING_ALGORITHM } from '../../../subgraphs/shared/trust/keys.js';

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
