import { describe, expect, test } from '@jest/globals';
import { buildSchema, execute, GraphQLError, parse, type GraphQLResolveInfo } from 'graphql';
import { fail, refusalAt } from '../subgraphs/shared/errors.js';

/**
 * Refusals are made without graphql-js's GraphQLError constructor (errors.ts),
 * so what graphql-js and Apollo Server read of them is checked here against
 * the constructor's own errors, through graphql-js's execution.
 */
const schema = buildSchema('type Record { note: String, level: Int } type Query { records: [Record] }');
const document = parse('query {\n  records {\n    note\n    level\n  }\n}');

/** A list of two records whose `note` refuses (graphql-js's default resolver calls it with args, context and info). */
async function errorsWhen(refuse: (args: unknown, context: unknown, info: GraphQLResolveInfo) => never) {
  const rootValue = {
    records: [
      { note: refuse, level: 1 },
      { note: refuse, level: 2 },
    ],
  };
  const { data, errors } = await execute({ schema, document, rootValue });
  return { data, errors: errors ?? [] };
}

const extensions = { code: 'WITHHELD', owner: 'WOMEN' };
const constructed = (_: unknown, __: unknown, info: GraphQLResolveInfo): never => {
  throw new GraphQLError('withheld', { nodes: info.fieldNodes, path: ['records', info.path.prev!.key, 'note'], extensions });
};

describe('a refusal reads as graphql-js’s own GraphQLError', () => {
  test('placed at its field: the same answer, the same JSON, and graphql-js reports it as it is', async () => {
    expect(fail('withheld', 'WITHHELD')).toBeInstanceOf(GraphQLError);
    let thrown: unknown;
    const ours = await errorsWhen((_, __, info) => {
      throw (thrown = refusalAt(fail('withheld', 'WITHHELD', { owner: 'WOMEN' }), info));
    });
    const theirs = await errorsWhen(constructed);
    expect(ours.data).toEqual(theirs.data);
    expect(ours.errors.map((e) => e.toJSON())).toEqual(theirs.errors.map((e) => e.toJSON()));
    expect(ours.errors.map((e) => Object.keys(e))).toEqual(theirs.errors.map((e) => Object.keys(e)));
    expect(ours.errors.at(-1)).toBe(thrown);
    expect(ours.errors[0]!.locations).toEqual([{ line: 3, column: 5 }]);
    expect(String(ours.errors[0]!.stack)).toBe('GraphQLError: withheld');
  });

  test('thrown unplaced: graphql-js wraps it as it wraps its own, keeping code and extensions', async () => {
    const ours = await errorsWhen(() => {
      throw fail('withheld', 'WITHHELD', { owner: 'WOMEN' });
    });
    const theirs = await errorsWhen(() => {
      throw new GraphQLError('withheld', { extensions });
    });
    expect(ours.errors.map((e) => e.toJSON())).toEqual(theirs.errors.map((e) => e.toJSON()));
    expect(ours.errors[0]!.originalError).toBeInstanceOf(GraphQLError);
  });

  test('an error that is not a refusal passes refusalAt unchanged', () => {
    const fault = new Error('boom');
    const made = new GraphQLError('made elsewhere');
    expect(refusalAt(fault, undefined as never)).toBe(fault);
    expect(refusalAt(made, undefined as never)).toBe(made);
  });
});
