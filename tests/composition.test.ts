import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { buildSchema, isObjectType, Kind, parse, type GraphQLEnumType, type GraphQLObjectType, type ObjectTypeDefinitionNode } from 'graphql';
import { API_SCHEMA_FILE, committedSupergraph, composedFiles, composeSupergraph } from '../supergraph/compose.js';
import { parse as parseYaml } from 'yaml';
import { POSTING_OWNERS, RECORD_HOLDERS, SUBGRAPH_NAMES, SUBGRAPHS } from '../subgraphs/registry.js';
import { includedFiles } from '../subgraphs/shared/schema/index.js';

/** The field each record-holding agency contributes to Participant, by subgraph: from the registry. */
const AGENCY_FIELDS: Record<string, string> = Object.fromEntries(RECORD_HOLDERS.map((s) => [s.name, s.participantField]));

/** Agencies that keep no personal records in the graph (the municipal job center owns postings and employers only). */
const NO_PARTICIPANT_FIELD = SUBGRAPH_NAMES.filter((name) => name !== 'workplus' && !(name in AGENCY_FIELDS));

/** The agencies that register job postings, with the noun in their mutations (registerWomenJobPosting, …). */
const POSTINGS: Record<string, string> = Object.fromEntries(POSTING_OWNERS.map((s) => [s.name, s.postings]));

const definitionOf = (name: string, kind: Kind, type: string) =>
  parse(readFileSync(`subgraphs/${name}/schema.graphql`, 'utf8')).definitions.find((d) => d.kind === kind && 'name' in d && d.name?.value === type);

describe('the federated graph', () => {
  test('every registered subgraph composes into one supergraph', () => {
    expect(() => composeSupergraph()).not.toThrow();
  });

  test('the committed supergraph and client schema are what the subgraphs compose to today', () => {
    expect(committedSupergraph()).toBe(composeSupergraph());
    for (const { file, content } of composedFiles()) expect([file.pathname, readFileSync(file, 'utf8') === content]).toEqual([file.pathname, true]);
  });

  test('the client schema (api.graphql) has no federation machinery and no field the gateway keeps to itself', () => {
    const api = readFileSync(API_SCHEMA_FILE, 'utf8');
    expect(api).not.toMatch(/@(join__|link|key|requires|external|shareable|inaccessible)|_entities|_service/);
    // The agencies' own logs and timelines are @inaccessible: Work-Plus merges them for dataAccessLog and timeline.
    expect(api).not.toMatch(/\b(?!dataAccessLog)\w+AccessLog\b|^\s+\w+Timeline: \[TimelineEvent/m);
    const schema = buildSchema(api);
    expect(Object.keys((schema.getType('Participant') as GraphQLObjectType).getFields())).toEqual(
      expect.arrayContaining(['name', 'employment', 'welfare', 'timeline']),
    );
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
      const contributed = (type as ObjectTypeDefinitionNode)
        .fields! // What clients see: @external fields belong to another subgraph, @inaccessible ones feed dataAccessLog.
        .filter((f) => !f.directives?.some((d) => ['external', 'inaccessible'].includes(d.name.value)))
        .map((f) => f.name.value);
      // Besides its record, employment answers Participant.nespEligibility (issue 4).
      const expected = name === 'employment' ? ['id', field, 'nespEligibility'] : ['id', field];
      expect([name, contributed]).toEqual([name, expected]);
    }
  });

  test('every subgraph but Work-Plus either adds its Participant field or, like the job center, declares no Participant at all', () => {
    for (const name of SUBGRAPH_NAMES.filter((n) => n !== 'workplus')) {
      expect([name, name in AGENCY_FIELDS || NO_PARTICIPANT_FIELD.includes(name)]).toEqual([name, true]);
    }
    for (const name of NO_PARTICIPANT_FIELD) {
      expect([name, definitionOf(name, Kind.OBJECT_TYPE_DEFINITION, 'Participant')]).toEqual([name, undefined]);
    }
  });

  test('every posting owner registers and closes its postings in its own subgraph; Work-Plus serves the board', () => {
    const supergraph = parse(composeSupergraph());
    const fields = new Map<string, string>();
    for (const d of supergraph.definitions) {
      if (d.kind !== Kind.OBJECT_TYPE_DEFINITION || !['Mutation', 'Query', 'Participant'].includes(d.name.value)) continue;
      for (const f of d.fields ?? []) {
        const graph = f.directives?.find((x) => x.name.value === 'join__field')?.arguments?.find((a) => a.name.value === 'graph')?.value;
        fields.set(`${d.name.value}.${f.name.value}`, graph?.kind === Kind.ENUM ? graph.value.toLowerCase() : '');
      }
    }
    for (const [name, prefix] of Object.entries(POSTINGS)) {
      expect(fields.get(`Mutation.register${prefix}JobPosting`)).toBe(name);
      expect(fields.get(`Mutation.close${prefix}JobPosting`)).toBe(name);
    }
    expect(fields.get('Query.jobBoard')).toBe('workplus');
    expect(fields.get('Participant.recommendedJobs')).toBe('workplus');
  });

  test('shared types are declared once, in subgraphs/shared/schema: a subgraph redeclares none it includes, and the Agency enum is every registered agency', () => {
    // Types a file defines; an extension (Work-Plus's generated record merges extend its Participant) defines none.
    const typesIn = (file: string) =>
      parse(readFileSync(file, 'utf8')).definitions.flatMap((d) => ('name' in d && d.name && !d.kind.endsWith('Extension') ? [d.name.value] : []));
    const shared = readdirSync('subgraphs/shared/schema').filter((f) => f.endsWith('.graphql'));
    expect(shared.flatMap((f) => typesIn(`subgraphs/shared/schema/${f}`))).toEqual(
      expect.arrayContaining(['Agency', 'Date', 'DisclosureConsent', 'JobPosting']),
    );
    for (const name of SUBGRAPH_NAMES) {
      const file = `subgraphs/${name}/schema.graphql`;
      const included = includedFiles(readFileSync(file, 'utf8')).flatMap(typesIn);
      expect([name, typesIn(file).filter((type) => included.includes(type))]).toEqual([name, []]);
      expect([name, included]).toEqual([name, expect.arrayContaining(['Agency', 'Date'])]);
    }
    const agency = buildSchema(readFileSync('subgraphs/shared/schema/agency.graphql', 'utf8') + '\ntype Query { a: Agency }').getType('Agency');
    expect((agency as GraphQLEnumType).getValues().map((v) => v.name)).toEqual(SUBGRAPHS.map((s) => s.agency));
  });

  test('every posting owner includes the posting types, every record holder the participant-record types, and codegen reads what the server reads', () => {
    const codegen = parseYaml(readFileSync('codegen.yml', 'utf8')) as { generates: Record<string, { schema: string | string[] }> };
    for (const name of SUBGRAPH_NAMES) {
      const sdl = readFileSync(`subgraphs/${name}/schema.graphql`, 'utf8');
      const included = includedFiles(sdl);
      if (name in POSTINGS) expect([name, included]).toEqual([name, expect.arrayContaining(['subgraphs/shared/schema/job-postings.graphql'])]);
      if (name in AGENCY_FIELDS) expect([name, included]).toEqual([name, expect.arrayContaining(['subgraphs/shared/schema/participant-records.graphql'])]);
      expect([name, codegen.generates[`subgraphs/${name}/__generated__/resolvers-types.ts`]?.schema]).toEqual([
        name,
        [`subgraphs/${name}/schema.graphql`, ...included],
      ]);
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
