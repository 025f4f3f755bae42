import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SUBGRAPH_NAMES } from '../subgraphs/registry.js';
import { includedFiles } from '../subgraphs/shared/schema/index.js';
import type { GeneratedFile } from './generated-files.js';

export const CODEGEN_FILE = new URL('../codegen.yml', import.meta.url);

const HEADER = `# Generated from subgraphs/registry.ts, each subgraph's schema.graphql (its
# include line) and codegen-mappers.yml by \`npm run generate\`; edit those.
#
# Typed resolvers for every subgraph, and typed documents with their
# persisted-documents manifest for front ends: \`npm run codegen\` writes them,
# \`npm run codegen:check\` fails when the committed output is stale.
overwrite: true
x-resolvers: &common
  federation: true
  useIndexSignature: true
  useTypeImports: true
  enumsAsTypes: true
  contextType: ../src/context#Context
  scalars:
    Date: string
    DateTime: Date | string
    Krw: number
  avoidOptionals:
    field: true
generates:
  # Front ends: every operation in clients/operations, typed against the API
  # schema clients see, and persisted-documents.json (sha256 → document) for
  # \`npm run documents:publish\`.
  clients/__generated__/:
    schema: supergraph/api.graphql
    documents: clients/operations/*.graphql
    preset: client
    presetConfig:
      fragmentMasking: false
      persistedDocuments:
        hashAlgorithm: sha256
    config:
      useTypeImports: true
      enumsAsTypes: true
      scalars:
        Date: string
        DateTime: string
        Krw: number
`;

const folderOf = (name: string) => new URL(`../subgraphs/${name}/`, import.meta.url);

/** One subgraph's resolver types: its schema with the shared files it includes, typed with its own mappers. */
function subgraphBlock(name: string): string {
  const schema = readFileSync(new URL('schema.graphql', folderOf(name)), 'utf8');
  const mappers = (parse(readFileSync(new URL('codegen-mappers.yml', folderOf(name)), 'utf8')) ?? {}) as Record<string, string>;
  return [
    `  subgraphs/${name}/__generated__/resolvers-types.ts:`,
    '    schema:',
    ...[`subgraphs/${name}/schema.graphql`, ...includedFiles(schema)].map((file) => `      - ${file}`),
    '    plugins: [typescript, typescript-resolvers]',
    '    config:',
    '      <<: *common',
    ...(Object.keys(mappers).length ? ['      mappers:', ...Object.entries(mappers).map(([type, target]) => `        ${type}: ${target}`)] : []),
  ].join('\n');
}

/** codegen.yml: the front ends' documents, then every registered subgraph's resolvers. */
export function codegenConfig(): GeneratedFile {
  return { file: CODEGEN_FILE, content: `${HEADER}${SUBGRAPH_NAMES.map(subgraphBlock).join('\n')}\n` };
}
