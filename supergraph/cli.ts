import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composedFiles } from './compose.js';

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
  if (stale.length) process.exit(1);
  console.log(`${files.map(({ file }) => name(file)).join(' and ')} are up to date.`);
} else {
  console.error('usage: supergraph/cli.ts compose|check');
  process.exit(2);
}
