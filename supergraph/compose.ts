import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { SUBGRAPHS } from '../subgraphs/registry.js';
import { withIncludes } from '../subgraphs/shared/schema/index.js';

export const SUPERGRAPH_FILE = new URL('./supergraph.graphql', import.meta.url);
/** The schema clients see: no federation directives, no @inaccessible fields. */
export const API_SCHEMA_FILE = new URL('./api.graphql', import.meta.url);

/** Where a subgraph's schema is kept in the repository. */
export const schemaFileOf = (name: string) => new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url);

/**
 * The SDL of every registered subgraph, read from its `schema.graphql` (never
 * by introspection), with `proposed` in place of the ones it names.
 */
export function subgraphSdls(proposed: Record<string, string> = {}) {
  return SUBGRAPHS.map(({ name, port }) => ({
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    typeDefs: parse(withIncludes(proposed[name] ?? readFileSync(schemaFileOf(name), 'utf8'))),
  }));
}

export type Composition = { supergraphSdl: string; apiSchema: string; errors?: undefined } | { errors: string[] };

/** Composes the subgraphs (with `proposed` SDL in place of some): the supergraph and the API schema, or every error. */
export function composeWith(proposed: Record<string, string> = {}): Composition {
  let result: ReturnType<typeof composeServices>;
  try {
    result = composeServices(subgraphSdls(proposed));
  } catch (error) {
    // An SDL that does not parse: the message, and where.
    const at = (error as { locations?: { line: number; column: number }[] }).locations?.[0];
    return { errors: [`${(error as Error).message}${at ? ` (line ${at.line}, column ${at.column})` : ''}`] };
  }
  if (result.errors) return { errors: result.errors.map((e) => e.message) };
  return { supergraphSdl: result.supergraphSdl, apiSchema: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n` };
}

/** Composes every subgraph, or throws with every composition error listed. */
function compose() {
  const result = composeWith();
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  return result;
}

/** The supergraph the gateway serves. */
export function composeSupergraph(): string {
  return compose().supergraphSdl;
}

/** Every file composition writes, with what it must hold: the supergraph, and the API schema clients code against. */
export function composedFiles(): { file: URL; content: string }[] {
  const result = compose();
  return [
    { file: SUPERGRAPH_FILE, content: result.supergraphSdl },
    { file: API_SCHEMA_FILE, content: result.apiSchema },
  ];
}

export function committedSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}
