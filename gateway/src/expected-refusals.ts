import type { ApolloServerPlugin } from '@apollo/server';
import { generateHydratedPaths } from '@apollo/gateway/dist/executeQueryPlan.js';
import type { GraphQLFormattedError } from 'graphql';
import { POLICY_REFUSALS } from '../../subgraphs/shared/errors.js';

/**
 * Refusals a subgraph answers as a normal part of an answer: a field this
 * caller may not see (WITHHELD) or a person outside their jurisdiction. A
 * caseload's answers carry about 200, one per person for each agency that
 * withholds its record.
 *
 * @apollo/gateway would make a GraphQLError of each (10-13% of the gateway's
 * CPU under the caseload), and Apollo Server would format each again. So the
 * data source sets them aside, and they join the answer already formatted
 * (the gateway's CPU per caseload: 22 ms against 26 when they did not), placed
 * where @apollo/gateway places a subgraph's error: the fetch's path in the
 * answer, with an entity's index taken to the entity it was fetched for.
 * Every other error (a fault, an unavailable agency, bad input) goes the usual
 * way.
 */

type Path = readonly (string | number)[];

export interface SubgraphError {
  message?: string;
  path?: Path;
  extensions?: Record<string, unknown>;
}

/** One fetch's refusals, with where the fetch sat in the answer. */
interface Fetch {
  serviceName: string;
  /** The fetch's path in the answer; `@` stands for every item of a list. */
  at: Path;
  /** An `_entities` fetch: an error's `['_entities', i, …]` belongs to the i-th entity at `at`. */
  entities: boolean;
}

/**
 * What one request's fetches left for the answer. `roots` holds the data of
 * its root fetches: @apollo/gateway merges a root fetch's fields into the
 * answer by reference and every later fetch's fields into those objects, so
 * through them the answer can be read as @apollo/gateway holds it, before it
 * shapes it to the operation (which nulls an object with a missing non-null
 * field, and with it the entities under it).
 */
interface SetAside {
  roots: Record<string, unknown>[];
  refusals: (Fetch & { refusals: SubgraphError[] })[];
}

const SET_ASIDE = Symbol('refusals set aside');
type Holder = { [SET_ASIDE]?: SetAside };

/**
 * Takes one fetch's expected refusals out of its errors, onto the request's
 * context, and returns the rest for @apollo/gateway. A refusal is set aside
 * only where its place is certain: with a message, and a path into the data.
 */
export function setAsideRefusals<E extends SubgraphError>(context: object, fetch: Fetch, data: unknown, errors: readonly E[] | undefined): E[] | undefined {
  const held = ((context as Holder)[SET_ASIDE] ??= { roots: [], refusals: [] });
  if (!fetch.entities && fetch.at.length === 0 && data !== null && typeof data === 'object') held.roots.push(data as Record<string, unknown>);
  if (!errors) return undefined;
  const rest: E[] = [];
  const refusals: SubgraphError[] = [];
  for (const error of errors) (isPlaceable(error, fetch.entities) ? refusals : rest).push(error);
  if (refusals.length > 0) held.refusals.push({ ...fetch, refusals });
  return rest.length > 0 ? rest : undefined;
}

function isPlaceable({ message, path, extensions }: SubgraphError, entities: boolean): boolean {
  if (!POLICY_REFUSALS.has(extensions?.code) || typeof message !== 'string' || message === '' || !Array.isArray(path)) return false;
  return !entities || (path[0] === '_entities' && typeof path[1] === 'number');
}

/**
 * Adds the refusals set aside to the answer, formatted as Apollo Server
 * formats any error (`formatError` over the error's JSON, with the `serviceName`
 * @apollo/gateway adds, and in development a one-line stack), where
 * @apollo/gateway would have placed them. Runs before any plugin that reads
 * the answer's errors.
 */
export function refusalsJoinTheAnswer(
  formatError: (formatted: GraphQLFormattedError, error?: unknown) => GraphQLFormattedError,
  includeStacktrace: boolean,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const held = (contextValue as Holder)[SET_ASIDE];
          if (!held?.refusals.length || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const answer = merged(held.roots);
          const joined: GraphQLFormattedError[] = [];
          for (const fetch of held.refusals) {
            const entityPaths: (string | number)[][] = [];
            if (fetch.entities) generateHydratedPaths([], fetch.at as (string | number)[], answer, entityPaths);
            for (const refusal of fetch.refusals) {
              const { message, path, extensions } = refusal;
              const placed = fetch.entities ? [...(entityPaths[path![1] as number] ?? []), ...path!.slice(2)] : [...fetch.at, ...path!];
              const formatted = { message: message!, path: placed, extensions: { ...extensions, serviceName: fetch.serviceName } as Record<string, unknown> };
              if (includeStacktrace) formatted.extensions.stacktrace = `GraphQLError: ${message}`.split('\n');
              // What formatError reads of the error is what it would find under @apollo/gateway's: the subgraph's error.
              joined.push(formatError(formatted, refusal));
            }
          }
          result.errors = [...(result.errors ?? []), ...joined];
          // @apollo/gateway reports a subgraph's nulls in non-null fields only in an answer without errors.
          if (result.extensions?.valueCompletion) {
            const { valueCompletion: _, ...rest } = result.extensions;
            result.extensions = Object.keys(rest).length > 0 ? rest : undefined;
          }
        },
      };
    },
  };
}

/** The answer's top level as @apollo/gateway merges its root fetches: a field from the first that answered it. */
function merged(roots: readonly Record<string, unknown>[]): Record<string, unknown> {
  const answer: Record<string, unknown> = Object.create(null);
  for (const root of roots) for (const key of Object.keys(root)) if (!(key in answer) && root[key] !== undefined) answer[key] = root[key];
  return answer;
}
