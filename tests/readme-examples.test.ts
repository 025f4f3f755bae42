import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { learnIds, shiftExampleDates, PLACEHOLDERS, readmeOperations } from '../clients/collection.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { agencyNamed, ROLES, type Role } from '../trust/identity.js';
import { staffAt } from './support/callers.js';
import { System } from './support/system.js';

/**
 * Every GraphQL example in the README, run in the README's order against a
 * fresh embedded system, with IDs filled in as the README tells a user to
 * find them: from the answers of the examples before, the showcase person
 * for `$id`, a new UUID for every idempotencyKey, and the caller and purpose
 * its `# as:` line names; its dates move forward by the days since the
 * examples were written (shiftExampleDates). A stale example fails here.
 */
const SEED = 60;
const showcase = showcaseParticipant(generatePopulation(SEED));

let system: System;
beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: SEED });
});
afterAll(() => system?.stop());

test('every GraphQL example in the README runs as written, without an error', async () => {
  const found = readmeOperations();
  expect(found.length).toBeGreaterThanOrEqual(15);
  /** What the examples answered so far, by the placeholder it fills: the README's own words for where an ID comes from. */
  const learned = new Map<string, string>();
  for (const { source, as } of found) {
    const filled = shiftExampleDates(source)
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
