import { parseArgs } from 'node:util';
import { issueDevToken } from '../gateway/src/auth/dev-issuer.js';
import { readGatewayConfig, seconds } from '../gateway/src/config.js';
import { AGENCIES, ROLES, type AgencyCode, type Role } from '../subgraphs/shared/trust/identity.js';
import { CENTERS } from '../subgraphs/shared/demo/regions.js';

/**
 * Prints an access token from the embedded development issuer:
 *   npm run token -- --agency employment --role counsellor [--center ctr-seoul-west] [--participant ptc_…] [--ttl 8h]
 */
const { values } = parseArgs({
  options: {
    agency: { type: 'string' },
    role: { type: 'string', multiple: true },
    center: { type: 'string' },
    participant: { type: 'string' },
    staff: { type: 'string' },
    ttl: { type: 'string', default: '8h' },
  },
});
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
const agency = (values.agency ?? fail(`--agency is required: ${AGENCIES.join(', ').toLowerCase()}`)).toUpperCase().replace('-', '_');
if (!AGENCIES.includes(agency as AgencyCode)) fail(`--agency must be one of: ${AGENCIES.join(', ').toLowerCase()}`);
const roles = (values.role ?? fail(`--role is required: ${ROLES.join(', ').toLowerCase()}`)).map((r) => r.toUpperCase());
for (const role of roles) if (!ROLES.includes(role as Role)) fail(`--role must be one of: ${ROLES.join(', ').toLowerCase()}`);
if (roles.includes('CITIZEN') && !values.participant) fail('a citizen token is bound to one person: pass --participant <id>');
const center =
  CENTERS.find((c) => c.id === (values.center ?? CENTERS.find((c) => c.agencies.includes(agency as AgencyCode))?.id)) ??
  fail(`--center must be one of: ${CENTERS.map((c) => c.id).join(', ')}`);

const config = readGatewayConfig();
if (!/^\d+[smh]$/.test(values.ttl!) || seconds(values.ttl!) > config.auth.maxTokenTtlSeconds) {
  fail(`--ttl must be a duration such as 8h, 30m or 900s, at most AUTH_MAX_TOKEN_TTL (${config.auth.maxTokenTtlSeconds / 3600} h): the gateway refuses longer-lived tokens`);
}
console.log(
  await issueDevToken(
    config.auth.devKeysDir,
    {
      subject: values.participant && roles.includes('CITIZEN') ? values.participant : values.staff ?? `stf-${center.id.slice(4)}-${agency.toLowerCase().replace('_', '')}-1`,
      agency: agency as AgencyCode,
      center: center.id,
      roles: roles as Role[],
      municipalities: [...center.serves],
      ...(values.participant ? { participant: values.participant } : {}),
    },
    values.ttl,
  ),
);
