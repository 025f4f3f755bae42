import { describe, expect, test } from '@jest/globals';
import { ESLint } from 'eslint';
import { SUBGRAPH_NAMES } from '../subgraphs/registry.js';

/**
 * The import boundaries `npm run lint` enforces, probed with imports that
 * cross them, for every registered agency: a rule that stopped matching
 * would pass the lint silently, so this fails instead.
 */
const eslint = new ESLint();
const problems = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath })).flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));

const agencies = SUBGRAPH_NAMES.filter((n) => n !== 'workplus');

describe('import boundaries', () => {
  test.each(agencies)("%s's code may not import another agency's, and neither may the gateway or shared code", async (agency) => {
    const other = SUBGRAPH_NAMES.find((n) => n !== agency)!;
    expect(await problems(`subgraphs/${agency}/src/resolvers/probe.ts`, `import { x } from '../../../${other}/src/loaders.js';`)).toHaveLength(1);
    expect(
      await problems(`subgraphs/${agency}/src/resolvers/probe.ts`, `import { x } from '../loaders.js';\nimport { y } from '../../../shared/loaders.js';`),
    ).toEqual([]);
    expect(await problems('gateway/src/probe.ts', `import { x } from '../../subgraphs/${agency}/src/policy.js';`)).toHaveLength(1);
    expect(await problems('subgraphs/shared/policy/probe.ts', `import { x } from '../../${agency}/src/policy.js';`)).toHaveLength(1);
  });

  test('trust/ imports neither the gateway nor an agency, only the registry', async () => {
    expect(await problems('trust/probe.ts', `import { x } from '../gateway/src/config.js';`)).toHaveLength(1);
    expect(await problems('trust/probe.ts', `import { x } from '../subgraphs/shared/config.js';`)).toHaveLength(1);
    expect(await problems('trust/probe.ts', `import { x } from '../subgraphs/registry.js';\nimport { y } from './keys.js';`)).toEqual([]);
  });
});
