import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/**
 * The rooms of the code and who may enter which. Each agency's folder is its
 * own: no agency imports another's. The gateway and the shared modules never
 * reach into an agency's folder. `trust/` (identity, keys, signed identity,
 * replay protection) serves both sides and imports neither.
 */
const AGENCY_FOLDERS = readdirSync(new URL('./subgraphs/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);
const anyAgency = AGENCY_FOLDERS.join('|');

const forbid = (...rules) => ({ 'no-restricted-imports': ['error', { patterns: rules.map(([regex, message]) => ({ regex, message })) }] });

export default [
  { ignores: ['node_modules/**', '.data/**', '.artifacts/**', 'coverage/**', '**/__generated__/**', 'gateway/src/playground/browser/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: { eqeqeq: ['error', 'always', { null: 'ignore' }], 'no-var': 'error', 'prefer-const': 'error' },
  },
  ...AGENCY_FOLDERS.map((agency) => ({
    files: [`subgraphs/${agency}/**/*.ts`],
    rules: forbid([
      `^(\\.\\./)+(?!${agency}/)(${anyAgency})/`,
      `An agency's subgraph does not import another agency's code: share it through subgraphs/shared or the graph.`,
    ]),
  })),
  {
    files: ['subgraphs/shared/**/*.ts'],
    rules: forbid([`^(\\.\\./)+(${anyAgency})/`, 'Shared code serves every agency and imports none of them.']),
  },
  {
    files: ['gateway/**/*.ts'],
    rules: forbid([`^(\\.\\./)+subgraphs/(${anyAgency})/`, 'The gateway reaches agencies through the graph, never their code.']),
  },
  {
    // On Node 20 one AsyncLocalStorage turns on promise hooks for every promise in the process (4% of a subgraph's
    // CPU under the caseload; the cheap query ran 1.2× as fast without). What a request needs travels in its context.
    files: ['gateway/**/*.ts', 'subgraphs/**/*.ts', 'trust/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='AsyncLocalStorage'], MemberExpression[property.name='AsyncLocalStorage']",
          message: 'No AsyncLocalStorage in a server: pass what the request needs through its context.',
        },
      ],
    },
  },
  {
    files: ['trust/**/*.ts'],
    rules: forbid(
      [`^(\\.\\./)+(gateway|supergraph|scripts|clients)/`, 'trust/ serves the gateway and the subgraphs and depends on neither.'],
      [`^(\\.\\./)+subgraphs/(?!registry\\.js$)`, 'trust/ reads only the registry from subgraphs/.'],
    ),
  },
];
