import { readFileSync } from 'node:fs';
import { API_SCHEMA_FILE } from '../compose.js';
import { checkSubgraph, refusals, type KnownDocument, type SchemaCheck } from '../schema-check.js';
import type { Announcer } from './announce.js';
import type { Composition, SchemaRegistry } from './store.js';

/**
 * Checks a proposed subgraph SDL against what is published: the registry's
 * newest composition and the subgraph versions in it, or, with no registry
 * (or an empty one), the schemas and API schema committed in the repository.
 */
export async function checkAgainstPublished(subgraph: string, sdl: string, documents: KnownDocument[], registry?: SchemaRegistry) {
  const latest = await registry?.latest();
  const current = (await registry?.currentSdls()) ?? {};
  const check = await checkSubgraph(subgraph, sdl, latest?.apiSchema ?? readFileSync(API_SCHEMA_FILE, 'utf8'), documents, current);
  return { check, basedOn: latest?.id };
}

export type PublishResult = { check: SchemaCheck; refused: string[]; composition?: Composition };

/** `schema:publish`: the check, then the new version and composition stored and announced to every gateway. */
export async function publishSubgraph(
  registry: SchemaRegistry,
  announcer: Announcer,
  subgraph: string,
  sdl: string,
  documents: KnownDocument[],
  acceptBreaking = false,
): Promise<PublishResult> {
  const { check, basedOn } = await checkAgainstPublished(subgraph, sdl, documents, registry);
  const refused = refusals(check, acceptBreaking);
  if (refused.length) return { check, refused };
  const composition = await registry.record(subgraph, sdl, check.composed!, basedOn);
  if (composition === 'CONFLICT') return { check, refused: ['another publish landed while this one was checked: run it again'] };
  await announcer.announce(composition.id);
  return { check, refused, composition };
}
