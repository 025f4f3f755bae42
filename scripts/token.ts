import { parseArgs } from 'node:util';
import { demoCaller, issueDevToken } from '../gateway/src/auth/dev-issuer.js';
import { readGatewayConfig, seconds } from '../gateway/src/config.js';
import { AGENCIES, agencyNamed, ROLES, type Role } from '../trust/identity.js';
import { CENTERS } from '../subgraphs/shared/demo/regions.js';

/**
 * Prints an access token from the embedded development issuer:
 *   npm run token -- --agency employment --role counsellor [--center ctr-seoul-west] [--participant ptc_…] [--ttl 8h]
 */
const USAGE = `Prints an access token from the embedded development issuer.

  npm run token -- --agency <agency> --role <role> [--role <role>…] [--center <id>] [--participant <id>] [--staff <id>] [--ttl 8h]

  --agency       ${AGENCIES.map((a) => a.toLowerCase()).join(', ')} (or the subgraph's name, e.g. selfsufficiency)
  --role         ${ROLES.join(', ').toLowerCase()}
  --center       ${CENTERS.map((c) => c.id).join(', ')} (default: the first with the agency's desk)
  --participant  for --role citizen: the person the token is bound to
  --ttl          lifetime, at most AUTH_MAX_TOKEN_TTL (12h unless set)`;
const fail = (message: string): never => {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
};
let values: { agency?: string; role?: string[]; center?: string; participant?: string; staff?: string; ttl?: string; help?: boolean } = {};
try {
  ({ values } = parseArgs({
    options: {
      agency: { type: 'string' },
      role: { type: 'string', multiple: true },
      center: { type: 'string' },
      participant: { type: 'string' },
      staff: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const agency = agencyNamed(values.agency ?? fail('--agency is required')) ?? fail(`--agency ${values.agency} is not an agency`);
const roles = (values.role ?? fail('--role is required')).map((r) => r.toUpperCase());
for (const role of roles) if (!ROLES.includes(role as Role)) fail(`--role ${role.toLowerCase()} is not a role`);
if (roles.includes('CITIZEN') && !values.participant) fail('a citizen token is bound to one person: pass --participant <id>');
const center =
  CENTERS.find((c) => c.id === (values.center ?? CENTERS.find((c) => c.agencies.includes(agency))?.id)) ??
  fail(`--center must be one of: ${CENTERS.map((c) => c.id).join(', ')}`);

const config = readGatewayConfig();
if (!/^\d+[smh]$/.test(values.ttl!) || seconds(values.ttl!) > config.auth.maxTokenTtlSeconds) {
  fail(
    `--ttl must be a duration such as 8h, 30m or 900s, at most AUTH_MAX_TOKEN_TTL (${config.auth.maxTokenTtlSeconds / 3600} h): the gateway refuses longer-lived tokens`,
  );
}
console.log(
  await issueDevToken(
    config.auth.devKeysDir,
    demoCaller({ agency, roles: roles as Role[], center, participant: values.participant, staff: values.staff }),
    values.ttl,
  ),
);
