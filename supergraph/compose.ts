import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS } from '../subgraphs/registry.js';

export const SUPERGRAPH_FILE = new URL('./supergraph.graphql', import.meta.url);

/** The SDL of every registered subgraph, read from its `schema.graphql`, never by introspection. */
export function subgraphSdls() {
  return SUBGRAPHS.map(({ name, port }) => ({
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    typeDefs: parse(readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8')),
  }));
}

/** Composes the supergraph, or throws with every composition error listed. */
export function composeSupergraph(): string {
  const result = composeServices(subgraphSdls());
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

export function committedSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}
