import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { clientOperations, fillPlaceholders } from '../clients/collection.js';
import { DEMO_COUNSELLOR } from '../gateway/src/auth/dev-issuer.js';
import { readGatewayConfig } from '../gateway/src/config.js';
import { caseloadQuery } from '../scripts/bench/workloads.js';
import { CENTERS } from '../subgraphs/shared/demo/regions.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { AGENCIES } from '../trust/identity.js';
import { staffAt } from './support/callers.js';
import { PARTICIPANTS_PAGE } from './support/queries.js';
import { inOrder, referenceGateway } from './support/reference-gateway.js';
import { System } from './support/system.js';

/**
 * The gateway places the subgraphs' expected refusals (WITHHELD,
 * OUTSIDE_JURISDICTION) in the answer itself, past @apollo/gateway's error
 * path (gateway/src/expected-refusals.ts). A client must get what
 * @apollo/gateway would have given it: every client query, the caseload and a
 * page of every participant field, as a counsellor of every agency here and one
 * of another center, answer with the same data and the same errors, in the same
 * places, as plain @apollo/gateway over the same subgraphs.
 */
const SEED = 300;
const showcase = showcaseParticipant(generatePopulation(SEED)).id;
const elsewhere = CENTERS.find((c) => c.id !== DEMO_COUNSELLOR.center)!;
const callers = [...AGENCIES.map((agency) => staffAt(DEMO_COUNSELLOR.center!, agency)), staffAt(elsewhere.id, 'EMPLOYMENT')];

const queries = [
  ...clientOperations()
    .filter((o) => /^\s*query\b/.test(o.source))
    .map((o) => ({ name: o.name, query: o.source, variables: fillPlaceholders(o.variables, { showcase, learned: new Map() }) as Record<string, unknown> }))
    .filter((q) => !JSON.stringify(q.variables).includes('…')),
  { name: 'Caseload', query: caseloadQuery(), variables: { first: 20 } },
  { name: 'EveryParticipantField', query: PARTICIPANTS_PAGE, variables: { first: 10 } },
];

let system: System;
let reference: Awaited<ReturnType<typeof referenceGateway>>;

beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: SEED });
  const config = readGatewayConfig(system.gatewayVariables);
  const subgraphUrls = Object.fromEntries([...system.subgraphs].map(([name, s]) => [name, s.url]));
  reference = await referenceGateway({ ...config, subgraphUrls }, readFileSync(config.supergraphPath, 'utf8'));
}, 180_000);

afterAll(async () => {
  await reference?.stop();
  await system?.stop();
});

describe('refusals are placed as @apollo/gateway places them', () => {
  const placed = { root: 0, entity: 0 };

  test.each(callers.map((caller) => [`${caller.agency} at ${caller.center}`, caller] as const))('as %s', async (_, caller) => {
    const token = await system.token(caller);
    for (const { name, query, variables } of queries) {
      const ours = await system.query(query, variables, { token });
      const theirs = await reference.query(query, variables, token, 'counselling');
      expect({ name, data: ours.data, errors: inOrder(ours.errors), extensions: ours.extensions }).toEqual({
        name,
        data: theirs.data,
        errors: inOrder(theirs.errors),
        extensions: theirs.extensions,
      });
      for (const error of theirs.errors ?? []) {
        if (!['WITHHELD', 'OUTSIDE_JURISDICTION'].includes(String(error.extensions?.code))) continue;
        if (error.path?.some((step) => typeof step === 'number')) placed.entity++;
        else placed.root++;
      }
    }
  });

  test('the cases above held refusals of both kinds of fetch: at the root, and of entities in lists', () => {
    expect(placed.root).toBeGreaterThan(0);
    expect(placed.entity).toBeGreaterThan(100);
  });
});
