import Fastify, { LogController, type FastifyInstance } from 'fastify';

/** The HTTP server under the gateway and every subgraph: JSON logs, no per-request log lines. */
export function createHttpApp(logLevel: string, bodyLimit = 1024 * 1024): FastifyInstance {
  return Fastify({
    bodyLimit,
    logger: { level: logLevel },
    logController: new LogController({ disableRequestLogging: true }),
  });
}
