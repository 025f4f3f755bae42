import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { composeSupergraph } from '../../supergraph/compose.js';
import { RECORD_HOLDERS } from '../../subgraphs/registry.js';

/** The query `npm start` prints and the README shows; the tests run the very same text. */
export const EXAMPLE_QUERY = readFileSync(new URL('../../clients/operations/unified-participant-view.graphql', import.meta.url), 'utf8');

/**
 * A selection of every field under `type`, generated from the composed graph
 * so it stays complete as agencies evolve. A type already on the path (a
 * household member's Participant, a staff member's Center) gets only its key.
 */
export function everyField(type: GraphQLObjectType, path: string[] = []): string {
  const fields = Object.values(type.getFields())
    .filter((field) => field.args.every((arg) => arg.defaultValue !== undefined || !arg.type.toString().endsWith('!')))
    .filter((field) => !field.astNode?.directives?.some((d) => d.name.value === 'inaccessible'))
    .map((field) => {
      const named = getNamedType(field.type);
      if (!isObjectType(named)) return field.name;
      if (path.includes(named.name)) return `${field.name} { ${'id' in named.getFields() ? 'id' : '__typename'} }`;
      return `${field.name} { ${everyField(named, [...path, type.name])} }`;
    });
  return fields.join(' ');
}

const participantType = buildSchema(composeSupergraph()).getType('Participant') as GraphQLObjectType;

/** Every field of every agency on Participant, but the data tracker, which is for the person and auditors. */
export const EVERY_PARTICIPANT_FIELD = `fragment EveryField on Participant { ${everyField(participantType, ['Participant']).replace(/dataAccessLog \{[^}]*\} /, '')} }`;

export const PARTICIPANTS_PAGE = `
  query Page($first: Int!, $after: String, $filter: ParticipantFilter) {
    participants(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...EveryField } }
    }
  }
  ${EVERY_PARTICIPANT_FIELD}
`;

export const AGENCY_FIELDS = RECORD_HOLDERS.map((s) => s.participantField);

/** Each agency that keeps personal records: its field on Participant (also its key in the demo world's `knownTo`), its code in tokens and its subgraph. */
export const AGENCIES = RECORD_HOLDERS.map((s) => ({ field: s.participantField, agency: s.agency, subgraph: s.name, known: s.participantField }));
