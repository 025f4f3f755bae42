import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { SubgraphConfig } from '../config.js';
import { AccessLogWriter, chainHead } from './access-log.js';
import { auditSigningKey, AuditPublicKeys } from './checkpoint.js';
import { CheckpointPublisher, type Delivery } from './publisher.js';
import { auditWork, checkpointRoute } from './witness.js';
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
 * for the checkpoints of the agencies it witnesses. Call before `listen`.
 */
export async function startAuditTrail(app: FastifyInstance, db: Kysely<any>, config: SubgraphConfig): Promise<AuditTrail> {
  const { name, production, devKeysDir } = config;
  const key = await auditSigningKey(name, { file: config.auditSigningKeyFile, devKeysDir, production });
  checkpointRoute(app, db, name, AuditPublicKeys.fromConfig({ dir: config.auditPublicKeysDir, devKeysDir, production }));
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
    await auditWork.run(true, () => chainHead(db)),
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
