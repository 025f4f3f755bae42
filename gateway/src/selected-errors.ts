import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** The response keys an operation selects, as a tree (fragments merged in, list indices implied). */
type Selected = Map<string, Selected>;

function selectionTree(document: DocumentNode, operation: OperationDefinitionNode): Selected {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])));
  const add = (into: Selected, set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const child = into.get(key) ?? new Map();
        into.set(key, child);
        add(child, selection.selectionSet, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(into, selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        add(into, fragments.get(selection.name.value), new Set([...seen, selection.name.value]));
      }
    }
  };
  const root: Selected = new Map();
  add(root, operation.selectionSet, new Set());
  return root;
}

function selects(tree: Selected, path: readonly (string | number)[]): boolean {
  let node: Selected | undefined = tree;
  for (const step of path) {
    if (typeof step === 'number') continue;
    node = node.get(step);
    if (!node) return false;
  }
  return true;
}

const trees = new WeakMap<OperationDefinitionNode, Selected>();

/**
 * A client sees errors only for what it asked for. A field's @requires can
 * fetch other agencies' fields that the client never selected (the wishes
 * behind recommendedJobs); their refusals stay with the gateway, and the
 * field that needed them answers with what was disclosed. Apollo Client's
 * default errorPolicy would otherwise throw the whole answer away.
 */
export const errorsForSelectedFieldsOnly: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, document, operation }) {
        if (response.body.kind !== 'single' || !document || !operation) return;
        const result = response.body.singleResult;
        if (!result.errors?.length || result.data === undefined || result.data === null) return;
        let tree = trees.get(operation);
        if (!tree) trees.set(operation, (tree = selectionTree(document, operation)));
        const kept = result.errors.filter((error) => !error.path || selects(tree!, error.path));
        result.errors = kept.length ? kept : undefined;
      },
    };
  },
};
