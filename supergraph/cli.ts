import { MANIFEST_FILE } from '../clients/collection.js';
import { readGatewayConfig } from '../gateway/src/config.js';
import { brokenPublishedDocuments, describeInvalid } from '../gateway/src/trusted-documents/publish.js';
import { invalidDocuments, readManifest } from '../gateway/src/trusted-documents/manifest.js';
import { nameOf, staleGenerated, writeGenerated } from '../scripts/generated-files.js';
import { API_SCHEMA_FILE, composedFiles } from './compose.js';

/** `compose` writes supergraph.graphql and api.graphql; `check` fails when a committed one is stale, or a client document no longer validates. */
const command = process.argv[2];
const files = composedFiles();
if (command === 'compose') {
  writeGenerated(files);
} else if (command === 'check') {
  const stale = staleGenerated(files, 'npm run supergraph:compose');
  // The documents front ends ship, and those already published, must still run against the API schema as composed now.
  const api = files.find(({ file }) => file.href === API_SCHEMA_FILE.href)!.content;
  const shipped = invalidDocuments(readManifest(MANIFEST_FILE), api);
  const published = await brokenPublishedDocuments(api, readGatewayConfig());
  if (shipped.length) console.error(`Client documents in clients/operations no longer validate against the API schema:\n${describeInvalid(shipped)}`);
  if (published.invalid.length)
    console.error(`Published trusted documents (${published.location}) no longer validate against the API schema:\n${describeInvalid(published.invalid)}`);
  if (stale.length || shipped.length || published.invalid.length) process.exit(1);
  console.log(`${files.map(({ file }) => nameOf(file)).join(' and ')} are up to date; every client and published document validates.`);
} else {
  console.error('usage: supergraph/cli.ts compose|check');
  process.exit(2);
}
