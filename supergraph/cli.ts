import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MANIFEST_FILE } from '../clients/collection.js';
import { readGatewayConfig } from '../gateway/src/config.js';
import { brokenPublishedDocuments, describeInvalid } from '../gateway/src/trusted-documents/publish.js';
import { invalidDocuments, readManifest } from '../gateway/src/trusted-documents/manifest.js';
import { API_SCHEMA_FILE, composedFiles } from './compose.js';

/** `compose` writes supergraph.graphql and api.graphql; `check` fails when a committed one is stale. */
const command = process.argv[2];
const files = composedFiles();
const name = (file: URL) => `supergraph/${fileURLToPath(file).split('/').pop()}`;
if (command === 'compose') {
  for (const { file, content } of files) {
    writeFileSync(file, content);
    console.log(`wrote ${name(file)}`);
  }
} else if (command === 'check') {
  const stale = files.filter(({ file, content }) => {
    try {
      return readFileSync(file, 'utf8') !== content;
    } catch {
      return true; // Missing counts as stale.
    }
  });
  for (const { file } of stale) console.error(`${name(file)} is stale: run \`npm run supergraph:compose\` and commit it.`);
  // The documents front ends ship, and those already published, must still run against the API schema as composed now.
  const api = files.find(({ file }) => file.href === API_SCHEMA_FILE.href)!.content;
  const shipped = invalidDocuments(readManifest(MANIFEST_FILE), api);
  const published = await brokenPublishedDocuments(api, readGatewayConfig());
  if (shipped.length) console.error(`Client documents in clients/operations no longer validate against the API schema:\n${describeInvalid(shipped)}`);
  if (published.invalid.length)
    console.error(`Published trusted documents (${published.location}) no longer validate against the API schema:\n${describeInvalid(published.invalid)}`);
  if (stale.length || shipped.length || published.invalid.length) process.exit(1);
  console.log(`${files.map(({ file }) => name(file)).join(' and ')} are up to date; every client and published document validates.`);
} else {
  console.error('usage: supergraph/cli.ts compose|check');
  process.exit(2);
}
