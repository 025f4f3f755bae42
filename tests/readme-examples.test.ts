import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { callerNamed, learnIds, PLACEHOLDERS, type Caller } from '../clients/collection.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { agencyNamed, ROLES, type Role } from '../subgraphs/shared/trust/identity.js';
import { staffAt } from './support/callers.js';
import { System } from './support/system.js';

/**
 * Every GraphQL example in the README, run in the README's order against a
 * fresh embedded system, with IDs filled in as the README tells a user to
 * find them: from the answers of the examples before, the showcase person
 * for `$id`, a new UUID for every idempotencyKey, and the caller and purpose
 * its `# as:` line names. A stale example fails here.
 */
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const SEED = 60;
const showcase = showcaseParticipant(generatePopulation(SEED));

interface Example {
  source: string;
  as: Caller;
}

/** Each operation of each ```graphql block, with the caller its nearest `# as:` / `# x-purpose-of-use:` line names. */
function examples(): Example[] {
  const blocks = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) => {
    const operations = parse(block).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    return operations.map((operation) => {
      const before = block.slice(0, operation.loc!.start).split('\n');
      const as = callerNamed(before.filter((l) => l.startsWith('# as:')).at(-1) ?? '');
      const purpose = callerNamed(before.filter((l) => l.startsWith('#') && l.includes('x-purpose-of-use')).at(-1) ?? '').purpose;
      return { source: print(operation), as: { agency: as.agency, role: as.role, purpose: purpose ?? 'counselling' } };
    });
  });
}

let system: System;
beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: SEED });
});
afterAll(() => system?.stop());

test('every GraphQL example in the README runs as written, without an error', async () => {
  const found = examples();
  expect(found.length).toBeGreaterThanOrEqual(15);
  /** What the examples answered so far, by the placeholder it fills: the README's own words for where an ID comes from. */
  const learned = new Map<string, string>();
  for (const { source, as } of found) {
    const filled = source
      .replace(/idempotencyKey: "[^"]*"/g, () => `idempotencyKey: "${randomUUID()}"`)
      .replace(new RegExp(`"(${Object.keys(PLACEHOLDERS.learned).join('|')})"`, 'g'), (_, placeholder: string) => {
        const value = learned.get(placeholder);
        expect([source, placeholder, value === undefined ? 'no earlier example answers it' : 'found']).toEqual([source, placeholder, 'found']);
        return JSON.stringify(value);
      });
    const agency = agencyNamed(as.agency)!;
    const role = as.role.toUpperCase() as Role;
    expect([as, agency !== undefined && ROLES.includes(role)]).toEqual([as, true]);
    const token = await system.token({ ...staffAt('ctr-seoul-west', agency, 1), roles: [role] });
    const { status, data, errors } = await system.query(filled, source.includes('$id') ? { id: showcase.id } : {}, { token, purpose: as.purpose });
    expect([source, status, errors]).toEqual([source, 200, undefined]);
    learnIds(data, learned);
  }
  console.log(`README examples: ${found.length} operations ran`);
});
