import { devKeyPair } from '../trust/keys.js';
import { SUBGRAPH_NAMES } from '../subgraphs/registry.js';

/** Makes the development issuer, gateway and agencies' audit key pairs in a directory (docker-compose's `keys` service). */
const dir = process.argv[2] ?? '.data/dev-keys';
await devKeyPair(dir, 'issuer');
await devKeyPair(dir, 'gateway');
for (const name of SUBGRAPH_NAMES) await devKeyPair(dir, `${name}-audit`);
console.log(`keys in ${dir}: issuer, gateway and <agency>-audit (*.private.jwk.json, *.public.jwk.json)`);
