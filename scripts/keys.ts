import { devKeyPair } from '../trust/keys.js';

/** Makes the development issuer and gateway key pairs in a directory (docker-compose's `keys` service). */
const dir = process.argv[2] ?? '.data/dev-keys';
await devKeyPair(dir, 'issuer');
await devKeyPair(dir, 'gateway');
console.log(`keys in ${dir}: issuer and gateway (*.private.jwk.json, *.public.jwk.json)`);
