import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readGatewayConfig } from '../gateway/src/config.js';
import { SUBGRAPH_NAMES } from '../subgraphs/registry.js';
import { API_SCHEMA_FILE, schemaFileOf } from '../supergraph/compose.js';
import { checkSubgraph, knownDocuments, report } from '../supergraph/schema-check.js';

const USAGE = `Checks a subgraph's proposed schema before it ships.

  npm run schema:check -- <subgraph> [--schema <file>] [--accept-breaking]

  <subgraph>          ${SUBGRAPH_NAMES.join(', ')}
  --schema            the proposed SDL (default: subgraphs/<subgraph>/schema.graphql as it is now)
  --accept-breaking   accept breaking changes to the API schema that break no known client document

Composes it with the other subgraphs' current schemas, diffs the API schema
against supergraph/api.graphql, and validates every known client document
(clients/operations, the published trusted documents, the README's examples).
Exit 0: safe to ship; 1: refused; 2: usage.`;

const fail = (message: string): never => {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
};
let parsed: ReturnType<typeof parseArgs<{ options: { schema: { type: 'string' }; 'accept-breaking': { type: 'boolean' }; help: { type: 'boolean'; short: 'h' } }; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options: { schema: { type: 'string' }, 'accept-breaking': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
} catch (error) {
  fail((error as Error).message);
}
if (parsed!.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const plain = (text: string) => text.toLowerCase().replace(/[-_\s]/g, '');
const [asked] = parsed!.positionals;
const subgraph = SUBGRAPH_NAMES.find((n) => plain(n) === plain(asked ?? fail('name the subgraph to check'))) ?? fail(`${asked} is not a subgraph`);
const schemaFile = parsed!.values.schema ?? schemaFileOf(subgraph).pathname;
let sdl: string;
try {
  sdl = readFileSync(schemaFile, 'utf8');
} catch {
  fail(`cannot read ${schemaFile}`);
}

const documents = await knownDocuments(readGatewayConfig());
const check = await checkSubgraph(subgraph, sdl!, readFileSync(API_SCHEMA_FILE, 'utf8'), documents);
console.log(`schema:check ${subgraph} (${schemaFile}) against supergraph/api.graphql\n`);
console.log(report(subgraph, check, documents.length));
const accepted = parsed!.values['accept-breaking'] === true;
const refusals = [
  ...(check.compositionErrors.length ? ['it does not compose'] : []),
  ...(check.breaking.length && !accepted ? [`${check.breaking.length} breaking change(s) (pass --accept-breaking if no client relies on them)`] : []),
  ...(check.brokenDocuments.length ? [`${check.brokenDocuments.length} client document(s) would break`] : []),
];
if (refusals.length) {
  console.log(`\nRefused: ${refusals.join('; ')}.`);
  process.exit(1);
}
console.log(`\nSafe to ship${check.breaking.length ? ' (breaking changes accepted)' : ''}.`);
