import { readFileSync, writeFileSync } from 'node:fs';
import { COMPOSE_FILE, composeFile } from './compose.js';

/** `write` regenerates docker-compose.yml from the registry; `check` fails when the committed one is stale. */
const command = process.argv[2];
if (command === 'write') {
  writeFileSync(COMPOSE_FILE, composeFile());
  console.log('wrote docker-compose.yml');
} else if (command === 'check') {
  let committed = '';
  try {
    committed = readFileSync(COMPOSE_FILE, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (committed !== composeFile()) {
    console.error('docker-compose.yml is stale: run `npm run compose:write` and commit it.');
    process.exit(1);
  }
  console.log('docker-compose.yml is up to date.');
} else {
  console.error('usage: docker/cli.ts write|check');
  process.exit(2);
}
