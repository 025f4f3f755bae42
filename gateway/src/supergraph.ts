import { readFileSync } from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { FastifyBaseLogger } from 'fastify';
import { announcer } from '../../supergraph/registry/announce.js';
import { SchemaRegistry } from '../../supergraph/registry/store.js';
import type { GatewayConfig } from './config.js';

export interface SupergraphSource {
  /** What `@apollo/gateway` takes as `supergraphSdl`: the committed file's text, or a hook that follows the registry. */
  supergraphSdl: string | SupergraphSdlHook;
  close(): Promise<void>;
}

/**
 * Where the gateway's supergraph comes from. Without a registry, the
 * committed supergraph/supergraph.graphql, as ever. With one, its newest
 * composition at start (the committed file while it has none), then each
 * newer one as it is announced, or found by polling if an announcement was
 * missed. A composition the gateway cannot load is logged and skipped, and
 * the one being served stays.
 */
export function supergraphSource(config: GatewayConfig, log: FastifyBaseLogger): SupergraphSource {
  const committed = () => readFileSync(config.supergraphPath, 'utf8');
  const registryConfig = config.registry;
  if (!registryConfig) return { supergraphSdl: committed(), close: async () => {} };
  const closers: (() => Promise<void>)[] = [];
  const supergraphSdl: SupergraphSdlHook = async ({ update }) => {
    const registry = await SchemaRegistry.open(registryConfig.storage);
    closers.push(() => registry.close());
    const first = await registry.latest();
    let served = first?.id;
    let skipped: number | undefined;
    let refreshing = Promise.resolve();
    const refresh = () =>
      (refreshing = refreshing
        .then(async () => {
          const latest = await registry.latest();
          if (!latest || latest.id === served || latest.id === skipped) return;
          try {
            update(latest.supergraphSdl);
            served = latest.id;
            log.info({ composition: latest.id, reason: latest.reason }, 'serving a new supergraph from the registry');
          } catch (error) {
            skipped = latest.id;
            log.error({ composition: latest.id, err: error }, 'the registry announced a supergraph the gateway cannot serve; keeping the current one');
          }
        })
        .catch((error: unknown) => log.warn({ err: error }, 'could not read the schema registry; keeping the current supergraph')));
    const announcements = announcer(config.redisUrl);
    closers.push(await announcements.subscribe(() => void refresh()), () => announcements.close());
    const poll = setInterval(() => void refresh(), registryConfig.pollMs);
    poll.unref();
    closers.push(async () => clearInterval(poll));
    log.info({ composition: served ?? 'committed file' }, 'supergraph loaded');
    return { supergraphSdl: first?.supergraphSdl ?? committed() };
  };
  return {
    supergraphSdl,
    close: async () => {
      for (const close of closers.reverse()) await close();
    },
  };
}
