import type { Kysely } from 'kysely';
import { readSubgraphConfig } from '../subgraphs/shared/config.js';
import { openDatabase, type Database } from '../subgraphs/shared/db/database.js';
import { DataDirInUse } from '../subgraphs/shared/db/pglite.js';
import { loadDefinition, migrationsOf } from '../subgraphs/shared/definition.js';
import { AuditPublicKeys } from '../subgraphs/shared/audit/checkpoint.js';
import { reportLines, verifyAuditTrail } from '../subgraphs/shared/audit/verify.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/registry.js';

/**
 * `npm run audit:verify [-- --json]`: checks every subgraph's access-log hash
 * chain, wherever the usual configuration points, and names the first broken
 * record; then checks each chain against the newest signed checkpoint of it
 * that each of its witnesses keeps, and names a chain cut short or rebuilt
 * since, and any checkpoint whose signature is not the agency's.
 * Exits 1 if anything is wrong, 2 if it could not look (a PGlite folder in use).
 */
const json = process.argv.includes('--json');
const databases = new Map<SubgraphName, Database<unknown>>();
let exitCode = 0;
try {
  for (const name of SUBGRAPH_NAMES) {
    const config = readSubgraphConfig(name);
    // On PGlite this takes the folder's lock, as a running subgraph does: never two processes in one folder.
    databases.set(name, await openDatabase({ storage: config.storage, migrations: migrationsOf(await loadDefinition(name)) }));
  }
  const config = readSubgraphConfig('workplus');
  const keys = AuditPublicKeys.fromConfig({ dir: config.auditPublicKeysDir, devKeysDir: config.devKeysDir, production: config.production });
  const reports = await verifyAuditTrail(new Map([...databases].map(([name, d]) => [name, d.db as Kysely<any>])), keys);
  if (json) console.log(JSON.stringify(reports, null, 2));
  else for (const report of reports) for (const line of reportLines(report)) console.log(line);
  exitCode = reports.every((r) => r.ok) ? 0 : 1;
} catch (error) {
  if (!(error instanceof DataDirInUse)) throw error;
  console.error(
    `audit:verify: ${error.message}.\n` +
      'A running subgraph holds its PGlite folder: stop it (or `npm start`) and run audit:verify again, or run the center on PostgreSQL, where audit:verify reads beside it.',
  );
  exitCode = 2;
} finally {
  await Promise.all([...databases.values()].map((d) => d.close()));
}
// Set last: closing an embedded database resets the exit code.
process.exitCode = exitCode;
