import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { oncePerDocument } from './per-document.js';

/** The longest text each kind of value may be: an ID is a key, any other text a note at most. */
export const MAX_LENGTH: Record<string, number> = { ID: 128, String: 4000 };
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text value is not valid text for `kind`, or null. Custom scalars (Date, Krw, …) check their own form. */
export function textProblem(value: string, kind: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(value)) return 'contains a lone UTF-16 surrogate, which is not Unicode text';
  const max = MAX_LENGTH[kind] ?? MAX_LENGTH.String!;
  if (value.length > max) return `is ${value.length} characters long; at most ${max} are taken`;
  return null;
}

/** Every string in a variable's value, by where it sits (`$input.person.name`), checked against its declared type. */
function variableProblems(value: unknown, type: GraphQLInputType, at: string, problems: string[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return variableProblems(value, type.ofType, at, problems);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => variableProblems(item, type.ofType, `${at}[${i}]`, problems));
    else variableProblems(value, type.ofType, at, problems);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value)) if (fields[name]) variableProblems(item, fields[name]!.type, `${at}.${name}`, problems);
    return;
  }
  if (isScalarType(type) && typeof value === 'string') {
    const problem = textProblem(value, type.name);
    if (problem) problems.push(`${at} ${problem}`);
  }
}

type Document = Parameters<typeof visit>[0];

/** What `literalProblems` finds in a document, found once per document and schema. */
const literalProblemsOnce = oncePerDocument((schema, document): readonly string[] => {
  const found: string[] = [];
  literalProblems(schema, document, found);
  return found;
});

/** Every string literal in the document, named by its argument and input field path. */
function literalProblems(schema: GraphQLSchema, document: Document, problems: string[]): void {
  const typeInfo = new TypeInfo(schema);
  const fields: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      ObjectField: { enter: (node) => void fields.push(node.name.value), leave: () => void fields.pop() },
      StringValue(node) {
        const type = typeInfo.getInputType();
        const named = type && getNamedType(type);
        const argument = typeInfo.getArgument()?.name;
        if (!named || !isScalarType(named) || !argument) return;
        const problem = textProblem(node.value, named.name);
        if (problem) problems.push(`argument ${[argument, ...fields].join('.')} ${problem}`);
      },
    }),
  );
}

/**
 * String and ID values reach the subgraphs only as valid text, whether they
 * come as literals or as variables: no NUL, no lone surrogate, no text longer
 * than its kind allows. A refusal is BAD_USER_INPUT naming every offending
 * argument, before anything is planned, so nothing is written.
 */
export const validTextOnly: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, schema, request, operation }) {
        const problems = [...literalProblemsOnce(schema, document)];
        for (const definition of operation?.variableDefinitions ?? []) {
          const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
          const name = definition.variable.name.value;
          if (type) variableProblems(request.variables?.[name], type, `$${name}`, problems);
        }
        if (problems.length) {
          throw new GraphQLError(`Refused, nothing was done: ${problems.join('; ')}`, {
            extensions: { code: 'BAD_USER_INPUT', problems, http: { status: 400 } },
          });
        }
      },
    };
  },
};
