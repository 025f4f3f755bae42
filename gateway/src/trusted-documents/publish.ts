import type { GatewayConfig } from '../config.js';
import { invalidDocuments, readManifest, type InvalidDocument } from './manifest.js';
import { openDocumentStore } from './store.js';

export type PublishResult = { published: true; documents: number; added: number; location: string } | { published: false; invalid: InvalidDocument[] };

/**
 * Publishes a persisted-documents manifest where the gateway reads trusted
 * documents, after checking every document against the API schema: one that
 * does not validate stops the publish, and nothing is written.
 */
export async function publishManifest(manifestFile: string | URL, apiSchema: string, config: GatewayConfig): Promise<PublishResult> {
  const documents = readManifest(manifestFile);
  const invalid = invalidDocuments(documents, apiSchema);
  if (invalid.length) return { published: false, invalid };
  const store = openDocumentStore({ redisUrl: config.redisUrl, redisKey: config.trustedDocumentsKey, dataDir: config.dataDir });
  try {
    return { published: true, documents: documents.size, added: await store.add(documents), location: store.location };
  } finally {
    await store.close();
  }
}

/** The published documents that would not validate against `apiSchema`: what a schema change would break. */
export async function brokenPublishedDocuments(apiSchema: string, config: GatewayConfig): Promise<{ location: string; invalid: InvalidDocument[] }> {
  const store = openDocumentStore({ redisUrl: config.redisUrl, redisKey: config.trustedDocumentsKey, dataDir: config.dataDir });
  try {
    return { location: store.location, invalid: invalidDocuments(await store.all(), apiSchema) };
  } finally {
    await store.close();
  }
}

export function describeInvalid(invalid: InvalidDocument[]): string {
  return invalid.map((d) => `  ${d.operation} (sha256:${d.hash.slice(0, 12)}…): ${d.problems.join('; ')}`).join('\n');
}
