import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

const packageDir = (name: string) => path.dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
const own = (file: string) => new URL(`./browser/${file}`, import.meta.url);

/**
 * Every file the playground page loads, served by the gateway itself: no CDN,
 * no font host (GraphiQL's fonts are inlined in its CSS). GraphiQL 4's UMD
 * build with React 18's needs no bundler, so `npm ci` is the whole build.
 */
const FILES: Record<string, { type: string; from: string | URL }> = {
  'react.js': { type: 'text/javascript', from: path.join(packageDir('react'), 'umd/react.production.min.js') },
  'react-dom.js': { type: 'text/javascript', from: path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js') },
  'graphiql.js': { type: 'text/javascript', from: path.join(packageDir('graphiql'), 'dist/index.umd.js') },
  'graphiql.css': { type: 'text/css', from: path.join(packageDir('graphiql'), 'dist/style.css') },
  'playground.js': { type: 'text/javascript', from: own('playground.js') },
  'playground.css': { type: 'text/css', from: own('playground.css') },
};

export interface Asset {
  name: string;
  type: string;
  body: Buffer;
  /** The body compressed, or null where compressing failed (then the body goes as it is). */
  gzip: Promise<Buffer | null>;
  /** A short content hash: the URL's version, so a browser may keep the file for good. */
  version: string;
}

const compress = promisify(gzip);

/**
 * Reads every asset once, when the gateway starts, and compresses it in the background: on libuv's threads, not the
 * main one, where it took 70 ms of every `npm start`.
 */
export function loadAssets(): Asset[] {
  return Object.entries(FILES).map(([name, { type, from }]) => {
    const body = readFileSync(from);
    const gzip = compress(body, { level: 9 }).catch(() => null);
    return { name, type, body, gzip, version: createHash('sha256').update(body).digest('hex').slice(0, 12) };
  });
}

export const assetUrl = (asset: Asset) => `/playground/${asset.name}?v=${asset.version}`;

/** GET /playground/<name>: the fixed list above, gzip when the browser takes it, cached for a year under its versioned URL. */
export function serveAssets(app: FastifyInstance, assets: Asset[]): void {
  const byName = new Map(assets.map((a) => [a.name, a]));
  app.get<{ Params: { name: string } }>('/playground/:name', async (request, reply) => {
    const asset = byName.get(request.params.name);
    if (!asset) return reply.code(404).send({ errors: [{ message: `No playground asset ${request.params.name}`, extensions: { code: 'NOT_FOUND' } }] });
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) ? await asset.gzip : null;
    void reply
      .type(`${asset.type}; charset=utf-8`)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .header('vary', 'accept-encoding');
    if (gzip) void reply.header('content-encoding', 'gzip');
    return reply.send(gzip ?? asset.body);
  });
}
