import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import {
  buildSchema,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  operationFromDocument,
  possibleRuntimeTypes,
  Supergraph,
  type CompositeType,
  type Operation,
  type Schema,
} from '@apollo/federation-internals';
import { parse } from 'graphql';
import { clientOperations } from '../clients/collection.js';
import { apolloComputeResponse, computeResponse, useFastResultShaping } from '../gateway/src/result-shaping.js';
import apolloResultShaping from '@apollo/gateway/dist/resultShaping.js';
import { generatedAnswer, randomSource } from '../scripts/bench/generated-answer.js';

/**
 * The gateway's result shaping against @apollo/gateway's own, on the same operations and the same fetched data: every
 * client operation, and for every field of the root query a generated operation with aliases, repeated fields,
 * fragments on every possible type and @skip/@include; the data generated from the schema, with nulls where none may
 * be, missing fields, wrong leaf values and wrong __typenames. Both must answer alike, to the order of keys and the
 * errors' messages and paths, or throw alike.
 */
const apiSchema = Supergraph.build(readFileSync(new URL('../supergraph/supergraph.graphql', import.meta.url), 'utf8')).apiSchema();

/** What the graph has no instance of yet, and an agency's subgraph may bring: interfaces, unions, lists of lists. */
const otherShapes = buildSchema(`
  scalar Date
  enum Status { OPEN CLOSED }
  interface Record { id: ID! opened: Date }
  interface Dated implements Record { id: ID! opened: Date status: Status! }
  type Claim implements Record & Dated { id: ID! opened: Date status: Status! amounts: [[Int!]]! holder: Person }
  type Visit implements Record { id: ID! opened: Date notes: [String] }
  type Person { id: ID! name: String! records: [Record!]! ratio: Float active: Boolean }
  union Found = Person | Claim | Visit
  type Query { search: [Found!] record: Record! people: [Person]! dated: Dated }
`);

/** An operation per root query field: every field to a depth, aliased, repeated, in fragments, under @skip and @include. */
function generatedOperations(schema: Schema): { name: string; source: string }[] {
  const random = randomSource(7);
  const selectionOf = (type: CompositeType, depth: number): string => {
    const parts: string[] = ['__typename', 'kind: __typename'];
    for (const field of isUnionType(type) ? [] : type.fields()) {
      if (field.arguments().some((a) => isNonNullType(a.type!))) continue;
      let named = field.type!;
      while (isNonNullType(named) || isListType(named)) named = named.ofType;
      const guard = random.pick(['', '', ' @include(if: $on)', ' @skip(if: $off)', ' @skip(if: false)', ' @include(if: false)']);
      if (!isCompositeType(named)) {
        parts.push(`${field.name}${guard}`);
        if (random.chance(0.3)) parts.push(`again_${field.name}: ${field.name}`);
      } else if (depth < 3) {
        parts.push(`${field.name}${guard} { ${selectionOf(named, depth + 1)} }`);
        if (random.chance(0.3)) parts.push(`${field.name} { __typename }`);
      }
    }
    if (!isObjectType(type) && depth < 3)
      for (const runtime of possibleRuntimeTypes(type)) parts.push(`... on ${runtime.name} { ${selectionOf(runtime, depth + 1)} }`);
    return parts.join(' ');
  };
  const query = schema.schemaDefinition.rootType('query')!;
  return query
    .fields()
    .filter((f) => !f.name.startsWith('_') && !f.arguments().some((a) => isNonNullType(a.type!)))
    .flatMap((field) => {
      let named = field.type!;
      while (isNonNullType(named) || isListType(named)) named = named.ofType;
      const selection = isCompositeType(named) ? `${field.name} { ${selectionOf(named, 0)} }` : field.name;
      return [
        {
          name: `generated ${field.name}`,
          source: `query Generated($on: Boolean!, $off: Boolean!) { ${selection} again: ${field.name} ${isCompositeType(named) ? '{ __typename }' : ''} }`,
        },
      ];
    });
}

function outcome(shape: typeof computeResponse, operation: Operation, variables: Record<string, unknown>, input: Record<string, unknown>) {
  try {
    const { data, errors } = shape({ operation, variables, input, introspectionHandling: () => 'introspected' });
    return { data: JSON.stringify(data), errors: errors.map((e) => ({ message: e.message, path: e.path, code: e.extensions.code })) };
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

const operations = [
  ...clientOperations()
    .filter((o) => o.source.trimStart().startsWith('query'))
    .map((o) => ({ ...o, schema: apiSchema })),
  ...generatedOperations(apiSchema).map((o) => ({ ...o, schema: apiSchema })),
  ...generatedOperations(otherShapes).map((o) => ({ ...o, name: `${o.name}, shapes the graph does not have`, schema: otherShapes })),
];

describe('result shaping', () => {
  test('covers every client query and a generated operation per root field', () => {
    expect(operations.filter((o) => o.name.startsWith('generated')).length).toBeGreaterThan(3);
    expect(operations.length).toBeGreaterThan(10);
  });

  test.each(operations.map((o) => [o.name, o.source, o.schema] as const))(
    '%s: the same answer as @apollo/gateway on generated data',
    (_name, source, schema) => {
      const operation = operationFromDocument(schema, parse(source), { validate: false });
      let threw = 0;
      for (let seed = 1; seed <= 60; seed++) {
        const random = randomSource(seed);
        const input = generatedAnswer(operation, { random, faults: true, listLength: () => random.int(4) });
        const variables = { on: random.chance(0.5), off: random.chance(0.5) };
        const ours = outcome(computeResponse, operation, variables, input);
        expect({ seed, ...ours }).toEqual({ seed, ...outcome(apolloComputeResponse, operation, variables, input) });
        if ('threw' in ours) threw++;
      }
      // Most cases are answers, not assertion failures, so the comparison is of answers.
      expect(threw).toBeLessThan(30);
    },
  );

  test('an answer without data is left as it is', () => {
    const operation = operationFromDocument(apiSchema, parse(operations[0]!.source), { validate: false });
    for (const input of [null, undefined])
      expect(computeResponse({ operation, input, introspectionHandling: () => null })).toEqual({ data: input, errors: [] });
  });

  test('@apollo/gateway shapes its answers with this module once the gateway is built', () => {
    expect(useFastResultShaping()).toBe(true);
    expect(apolloResultShaping.computeResponse).toBe(computeResponse);
  });
});
