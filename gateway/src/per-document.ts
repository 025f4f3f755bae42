import type { DocumentNode, GraphQLSchema } from 'graphql';

/**
 * `find` worked out once per parsed document and schema, not on every request. Apollo Server hands the same parsed
 * document to every request that sends the same text, so a walk over it (with type information, over a caseload's
 * whole selection) is work a request need not repeat; a new schema (a subgraph changed) walks again.
 */
export function oncePerDocument<T>(find: (schema: GraphQLSchema, document: DocumentNode) => T): (schema: GraphQLSchema, document: DocumentNode) => T {
  const seen = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, T>>();
  return (schema, document) => {
    let bySchema = seen.get(schema);
    if (!bySchema) seen.set(schema, (bySchema = new WeakMap()));
    if (!bySchema.has(document)) bySchema.set(document, find(schema, document));
    return bySchema.get(document)!;
  };
}
