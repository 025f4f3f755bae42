import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { buildSchema, isObjectType, Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { committedSupergraph, composeSupergraph } from '../supergraph/compose.js';
import { SUBGRAPH_NAMES } from '../subgraphs/registry.js';

/** The field each agency contributes to Participant (issue: one namespaced field per agency). */
const AGENCY_FIELDS: Record<string, string> = {
  employment: 'employment',
  women: 'womenReemployment',
  veterans: 'veterans',
  selfsufficiency: 'selfSufficiency',
  socialsecurity: 'welfare',
};

describe('the federated graph', () => {
  test('every registered subgraph composes into one supergraph', () => {
    expect(() => composeSupergraph()).not.toThrow();
  });

  test('the committed supergraph is what the subgraphs compose to today', () => {
    expect(committedSupergraph()).toBe(composeSupergraph());
  });

  test('every agency adds its one namespaced field to Participant, and nothing else it was not asked to', () => {
    const supergraph = buildSchema(composeSupergraph());
    const participant = supergraph.getType('Participant');
    if (!isObjectType(participant)) throw new Error('Participant is not an object type');
    const fields = Object.keys(participant.getFields());
    for (const field of Object.values(AGENCY_FIELDS)) expect(fields).toContain(field);
    for (const [name, field] of Object.entries(AGENCY_FIELDS)) {
      const sdl = parse(readFileSync(`subgraphs/${name}/schema.graphql`, 'utf8'));
      const type = sdl.definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Participant');
      const contributed = (type as ObjectTypeDefinitionNode).fields!
        // What clients see: @external fields belong to another subgraph, @inaccessible ones feed dataAccessLog.
        .filter((f) => !f.directives?.some((d) => ['external', 'inaccessible'].includes(d.name.value)))
        .map((f) => f.name.value);
      // Besides its record, employment answers Participant.nespEligibility (issue 4).
      const expected = name === 'employment' ? ['id', field, 'nespEligibility'] : ['id', field];
      expect([name, contributed]).toEqual([name, expected]);
    }
  });

  test('no resident registration number anywhere in the graph', () => {
    expect(composeSupergraph()).not.toMatch(/residentRegistration|rrn\b|ssn\b|jumin/i);
  });

  test('every subgraph has the same folder shape, so a new agency copies one folder', () => {
    const shape = [
      'schema.graphql',
      '__generated__/resolvers-types.ts',
      'src/index.ts',
      'src/subgraph.ts',
      'src/context.ts',
      'src/loaders.ts',
      'src/resolvers/index.ts',
      'src/store/tables.ts',
      'src/store/migrations.ts',
      'src/store/seed.ts',
    ];
    for (const name of SUBGRAPH_NAMES) {
      expect([name, shape.filter((file) => !existsSync(`subgraphs/${name}/${file}`))]).toEqual([name, []]);
    }
  });
});
