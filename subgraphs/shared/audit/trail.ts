import type { FastifyInstance } from 'fastify';
import type { SubgraphConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { AccessLogWriter, chainHead } from './access-log.js';
import { auditSigningKey, AuditPublicKeys } from './checkpoint.js';
import { CheckpointPublisher, type Delivery } from './publisher.js';
import { checkpointRoute } from './witness.js';
import { agencyOf, listeningHere } from './witnesses.js';

export interface AuditTrail {
  /** Appends requests' reads to this subgraph's chain. */
  log: AccessLogWriter;
  /** Signs the chain's head now (if it grew) and delivers it to the witnesses. */
  checkpointNow(): Promise<Delivery[]>;
}

/**
 * A subgraph's part in the center's audit trail: its hash-chained access log,
 * signed checkpoints of it sent to its witnesses, and `POST /audit/checkpoints`
 * for the checkpoints of the agencies it witnesses. Call before `listen`. Keeping
 * other agencies' checkpoints is not the cost of this subgraph's requests, so
 * it runs outside the statement count (`uncounted`).
 */
export async function startAuditTrail(
  app: FastifyInstance,
  { db, uncounted }: Pick<Database<any>, 'db' | 'uncounted'>,
  config: SubgraphConfig,
): Promise<AuditTrail> {
  const { name, production, devKeysDir } = config;
  const key = await auditSigningKey(name, { file: config.auditSigningKeyFile, devKeysDir, production });
  checkpointRoute(app, uncounted, name, AuditPublicKeys.fromConfig({ dir: config.auditPublicKeysDir, devKeysDir, production }));
  const publisher = new CheckpointPublisher(
    {
      name,
      agency: agencyOf(name),
      key,
      intervalMs: config.auditCheckpointIntervalMs,
      records: config.auditCheckpointRecords,
      peerUrls: config.peerUrls,
      log: app.log,
    },
    await chainHead(uncounted),
  );
  let forget = () => {};
  app.addHook('onListen', async () => {
    const address = app.server.address();
    const host = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host;
    if (address && typeof address === 'object') forget = listeningHere(name, `http://${host}:${address.port}/graphql`);
  });
  app.addHook('preClose', async () => {
    forget();
    publisher.stop();
  });
  return { log: new AccessLogWriter(db, (head) => publisher.noteCommit(head)), checkpointNow: () => publisher.checkpointNow() };
}
