import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMPOSE_FILE, composeFile } from '../docker/compose.js';
import { AGENCY_SCHEMA_FILE, agencySchema } from '../subgraphs/shared/schema/index.js';

/**
 * The files made from the registry: `generate` writes them, `generate:check`
 * fails when a committed one is stale.
 */
const GENERATED = [
  { file: COMPOSE_FILE, content: composeFile },
  { file: AGENCY_SCHEMA_FILE, content: agencySchema },
];
const name = (file: URL) => fileURLToPath(file).replace(`${fileURLToPath(new URL('..', import.meta.url))}`, '');
const command = process.argv[2];
if (command === 'write') {
  for (const { file, content } of GENERATED) {
    writeFileSync(file, content());
    console.log(`wrote ${name(file)}`);
  }
} else if (command === 'check') {
  const stale = GENERATED.filter(({ file, content }) => {
    try {
      return readFileSync(file, 'utf8') !== content();
    } catch {
      return true; // Missing counts as stale.
    }
  });
  for (const { file } of stale) console.error(`${name(file)} is stale: run \`npm run generate\` and commit it.`);
  if (stale.length) process.exit(1);
  console.log(`${GENERATED.map(({ file }) => name(file)).join(' and ')} are up to date.`);
} else {
  console.error('usage: scripts/generate.ts write|check');
  process.exit(2);
}
