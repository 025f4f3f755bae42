import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import pg from 'pg';
import { MAX_LENGTH } from '../gateway/src/input-guard.js';
import { agencyNamed } from '../trust/identity.js';
import { apiSchema, ownerOf } from './support/disclosure-oracle.js';
import { System } from './support/system.js';

/**
 * The generated bad-input suite (issue 9): every root field of every
 * subgraph, with a hostile value in each argument position (nested input
 * fields included) and plausible values everywhere else, sent through the
 * gateway by a caller entitled to call it. Each must be refused with a
 * coded error below HTTP 500, and nothing may change in any table of any
 * subgraph's database. A new root field or argument is covered as it lands.
 */
describe.each(['postgres', 'pglite'] as const)('on %s', (storage) => {
  let system: System;
  beforeAll(async () => {
    system = await System.start({ storage, seedSize: 40 });
  });
  afterAll(() => system?.stop());

  const accessible = <T extends { astNode?: { directives?: readonly { name: { value: string } }[] } | null }>(x: T) =>
    !x.astNode?.directives?.some((d) => d.name.value === 'inaccessible');

  const PLAUSIBLE: Record<string, unknown> = {
    ID: 'ptc_0000000000',
    String: '정상 입력',
    Int: 1,
    Float: 1,
    Boolean: true,
    Date: '2027-01-15',
    DateTime: '2027-01-15T10:00:00+09:00',
    Krw: 1_000_000,
  };

  /** A value of `type` that passes its type's own checks: required input fields only. */
  function plausible(type: GraphQLInputType): unknown {
    if (isNonNullType(type)) return plausible(type.ofType);
    if (isListType(type)) return [plausible(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
          .map((f) => [f.name, plausible(f.type)]),
      );
    }
    return PLAUSIBLE[type.name] ?? 'x';
  }

  /** Values no field of that kind may take. */
  function hostile(kind: string, isEnum: boolean): unknown[] {
    if (isEnum) return ['NOT_A_VALUE', 7];
    const text = (max: number) => ['\u0000nul', 'lone \ud800 surrogate', 'x'.repeat(max + 1), 'x'.repeat(10_000)];
    switch (kind) {
      case 'ID':
        return text(MAX_LENGTH.ID!);
      case 'String':
        return text(MAX_LENGTH.String!);
      case 'Int':
        return [2 ** 31, 2 ** 53, 2 ** 60, 1.5, 'one'];
      case 'Krw':
        return [2 ** 53 + 2, 1.5, '1000'];
      case 'Date':
        return ['2026-02-30', '02/05/1996', '2026-12-10T10:00:00+09:00', '\u0000'];
      case 'DateTime':
        return ['2026-12-10 10:00', '2027-03-02T10:00:00', '2027-02-30T10:00+09:00', '9999-99-99T99:99Z'];
      case 'Boolean':
        return ['yes', 2];
      default:
        return ['\u0000'];
    }
  }

  interface Position {
    path: (string | number)[];
    type: GraphQLInputType;
  }

  /** Every place a value sits in an argument: the argument, each input field at any depth, each list item. */
  function positions(type: GraphQLInputType, path: (string | number)[], seen: Set<string> = new Set()): Position[] {
    const named = getNamedType(type);
    if (isListType(isNonNullType(type) ? type.ofType : type)) {
      const item = (isNonNullType(type) ? type.ofType : type) as { ofType: GraphQLInputType };
      return positions(item.ofType, [...path, 0], seen);
    }
    if (isInputObjectType(named)) {
      if (seen.has(named.name)) return [];
      return Object.values(named.getFields()).flatMap((f) => positions(f.type, [...path, f.name], new Set([...seen, named.name])));
    }
    return [{ path, type: named as GraphQLInputType }];
  }

  function withValue(base: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
    const copy = structuredClone(base);
    let node: any = copy;
    for (const step of path.slice(0, -1)) {
      if (node[step] === undefined || node[step] === null) node[step] = typeof step === 'number' ? [] : {};
      node = node[step];
    }
    node[path.at(-1)!] = value;
    return copy;
  }

  /** A JSON value as a GraphQL literal: enum-like strings in enum positions as names, everything else as written. */
  function literal(value: unknown, type: GraphQLInputType): string {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (value === null || value === undefined) return 'null';
    if (Array.isArray(value)) return `[${value.map((v) => literal(v, isListType(inner) ? inner.ofType : inner)).join(', ')}]`;
    if (typeof value === 'object') {
      const fields = isInputObjectType(inner) ? inner.getFields() : {};
      return `{ ${Object.entries(value)
        .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? inner)}`)
        .join(', ')} }`;
    }
    if (typeof value === 'string' && isEnumType(getNamedType(inner)) && /^[A-Za-z_]\w*$/.test(value)) return value;
    return JSON.stringify(value);
  }

  function literalOperation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, values: Record<string, unknown>): string {
    const args = field.args.filter(accessible).map((a) => `${a.name}: ${literal(values[a.name], a.type)}`);
    const named = getNamedType(field.type);
    return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${'getFields' in named ? ' { __typename }' : ''} }`;
  }

  function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
    const args = field.args.filter(accessible);
    const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const named = getNamedType(field.type);
    const selection = 'getFields' in named ? ' { __typename }' : '';
    return `${kind} Hostile${defs ? `(${defs})` : ''} { ${field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}${selection} }`;
  }

  /**
   * A checksum of every row of every table of every subgraph's database. PGlite
   * lives inside the subgraphs' process, so there the measure is stricter: the
   * SQL statements each subgraph ran, since a refusal must run none.
   */
  async function everyTable(): Promise<Record<string, string | number>> {
    if (storage === 'pglite') return Object.fromEntries(await Promise.all([...system.subgraphs.keys()].map(async (n) => [n, await system.statements(n)])));
    const sums: Record<string, string> = {};
    for (const url of system.databases) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows: tables } = await client.query<{ name: string }>(
          "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
        );
        for (const { name } of tables) {
          const { rows } = await client.query(
            `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from "${name}" t`,
          );
          sums[`${new URL(url).pathname.slice(1)}.${name}`] = `${rows[0].n}:${rows[0].sum}`;
        }
      } finally {
        await client.end();
      }
    }
    return sums;
  }

  test('every argument of every root field refuses hostile values with a coded error, and nothing is written', async () => {
    const before = await everyTable();
    const sent: Record<string, number> = {};
    const failures: string[] = [];
    const tokens = new Map<string, string>();
    const tokenFor = async (owner: string) => {
      // Work-Plus's operations are casework; an agency's own operations are its own counsellors'.
      const agency = owner === 'workplus' ? 'EMPLOYMENT' : agencyNamed(owner)!;
      if (!tokens.has(agency)) tokens.set(agency, await system.token({ agency, subject: `stf-seoul-west-${agency.toLowerCase().replace('_', '')}-1` }));
      return tokens.get(agency)!;
    };
    for (const kind of ['query', 'mutation'] as const) {
      const root = (kind === 'query' ? apiSchema.getQueryType() : apiSchema.getMutationType()) as GraphQLObjectType;
      for (const field of Object.values(root.getFields()).filter(accessible)) {
        if (field.name.startsWith('_')) continue;
        const args: GraphQLArgument[] = field.args.filter(accessible);
        const base = Object.fromEntries(args.map((a) => [a.name, plausible(a.type)]));
        const query = operationOf(kind, field);
        const token = await tokenFor(ownerOf(field));
        for (const arg of args) {
          for (const { path, type } of positions(arg.type, [arg.name])) {
            for (const value of hostile((type as { name: string }).name, isEnumType(type))) {
              const variables = withValue(base, path, value);
              // The same value as a variable and written into the document: both must be refused alike.
              for (const [form, sentAs] of [
                ['variable', () => system.query(query, variables, { token })],
                ['literal', () => system.query(literalOperation(kind, field, variables), {}, { token })],
              ] as const) {
                const { status, errors } = await sentAs();
                const owner = ownerOf(field);
                sent[owner] = (sent[owner] ?? 0) + 1;
                const at = `${field.name}(${path.join('.')} = ${JSON.stringify(value).slice(0, 24)}, as ${form})`;
                const codes = (errors ?? []).map((e) => e.extensions?.code);
                if (status >= 500 || !codes.length || codes.some((c) => !c || c === 'INTERNAL_SERVER_ERROR'))
                  failures.push(`${at}: HTTP ${status} ${JSON.stringify(codes)}`);
              }
            }
          }
        }
      }
    }
    const total = Object.values(sent).reduce((a, b) => a + b, 0);
    console.log(`hostile input on ${storage}: ${total} cases sent, by subgraph: ${JSON.stringify(sent)}`);
    expect(failures).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(1000);
    expect(await everyTable()).toEqual(before);
  });

  test('a document nested too deep, or a literal as hostile as a variable, is refused the same way', async () => {
    const deep = await system.query(`{ centers { ${'staff { center { '.repeat(12)} id ${'} } '.repeat(12)} } }`);
    expect(deep.status).toBeLessThan(500);
    expect(deep.errors?.[0]?.extensions?.code).toBeDefined();
    // Twice: what a document's literals hold is found once per document, and the same document is refused each time.
    for (const _ of [1, 2]) {
      const literal = await system.query('{ center(id: "ctr\\u0000west") { id } }');
      expect(literal.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', expect.stringMatching(/argument id contains a NUL/)]]);
    }
  });
});
