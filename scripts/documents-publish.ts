import { readFileSync } from 'node:fs';
import { MANIFEST_FILE } from '../clients/collection.js';
import { readGatewayConfig } from '../gateway/src/config.js';
import { describeInvalid, publishManifest } from '../gateway/src/trusted-documents/publish.js';
import { API_SCHEMA_FILE } from '../supergraph/compose.js';
import { commandLine, exitOnUsageError } from './usage-error.js';

/**
 * `npm run documents:publish [-- --manifest <file>]`: publishes the front
 * ends' persisted documents (clients/__generated__/persisted-documents.json
 * unless told) as trusted documents, into Redis when REDIS_URL is set (every
 * gateway replica sees them at once), else into DATA_DIR.
 */
const USAGE = 'npm run documents:publish [-- --manifest <persisted-documents.json>]   (REDIS_URL, TRUSTED_DOCUMENTS_KEY, DATA_DIR as for the gateway)';
const { manifest } = exitOnUsageError(() => {
  const { values } = commandLine({ options: { manifest: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  return values.help ? 'help' : values;
}, USAGE);
const result = await publishManifest(manifest ?? MANIFEST_FILE, readFileSync(API_SCHEMA_FILE, 'utf8'), readGatewayConfig());
if (!result.published) {
  console.error(`Nothing published: these documents do not validate against supergraph/api.graphql:\n${describeInvalid(result.invalid)}`);
  process.exit(1);
}
console.log(`Published ${result.documents} trusted documents (${result.added} new) to ${result.location}.`);
