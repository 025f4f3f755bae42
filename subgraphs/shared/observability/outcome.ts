/** How a request ended, for metrics and the request log line. */
export type Outcome = 'ok' | 'partial' | 'refused' | 'error';

/** What an answer says about itself: its HTTP status, whether it carries data, and its errors' codes. */
export interface Answer {
  status: number;
  hasData: boolean;
  codes: readonly string[];
}

/** Codes that mean something failed on our side (not a refusal the caller can act on). */
const FAULT_CODES = new Set(['INTERNAL_SERVER_ERROR', 'BAD_GATEWAY', 'SUBGRAPH_ERROR']);

/** A fault: INTERNAL_SERVER_ERROR and the like, or any `*_UNAVAILABLE` (SUBGRAPH_UNAVAILABLE, AUDIT_UNAVAILABLE, …). */
export function isFault(code: string): boolean {
  return FAULT_CODES.has(code) || code.endsWith('_UNAVAILABLE');
}

/**
 * - `error`: HTTP 5xx, or a fault and no data;
 * - `partial`: data, and a fault beside it (an agency down, a field that failed);
 * - `refused`: no data, for the caller's reasons only (HTTP 4xx, UNAUTHENTICATED, BAD_USER_INPUT, FORBIDDEN, …);
 * - `ok`: data and no fault. Field-level refusals such as WITHHELD are part of a normal answer.
 */
export function outcomeOf({ status, hasData, codes }: Answer): Outcome {
  if (status >= 500) return 'error';
  if (codes.some(isFault)) return hasData ? 'partial' : 'error';
  if (status >= 400 || (codes.length > 0 && !hasData)) return 'refused';
  return 'ok';
}

/**
 * Label values from a set that callers influence (operation names), bounded:
 * the first `max` distinct values are kept, later ones count as `other`.
 */
export class BoundedLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(value);
    return value;
  }
}
