import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { Kind, parse, print, visit, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { readGatewayConfig } from '../gateway/src/config.js';
import { SUBGRAPH_NAMES } from '../subgraphs/registry.js';
import { keepIncludes } from '../subgraphs/shared/schema/index.js';
import { API_SCHEMA_FILE, schemaFileOf } from '../supergraph/compose.js';
import { checkSubgraph, knownDocuments, type KnownDocument } from '../supergraph/schema-check.js';
import { runScript } from './support/scripts.js';

/**
 * `schema:check` on proposals made from each subgraph's own schema: adding an
 * optional field is safe, making a nullable argument required is breaking,
 * removing a field a client document uses is refused naming the document.
 */
const published = readFileSync(API_SCHEMA_FILE, 'utf8');
const sdlOf = (name: string) => readFileSync(schemaFileOf(name), 'utf8');
let documents: KnownDocument[];
const known = async () => (documents ??= await knownDocuments(readGatewayConfig({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'schema-check-')) })));

/** The subgraph's SDL with `edit` applied to its Query type's fields. */
function withQuery(sdl: string, edit: (fields: readonly FieldDefinitionNode[]) => FieldDefinitionNode[]): string {
  const edited = visit(parse(sdl), {
    ObjectTypeDefinition: (node: ObjectTypeDefinitionNode) => (node.name.value === 'Query' ? { ...node, fields: edit(node.fields ?? []) } : undefined),
  });
  return keepIncludes(sdl, print(edited));
}

const withQueryType = SUBGRAPH_NAMES.filter((name) =>
  parse(sdlOf(name)).definitions.some((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Query'),
);

/** Each subgraph's first nullable argument of a Query field: [subgraph, field, argument]. */
const nullableArguments = withQueryType.flatMap((name) => {
  const query = parse(sdlOf(name)).definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Query')!;
  for (const field of query.fields ?? []) {
    const argument = field.arguments?.find((a) => a.type.kind !== Kind.NON_NULL_TYPE);
    if (argument) return [[name, field.name.value, argument.name.value] as const];
  }
  return [];
});

describe('schema:check', () => {
  test('there are nullable arguments to make required', () => expect(nullableArguments.length).toBeGreaterThan(0));

  test.each(withQueryType)('%s: adding an optional field is safe and breaks no document', async (name) => {
    const proposed = withQuery(sdlOf(name), (fields) => [
      ...fields,
      {
        ...fields[0]!,
        name: { kind: Kind.NAME, value: `${name}SchemaCheckProbe` },
        arguments: [],
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } },
        directives: [],
        description: undefined,
      },
    ]);
    const check = await checkSubgraph(name, proposed, published, await known());
    expect([check.compositionErrors, check.breaking, check.brokenDocuments]).toEqual([[], [], []]);
    expect(check.safe.map((c) => c.message)).toEqual([`Field '${name}SchemaCheckProbe' was added to object type 'Query'`]);
  });

  test.each(nullableArguments)('%s: making Query.%s(%s:) required is breaking', async (name, field, argument) => {
    const proposed = withQuery(sdlOf(name), (fields) =>
      fields.map((f) =>
        f.name.value !== field
          ? f
          : {
              ...f,
              arguments: f.arguments!.map((a) =>
                a.name.value === argument ? { ...a, type: { kind: Kind.NON_NULL_TYPE, type: a.type } as never, defaultValue: undefined } : a,
              ),
            },
      ),
    );
    const check = await checkSubgraph(name, proposed, published, await known());
    expect(check.breaking.map((c) => c.message)).toEqual([
      expect.stringMatching(new RegExp(`^Type for argument '${argument}' on field 'Query.${field}' changed from '\\w+' to '\\w+!'$`)),
    ]);
  });

  test('removing a field the unified view selects is refused, naming the operation', async () => {
    const proposed = keepIncludes(
      sdlOf('veterans'),
      print(
        visit(parse(sdlOf('veterans')), {
          ObjectTypeDefinition: (node: ObjectTypeDefinitionNode) =>
            node.name.value === 'VeteranServiceSummary' ? { ...node, fields: node.fields!.filter((f) => f.name.value !== 'rankAtDischarge') } : undefined,
        }),
      ),
    );
    const check = await checkSubgraph('veterans', proposed, published, await known());
    expect(check.breaking.map((c) => c.message)).toEqual(["Field 'rankAtDischarge' was removed from object type 'VeteranServiceSummary'"]);
    expect(check.brokenDocuments.map((d) => [d.operation, d.from])).toContainEqual(['UnifiedParticipantView', 'clients/operations']);
  });

  test('the command refuses with a readable list and exit 1, accepts with --accept-breaking only what breaks no document, and reports composition errors without a stack trace', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'schema-check-'));
    const run = (...args: string[]) => runScript('scripts/schema.ts', ['check', ...args], { DATA_DIR: dir });
    const file = (name: string, sdl: string) => {
      writeFileSync(path.join(dir, name), sdl);
      return path.join(dir, name);
    };
    const requiredArg = withQuery(sdlOf('workplus'), (fields) =>
      fields.map((f) =>
        f.name.value === 'jobBoard'
          ? { ...f, arguments: f.arguments!.map((a) => (a.name.value === 'filter' ? { ...a, type: { kind: Kind.NON_NULL_TYPE, type: a.type } as never } : a)) }
          : f,
      ),
    );
    const refused = await run('workplus', '--schema', file('required.graphql', requiredArg));
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("✗ breaking   Type for argument 'filter' on field 'Query.jobBoard' changed from 'JobBoardFilter' to 'JobBoardFilter!'");
    expect(refused.output).toMatch(/✗ JobBoard \(clients\/operations\)/);
    expect((await run('workplus', '--schema', file('required.graphql', requiredArg), '--accept-breaking')).code).toBe(1); // a document breaks
    // Removing a field no known document uses is breaking, and may be accepted.
    const unused = file(
      'unused.graphql',
      withQuery(sdlOf('jobcenter'), (fields) => fields.filter((f) => f.name.value !== 'jobCenterEmployer')),
    );
    expect((await run('jobcenter', '--schema', unused)).code).toBe(1);
    expect(await run('JOBCENTER', '--schema', unused, '--accept-breaking')).toMatchObject({
      code: 0,
      output: expect.stringContaining('breaking changes accepted'),
    });
    const broken = await run('women', '--schema', file('broken.graphql', `${sdlOf('women')}\ntype Query { referrals: Int }\n`));
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('women does not compose with the other subgraphs:');
    expect(broken.output).not.toMatch(/\n\s+at /);
    expect((await run('nobody')).code).toBe(2);
  });
});
