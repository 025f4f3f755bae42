/**
 * `npm run agency:new -- <name> [--personal-records] [--postings] [--office 청년센터] [--description "…"]`
 *
 * Writes a working subgraph for a new agency in subgraphs/<name>/ from
 * scripts/agency-template/, adds its line to subgraphs/registry.ts, and
 * remakes everything derived from the registry (generated files, the
 * supergraph, codegen). The agency team then replaces the starting record
 * with its own schema, tables and resolvers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Mustache from 'mustache';
import { RECORD_HOLDERS, SUBGRAPHS, type SubgraphEntry } from '../subgraphs/registry.js';

const ROOT = new URL('..', import.meta.url);
const TEMPLATE = new URL('agency-template/', import.meta.url);
const REGISTRY = new URL('subgraphs/registry.ts', ROOT);
const REGISTRY_END = '] as const satisfies readonly SubgraphEntry[];';

const USAGE = `usage: npm run agency:new -- <name> [--personal-records] [--postings] [--agency CODE] [--field name] [--office 이름] [--description text]
  <name>              the subgraph's folder and the name every command takes: lower-case letters and digits, e.g. youth
  --personal-records  the agency keeps records about people: a Participant field under its own disclosure policy
  --postings          the agency registers job postings on the center's job board
  --agency            its code in tokens and the Agency enum (default: the name in capitals)
  --field             its field on Participant (default: the name)
  --office            how the demo names its office in a center, after the center's place (default: the name)
  --description       what the Agency enum says of it`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        'personal-records': { type: 'boolean', default: false },
        postings: { type: 'boolean', default: false },
        agency: { type: 'string' },
        field: { type: 'string' },
        office: { type: 'string' },
        description: { type: 'string' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const name = positionals[0] ?? fail('name the new subgraph');
const records = values['personal-records'];
const postings = values.postings;
const agency = values.agency ?? name.toUpperCase();
const field = values.field ?? name;
const type = field[0]!.toUpperCase() + field.slice(1);
const problems = [
  positionals.length > 1 && `one name only, not ${positionals.join(' ')}`,
  !/^[a-z][a-z0-9]{1,29}$/.test(name) && `the name "${name}" must be 2-30 lower-case letters and digits, starting with a letter`,
  name === 'shared' && 'subgraphs/shared is the shared code, not an agency',
  (existsSync(new URL(`subgraphs/${name}`, ROOT)) || SUBGRAPHS.some((s) => s.name === name)) && `subgraphs/${name} exists already`,
  !/^[A-Z][A-Z0-9_]{1,29}$/.test(agency) && `the agency code "${agency}" must be capitals, digits and _`,
  SUBGRAPHS.some((s) => s.agency === agency) && `the agency code ${agency} is taken`,
  !/^[a-z][A-Za-z0-9]{1,29}$/.test(field) && `the field "${field}" must be camelCase letters and digits`,
  RECORD_HOLDERS.some((s) => s.participantField === field) && `the Participant field ${field} is taken`,
  !records && !postings && 'an agency in this graph keeps personal records, registers job postings, or both: pass --personal-records, --postings or both',
].filter((p): p is string => typeof p === 'string');
if (problems.length) fail(problems.map((p) => `- ${p}`).join('\n'));

const entry: SubgraphEntry = {
  name,
  agency,
  description: values.description ?? `${type} agency (describe it in subgraphs/registry.ts)`,
  port: Math.max(...SUBGRAPHS.map((s) => s.port)) + 1,
  office: values.office ?? name,
  ...(records ? { participantField: field } : {}),
  ...(postings ? { postings: type } : {}),
};
const view = { ...entry, field, type, noun: type, records, postings, idPrefix: name };

/** Every template file, by its path under the template folder. */
function templates(dir = TEMPLATE, prefix = ''): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const inside = new URL(entry, dir);
    return statSync(inside).isDirectory() ? templates(new URL(`${entry}/`, dir), `${prefix}${entry}/`) : [`${prefix}${entry}`];
  });
}

/** What only an agency with personal records has. */
const RECORDS_ONLY = ['src/policy.ts.mustache', 'src/timeline.ts.mustache'];

Mustache.escape = (text: string) => text; // code, not HTML
const folder = new URL(`subgraphs/${name}/`, ROOT);
for (const template of templates().filter((t) => records || !RECORDS_ONLY.includes(t))) {
  const target = new URL(template.replace(/\.mustache$/, ''), folder);
  mkdirSync(new URL('.', target), { recursive: true });
  writeFileSync(target, Mustache.render(readFileSync(new URL(template, TEMPLATE), 'utf8'), view).replace(/\n{3,}/g, '\n\n'));
}

const registry = readFileSync(REGISTRY, 'utf8');
if (!registry.includes(REGISTRY_END)) fail(`subgraphs/registry.ts no longer ends its list with "${REGISTRY_END}"`);
writeFileSync(REGISTRY, registry.replace(REGISTRY_END, `  ${JSON.stringify(entry)},\n${REGISTRY_END}`));
console.log(`wrote subgraphs/${name}/ and its line in subgraphs/registry.ts (port ${entry.port})`);

// Everything derived from the registry, in the order each needs the last: generated files, the supergraph, codegen, formatting.
const run = (script: string, ...args: string[]) => execFileSync('npm', ['run', '--silent', script, ...args], { cwd: ROOT, stdio: 'inherit' });
run('generate');
run('supergraph:compose');
run('codegen');
execFileSync('npx', ['prettier', '--log-level', 'warn', '--write', path.join('subgraphs', name), 'subgraphs/registry.ts'], { cwd: ROOT, stdio: 'inherit' });

console.log(`
${name} is registered and composes. Next:
  - describe the agency in subgraphs/registry.ts, and its record in subgraphs/${name}/schema.graphql;
  - write its tables (src/store), loaders, resolvers${records ? ', timeline and disclosure policy (src/policy.ts)' : ''};
  - after each schema edit: npm run generate && npm run supergraph:compose && npm run codegen, and npm run schema:check -- ${name};
  - run it against the rest: npm start -- --except ${name}, and beside it npx tsx subgraphs/${name}/src/index.ts.`);
