import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Counter } from 'prom-client';
import { closeRedis, connectRedis } from '../../../subgraphs/shared/redis.js';
import { documentHash, hashOfDocumentId } from './manifest.js';
import type { DocumentStore } from './store.js';

export const TRUSTED_DOCUMENT_MODES = ['off', 'allow', 'require'] as const;
export type TrustedDocumentMode = (typeof TRUSTED_DOCUMENT_MODES)[number];

/**
 * The published documents as the gateway sees them: everything published
 * when it started, and on a miss the store itself, so a document published
 * since (by any replica's operator) is trusted at once.
 */
export class TrustedDocuments {
  private constructor(
    private readonly store: DocumentStore,
    private readonly known: Map<string, string>,
  ) {}

  /**
   * A store that cannot be read at start (Redis down) is no reason not to
   * start: the gateway starts knowing none, says so once, and asks the store
   * on each miss, so documents are trusted again as soon as it answers.
   */
  static async load(store: DocumentStore, log: { warn(fields: object, message: string): void }): Promise<TrustedDocuments> {
    try {
      return new TrustedDocuments(store, await store.all());
    } catch (error) {
      log.warn(
        { store: store.location, err: (error as Error).message },
        'cannot read the published trusted documents at start; each one is looked up when it is first sent',
      );
      return new TrustedDocuments(store, new Map());
    }
  }

  async document(hash: string): Promise<string | undefined> {
    const known = this.known.get(hash);
    if (known !== undefined) return known;
    const published = await this.store.get(hash);
    if (published !== undefined) this.known.set(hash, published);
    return published;
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

interface GraphQLParams {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

/**
 * One check before Apollo parses anything, for every POST and GET of
 * /graphql. A `documentId` (the GraphQL-over-HTTP persisted documents
 * field, `sha256:<hex>`) becomes the APQ hash Apollo looks up. Then, by
 * TRUSTED_DOCUMENTS: `require` refuses any document whose hash was not
 * published; `allow` runs it and counts it; `off` does neither.
 */
export function trustedDocumentsGate(app: FastifyInstance, mode: TrustedDocumentMode, trusted: TrustedDocuments, untrusted: Counter): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== '/graphql' || (request.method !== 'POST' && request.method !== 'GET')) return;
    const params = graphqlParams(request);
    if (!params) return; // Apollo answers a malformed request itself.
    // With the check off, no request pays for hashing its text here (Apollo hashes it once anyway).
    if (mode === 'off') return;
    const hash = requestedHash(params);
    if (!hash) return;
    let published: boolean;
    try {
      published = (await trusted.document(hash)) !== undefined;
    } catch {
      // The store (Redis) does not answer: `allow` runs the document as it would an unpublished one; `require` cannot tell.
      if (mode === 'allow') return void untrusted.inc();
      return reply.code(503).send({
        errors: [
          {
            message: `TRUSTED_DOCUMENTS=require: the published documents cannot be read just now, so sha256:${hash} cannot be checked; try again shortly.`,
            extensions: { code: 'TRUSTED_DOCUMENTS_UNAVAILABLE', trustedDocuments: mode, documentId: `sha256:${hash}` },
          },
        ],
      });
    }
    if (published) return;
    if (mode === 'allow') {
      untrusted.inc();
      return;
    }
    return reply.code(400).send({
      errors: [
        {
          message:
            `TRUSTED_DOCUMENTS=require: this gateway runs only published documents, and sha256:${hash} is not one. ` +
            'Add the operation to clients/operations, run npm run codegen and publish it with npm run documents:publish.',
          extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED', trustedDocuments: mode, documentId: `sha256:${hash}` },
        },
      ],
    });
  });
}

function graphqlParams(request: FastifyRequest): GraphQLParams | undefined {
  const params = request.method === 'GET' ? (request.query as GraphQLParams) : (request.body as GraphQLParams);
  if (!params || typeof params !== 'object' || Array.isArray(params)) return undefined;
  if (typeof params.extensions === 'string') {
    try {
      return { ...params, extensions: JSON.parse(params.extensions) };
    } catch {
      return undefined;
    }
  }
  if (typeof params.documentId === 'string' && params.query === undefined && request.method === 'POST') {
    const hash = hashOfDocumentId(params.documentId);
    if (hash) {
      params.extensions = { ...(params.extensions as object | undefined), persistedQuery: { version: 1, sha256Hash: hash } };
      delete params.documentId;
    }
  }
  return params;
}

function requestedHash(params: GraphQLParams): string | undefined {
  if (typeof params.query === 'string') return documentHash(params.query);
  const sha = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof sha === 'string' ? sha : undefined;
}

/**
 * Apollo Server's persisted-query cache (it prefixes keys with `apq:`): a
 * hash-only request finds a published document first, then, where APQ may
 * register documents (not in `require` mode), one registered earlier, in
 * Redis when REDIS_URL is set so every replica shares it, else in memory.
 */
export function persistedQueryCache(
  mode: TrustedDocumentMode,
  trusted: TrustedDocuments,
  redisUrl?: string,
): KeyValueCache<string> & { close(): Promise<void> } {
  const registered = mode === 'require' ? undefined : redisUrl ? redisCache(redisUrl) : memoryCache(10_000);
  const hashOf = (key: string) => key.replace(/^apq:/, '');
  return {
    // A store that does not answer is a miss: the client then sends the document's text, as APQ provides.
    get: async (key) => {
      try {
        return (await trusted.document(hashOf(key))) ?? (await registered?.get(key));
      } catch {
        return undefined;
      }
    },
    set: async (key, value, options) => registered?.set(key, value, options).catch(() => {}),
    delete: async (key) => registered?.delete(key),
    close: async () => registered?.close(),
  };
}

const DAY_SECONDS = 86_400;

function redisCache(url: string): KeyValueCache<string> & { close(): Promise<void> } {
  const redis = connectRedis(url, 'persisted queries', { lazy: true });
  const key = (k: string) => `workplus:${k}`;
  return {
    get: async (k) => (await redis.get(key(k))) ?? undefined,
    set: async (k, value, options) => void (await redis.set(key(k), value, 'EX', options?.ttl ?? DAY_SECONDS)),
    delete: async (k) => (await redis.del(key(k))) > 0,
    close: () => closeRedis(redis),
  };
}

function memoryCache(capacity: number): KeyValueCache<string> & { close(): Promise<void> } {
  const entries = new Map<string, string>();
  return {
    get: async (k) => entries.get(k),
    set: async (k, value) => {
      entries.delete(k);
      entries.set(k, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value!);
    },
    delete: async (k) => entries.delete(k),
    close: async () => {},
  };
}
