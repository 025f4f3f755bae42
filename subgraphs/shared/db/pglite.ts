import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { toSafeInteger } from './types.js';

/**
 * Opens embedded Postgres. A fresh data directory is cloned from a template
 * cluster instead of running initdb: cloning takes ~0.6 s, initdb ~3 s, and
 * `npm start` and every test open six of them.
 */
export async function openPglite(dataDir: string | null): Promise<PGlite> {
  const fresh = dataDir === null || !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (dataDir) await mkdir(path.dirname(dataDir), { recursive: true });
  return PGlite.create({
    dataDir: dataDir ?? undefined,
    loadDataDir: fresh ? await emptyClusterTemplate() : undefined,
    // Exclusion constraints over a key and a range (no double booking) need btree_gist, as on a server.
    extensions: { btree_gist },
    parsers: {
      [types.DATE]: (value: string) => value,
      [types.INT8]: (value: string) => toSafeInteger(value),
    },
  });
}

let template: Promise<Blob> | undefined;

function emptyClusterTemplate(): Promise<Blob> {
  template ??= loadOrBuildTemplate();
  return template;
}

async function loadOrBuildTemplate(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `workplus-pglite-${await pgliteVersion()}.tar.gz`);
  if (existsSync(file)) return new Blob([await readFile(file)]);
  const pg = await PGlite.create();
  const dump = await pg.dumpDataDir('gzip');
  await pg.close();
  // Written under a unique name, then renamed: parallel processes never read a half file.
  const partial = `${file}.${process.pid}.${Date.now()}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  return dump;
}

/** Identifies the installed PGlite build, so an upgrade never loads an old template. */
async function pgliteVersion(): Promise<string> {
  const entry = await stat(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  return `${entry.size}-${Math.trunc(entry.mtimeMs)}`;
}
