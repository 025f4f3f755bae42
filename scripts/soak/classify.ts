import { POLICY_REFUSALS } from '../../subgraphs/shared/errors.js';
import { HttpError } from '../bench/load.js';

/** What one request came to: answered, answered with only expected refusals (WITHHELD …), or failed. */
export type Result = 'ok' | 'refused' | 'failed';

export interface Classified {
  result: Result;
  /** Each error code the answer carried once: a GraphQL `extensions.code`, `HTTP <status>`, or `network: <cause>`. */
  codes: string[];
}

type Body = { data?: unknown; errors?: { extensions?: { code?: unknown; agency?: unknown } }[] };

/** Each code once; an agency that did not answer is named with it (`SUBGRAPH_UNAVAILABLE WOMEN`). */
const graphqlCodes = (body: Body) => [
  ...new Set((body.errors ?? []).map((e) => [e.extensions?.code ?? 'NO_CODE', e.extensions?.agency].filter((part) => part !== undefined).join(' '))),
];

/** A GraphQL answer (HTTP 200): failed if it has no data or an error other than an expected refusal. */
export function classifyAnswer(body: Body): Classified {
  const codes = graphqlCodes(body);
  if (body.data == null) return { result: 'failed', codes: codes.length ? codes : ['NO_DATA'] };
  if (codes.some((c) => !POLICY_REFUSALS.has(c))) return { result: 'failed', codes };
  return { result: codes.length ? 'refused' : 'ok', codes };
}

function parsed(text: string): Body | undefined {
  try {
    const body = JSON.parse(text) as Body;
    return Array.isArray(body?.errors) ? body : undefined;
  } catch {
    return undefined;
  }
}

/** A request that threw: an answer other than HTTP 200 (its GraphQL codes, if it had any, with the status) or a transport failure. */
export function classifyError(error: unknown): Classified {
  if (error instanceof HttpError) {
    const body = parsed(error.body);
    const codes = body ? graphqlCodes(body).map((c) => `${c} (HTTP ${error.status})`) : [`HTTP ${error.status}`];
    return { result: 'failed', codes };
  }
  const { code, message } = error as { code?: string; message?: string };
  return { result: 'failed', codes: [`network: ${code ?? message?.slice(0, 60) ?? String(error)}`] };
}
