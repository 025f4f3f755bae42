import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { SUBGRAPHS } from '../subgraphs/registry.js';

export const SUPERGRAPH_FILE = new URL('./supergraph.graphql', import.meta.url);
/** The schema clients see: no federation directives, no @inaccessible fields. */
export const API_SCHEMA_FILE = new URL('./api.graphql', import.meta.url);

/** The SDL of every registered subgraph, read from its `schema.graphql`, never by introspection. */
export function subgraphSdls() {
  return SUBGRAPHS.map(({ name, port }) => ({
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    typeDefs: parse(readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8')),
  }));
}

/** Composes every subgraph, or throws with every composition error listed. */
function compose() {
  const result = composeServices(subgraphSdls());
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
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
    { file: API_SCHEMA_FILE, content: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n` },
  ];
}

export function committedSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}
