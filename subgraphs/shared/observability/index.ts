/** Traces, request metrics and the request log line, shared by the gateway and every subgraph. */
export { inSpan, startTracing, traceStatement, type Tracing } from './tracing.js';
export { observedRequest, observeRequests, propagateRequest, requestIdOf, REQUEST_ID_HEADER } from './requests.js';
export { outcomeOf, type Outcome } from './outcome.js';
