import { readSubgraphConfig } from '../subgraphs/shared/config.js';
import { openDatabase } from '../subgraphs/shared/db/database.js';
import { loadDefinition, migrationsOf } from '../subgraphs/shared/definition.js';
import { verifyChain } from '../subgraphs/shared/audit/access-log.js';
import { SUBGRAPH_NAMES } from '../subgraphs/registry.js';

/**
 * `npm run audit:verify`: checks every subgraph's access-log hash chain,
 * wherever the usual configuration points, and names the first broken record.
 * Exits 1 if any chain is broken.
 */
let broken = false;
for (const name of SUBGRAPH_NAMES) {
  const definition = await loadDefinition(name);
  const database = await openDatabase({
    storage: readSubgraphConfig(name).storage,
    migrations: migrationsOf(definition),
  });
  try {
    const check = await verifyChain(database.db);
    if (check.intact) {
      console.log(`${name}: intact, ${check.records} records`);
    } else {
      broken = true;
      console.log(`${name}: BROKEN at record ${check.brokenAt} of ${check.records}: ${check.reason}`);
    }
  } finally {
    await database.close();
  }
}
process.exitCode = broken ? 1 : 0;
