/**
 * A subgraph's errors, as the data source hands them to @apollo/gateway, which
 * turns each into a GraphQLError (`response.errors.map(downstreamServiceError)`).
 * Each would capture a stack trace of the gateway's own, which says nothing of
 * an error another process made. Mapping this list captures none. Only that
 * one synchronous call runs without stacks. (Expected refusals, the bulk of a
 * caseload's errors, do not take this path at all: expected-refusals.ts.)
 */
class StacklessErrors<T> extends Array<T> {
  static override get [Symbol.species]() {
    return Array;
  }

  override map<U>(make: (value: T, index: number, array: T[]) => U): U[] {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return super.map(make);
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}

export function stackless<T>(errors: readonly T[]): T[] {
  const list = new StacklessErrors<T>();
  list.push(...errors);
  return list;
}
