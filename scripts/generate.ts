import { COMPOSE_FILE, composeFile } from '../docker/compose.js';
import { AGENCY_SCHEMA_FILE, agencySchema, RECORD_MERGES_SCHEMA_FILE, recordMergesSchema } from '../subgraphs/shared/schema/index.js';
import { codegenConfig } from './codegen-config.js';
import { nameOf, staleGenerated, writeGenerated } from './generated-files.js';

/** The files made from the registry: `write` writes them, `check` fails when a committed one is stale. */
const files = [
  { file: COMPOSE_FILE, content: composeFile() },
  { file: AGENCY_SCHEMA_FILE, content: agencySchema() },
  { file: RECORD_MERGES_SCHEMA_FILE, content: recordMergesSchema() },
  codegenConfig(),
];
const command = process.argv[2];
if (command === 'write') {
  writeGenerated(files);
} else if (command === 'check') {
  if (staleGenerated(files, 'npm run generate').length) process.exit(1);
  console.log(`${files.map(({ file }) => nameOf(file)).join(', ')} are up to date.`);
} else {
  console.error('usage: scripts/generate.ts write|check');
  process.exit(2);
}
