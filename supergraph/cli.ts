import { writeFileSync } from 'node:fs';
import { committedSupergraph, composeSupergraph, SUPERGRAPH_FILE } from './compose.js';

/** `compose` writes supergraph.graphql; `check` fails when the committed file is stale. */
const command = process.argv[2];
const fresh = composeSupergraph();
if (command === 'compose') {
  writeFileSync(SUPERGRAPH_FILE, fresh);
  console.log(`wrote ${SUPERGRAPH_FILE.pathname}`);
} else if (command === 'check') {
  let committed = '';
  try {
    committed = committedSupergraph();
  } catch {
    // Missing counts as stale.
  }
  if (committed !== fresh) {
    console.error('supergraph/supergraph.graphql is stale: run `npm run supergraph:compose` and commit it.');
    process.exit(1);
  }
  console.log('supergraph/supergraph.graphql is up to date.');
} else {
  console.error('usage: supergraph/cli.ts compose|check');
  process.exit(2);
}
