import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readGatewayConfig } from '../gateway/src/config.js';
import { SUBGRAPH_NAMES, subgraphNamed } from '../subgraphs/registry.js';
import { schemaFileOf } from '../supergraph/compose.js';
import { announcer } from '../supergraph/registry/announce.js';
import { checkAgainstPublished, publishSubgraph } from '../supergraph/registry/publish.js';
import { SchemaRegistry } from '../supergraph/registry/store.js';
import { knownDocuments, refusals, report } from '../supergraph/schema-check.js';

const USAGE = `Checks, publishes and rolls back subgraph schemas.

  npm run schema:check -- <subgraph> [--schema <file>] [--accept-breaking]
  npm run schema:publish -- <subgraph> [--schema <file>] [--accept-breaking]
  npm run schema:rollback -- <composition>
  npm run schema:history

  <subgraph>          ${SUBGRAPH_NAMES.join(', ')}
  --schema            the proposed SDL (default: subgraphs/<subgraph>/schema.graphql as it is now)
  --accept-breaking   accept breaking changes to the API schema that break no known client document

check composes the proposed schema with the others' published ones, diffs the
API schema against the published one, and validates every known client
document (clients/operations, the published trusted documents, the README's
examples). publish does the same, then stores the SDL as a new version in the
registry (REGISTRY_DATABASE_URL, or REGISTRY_DIR embedded) and announces the
composition to every gateway (Redis pub/sub with REDIS_URL). Without a
registry, check compares with supergraph/api.graphql.
Exit 0: done; 1: refused; 2: usage.`;

const fail = (message: string): never => {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
};
const options = { schema: { type: 'string' }, 'accept-breaking': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options, allowPositionals: true });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed!;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command, target] = positionals;
const config = readGatewayConfig();
const registry = config.registry && (await SchemaRegistry.open(config.registry.storage));
const needRegistry = (): SchemaRegistry => registry ?? fail('no schema registry is configured: set REGISTRY_DATABASE_URL (PostgreSQL) or REGISTRY_DIR');

let code = 0;
try {
  if (command === 'check' || command === 'publish') {
    const subgraph = subgraphNamed(target ?? fail('name the subgraph'))?.name ?? fail(`${target} is not a subgraph`);
    const file = values.schema ?? schemaFileOf(subgraph).pathname;
    let sdl = '';
    try {
      sdl = readFileSync(file, 'utf8');
    } catch {
      fail(`cannot read ${file}`);
    }
    const documents = await knownDocuments(config);
    const accept = values['accept-breaking'] === true;
    const result =
      command === 'publish'
        ? await publishSubgraph(needRegistry(), announcer(config.redisUrl), subgraph, sdl, documents, accept)
        : await checkAgainstPublished(subgraph, sdl, documents, registry).then(({ check }) => ({
            check,
            refused: refusals(check, accept),
            composition: undefined,
          }));
    console.log(`schema:${command} ${subgraph} (${file}) against ${registry ? 'the registry' : 'supergraph/api.graphql'}\n`);
    console.log(report(subgraph, result.check, documents.length));
    if (result.refused.length) {
      console.log(`\nRefused: ${result.refused.join('; ')}.`);
      code = 1;
    } else if (result.composition) {
      console.log(`\nPublished ${result.composition.reason}: composition ${result.composition.id}, announced to every gateway.`);
    } else {
      console.log(`\nSafe to ship${result.check.breaking.length ? ' (breaking changes accepted)' : ''}.`);
    }
  } else if (command === 'rollback') {
    const id = Number(target);
    if (!Number.isInteger(id)) fail('name the composition to return to (npm run schema:history lists them)');
    const composition = await needRegistry().rollback(id);
    if (!composition) {
      console.error(`There is no composition ${id}.`);
      code = 1;
    } else {
      await announcer(config.redisUrl).announce(composition.id);
      console.log(`Composition ${composition.id} (${composition.reason}) is now served.`);
    }
  } else if (command === 'history') {
    for (const c of await needRegistry().history()) console.log(`${c.id}\t${c.createdAt.toISOString()}\t${c.reason}`);
  } else {
    fail(command ? `${command} is not a command` : 'name a command');
  }
} finally {
  await registry?.close();
}
// Not process.exitCode: the embedded database's runtime resets it when it closes.
process.exit(code);
