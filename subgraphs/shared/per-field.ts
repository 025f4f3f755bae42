import type { GraphQLResolveInfo } from 'graphql';

/**
 * `find` worked out once per field of an operation, not once per object resolved there: graphql-js hands every
 * entity of a list the same `fieldNodes`, and a caseload resolves each agency's field for 50 people.
 */
export function perField<T>(find: (info: GraphQLResolveInfo) => T): (info: GraphQLResolveInfo) => T {
  const byField = new WeakMap<GraphQLResolveInfo['fieldNodes'], T>();
  return (info) => {
    if (!byField.has(info.fieldNodes)) byField.set(info.fieldNodes, find(info));
    return byField.get(info.fieldNodes)!;
  };
}
