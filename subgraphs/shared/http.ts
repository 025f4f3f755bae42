import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { requestIdOf } from './observability/requests.js';

/**
 * The HTTP server under the gateway and every subgraph: JSON logs (to stdout,
 * or `destination`), no per-request lines of fastify's own (observability/
 * writes one per GraphQL request), each request's ID from `x-request-id` when
 * well-formed, logged as `requestId`.
 */
export function createHttpApp(logLevel: string, bodyLimit = 1024 * 1024, destination?: DestinationStream): FastifyInstance {
  return Fastify({
    bodyLimit,
    logger: destination ? { level: logLevel, stream: destination } : { level: logLevel },
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: requestIdOf,
  });
}
