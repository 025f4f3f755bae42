import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { closeRedis, connectRedis } from '../../../subgraphs/shared/redis.js';

/**
 * The published trusted documents: sha256 hex of a document's text → the
 * text. In Redis (one hash) when REDIS_URL is set, so every gateway replica
 * sees a publish at once; otherwise in a JSON file under DATA_DIR.
 * Publishing adds documents and never removes one: an app version still in
 * use keeps working.
 */
export interface DocumentStore {
  get(hash: string): Promise<string | undefined>;
  all(): Promise<Map<string, string>>;
  /** Adds documents in one write; answers how many were new. */
  add(documents: Map<string, string>): Promise<number>;
  /** Where the documents are, for messages. */
  readonly location: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  redisUrl?: string;
  redisKey: string;
  dataDir: string;
}

export function openDocumentStore(options: StoreOptions): DocumentStore {
  return options.redisUrl ? redisStore(options.redisUrl, options.redisKey) : fileStore(path.join(options.dataDir, 'trusted-documents.json'));
}

function redisStore(url: string, key: string): DocumentStore {
  const redis = connectRedis(url, 'trusted documents', { lazy: true });
  return {
    location: `Redis hash ${key}`,
    get: async (hash) => (await redis.hget(key, hash)) ?? undefined,
    all: async () => new Map(Object.entries(await redis.hgetall(key))),
    add: async (documents) => (documents.size ? redis.hset(key, Object.fromEntries(documents)) : 0),
    close: () => closeRedis(redis),
  };
}

function fileStore(file: string): DocumentStore {
  let cached: { mtimeMs: number; documents: Map<string, string> } | undefined;
  const read = (): Map<string, string> => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return new Map();
    }
    if (cached?.mtimeMs !== mtimeMs) {
      cached = { mtimeMs, documents: new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) };
    }
    return cached.documents;
  };
  return {
    location: file,
    get: async (hash) => read().get(hash),
    all: async () => new Map(read()),
    add: async (documents) => {
      const merged = new Map(read());
      const before = merged.size;
      for (const [hash, text] of documents) merged.set(hash, text);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(`${file}.tmp`, JSON.stringify(Object.fromEntries(merged), null, 2));
      renameSync(`${file}.tmp`, file);
      return merged.size - before;
    },
    close: async () => {},
  };
}
