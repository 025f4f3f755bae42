import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { buildSchema, isObjectType, Kind, parse, type GraphQLObjectType, type ObjectTypeDefinitionNode } from 'graphql';
import { API_SCHEMA_FILE, committedSupergraph, composedFiles, composeSupergraph } from '../supergraph/compose.js';
import { POSTING_OWNERS, RECORD_HOLDERS, SUBGRAPH_NAMES } from '../subgraphs/registry.js';

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

  test('the Agency enum and the shared posting types are identical in every schema that declares them', () => {
    const printed = (name: string, kind: Kind, type: string) => {
      const node = definitionOf(name, kind, type);
      return node && JSON.stringify(node, (key, value) => (key === 'loc' || key === 'description' ? undefined : value));
    };
    expect(printed('workplus', Kind.ENUM_TYPE_DEFINITION, 'Agency')).toContain('JOBCENTER');
    const shared = [
      [Kind.ENUM_TYPE_DEFINITION, 'Agency'],
      [Kind.OBJECT_TYPE_DEFINITION, 'JobPosting'],
      [Kind.ENUM_TYPE_DEFINITION, 'JobPostingStatus'],
      [Kind.INPUT_OBJECT_TYPE_DEFINITION, 'JobPostingInput'],
      [Kind.ENUM_TYPE_DEFINITION, 'EmploymentType'],
      [Kind.OBJECT_TYPE_DEFINITION, 'Occupation'],
    ] as const;
    for (const [kind, type] of shared) {
      const reference = printed('jobcenter', kind, type);
      for (const name of SUBGRAPH_NAMES) {
        const own = printed(name, kind, type);
        if (own || name in POSTINGS) expect([name, type, own]).toEqual([name, type, reference]);
      }
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
