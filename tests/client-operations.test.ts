import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { clientOperations, fillPlaceholders, learnIds, shiftExampleDates, PLACEHOLDERS, readmeOperations } from '../clients/collection.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { agencyNamed, type Role } from '../trust/identity.js';
import { staffAt } from './support/callers.js';
import { System } from './support/system.js';

/**
 * Every operation in clients/operations (the typed documents, the persisted
 * manifest and the playground's examples), run in the collection's order
 * with its own variables, as the caller and purpose its comment names, with
 * placeholders filled as the playground fills them. A new operation is run
 * here without editing this test; a stale one fails.
 */
const SEED = 60;
const showcase = showcaseParticipant(generatePopulation(SEED));
const operations = clientOperations();

let system: System;
beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: SEED });
});
afterAll(() => system?.stop());

test('every client operation runs as written, as its caller, without an error', async () => {
  expect(operations.length).toBeGreaterThanOrEqual(20);
  const learned = new Map<string, string>();
  for (const operation of operations) {
    const agency = agencyNamed(operation.as.agency);
    expect([operation.name, agency]).toEqual([operation.name, expect.any(String)]);
    const token = await system.token({ ...staffAt('ctr-seoul-west', agency!, 1), roles: [operation.as.role.toUpperCase() as Role] });
    const variables = fillPlaceholders(operation.variables, { showcase: showcase.id, learned }) as Record<string, unknown>;
    const { status, data, errors } = await system.query(operation.source, variables, { token, purpose: operation.as.purpose ?? null });
    expect([operation.name, status, errors]).toEqual([operation.name, 200, undefined]);
    learnIds(data, learned);
  }
});

test('every root field a README example uses is in a client operation, so the playground and typed documents show it too', () => {
  const rootFields = (source: string) =>
    parse(source)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .flatMap((o) => o.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [`${o.operation} ${s.name.value}`] : [])));
  const inReadme = new Set(readmeOperations().flatMap((o) => rootFields(o.source)));
  const inClients = new Set(operations.flatMap((o) => rootFields(o.source)));
  expect([...inReadme].filter((field) => !inClients.has(field))).toEqual([]);
});

test('an example runs as of today: its dates move forward by the days since the examples were written, keeping their distances', () => {
  const example = `${PLACEHOLDERS.datesAsOf} 1988-04-17 2027-03-02T10:00:00+09:00 "2026-12-31" 12345678-2027-1203-0405-123456789012`;
  expect(shiftExampleDates(example, PLACEHOLDERS.datesAsOf)).toBe(example);
  expect(shiftExampleDates(example, '2027-12-01')).toBe('2027-12-01 1989-04-17 2028-03-01T10:00:00+09:00 "2027-12-31" 12345678-2027-1203-0405-123456789012');
});
