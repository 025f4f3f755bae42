import { constants, existsSync, type Dirent } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { toSafeInteger } from './types.js';

/**
 * Opens embedded Postgres. A fresh database is cloned from a template cluster
 * instead of running initdb (~7 s), and `npm start` and every test open seven
 * of them. In memory it is unpacked from the template's archive; on disk the
 * template's folder is copied natively, which saves ~0.5 s more per database.
 */
export async function openPglite(dataDir: string | null): Promise<PGlite> {
  const fresh = dataDir === null || !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (dataDir) await mkdir(path.dirname(dataDir), { recursive: true });
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => {};
  let pg: PGlite;
  try {
    if (fresh && dataDir) await copyEmptyCluster(dataDir);
    pg = await PGlite.create({
      ...(await pgliteArtifacts()),
      dataDir: dataDir ?? undefined,
      loadDataDir: fresh && !dataDir ? await emptyClusterTemplate() : undefined,
      // Exclusion constraints over a key and a range (no double booking) need btree_gist, as on a server.
      extensions: { btree_gist },
      startParams: SMALL_BUFFERS,
      parsers: {
        [types.DATE]: (value: string) => value,
        [types.INT8]: (value: string) => toSafeInteger(value),
      },
    });
  } catch (error) {
    await unlock();
    throw error;
  }
  const close = pg.close.bind(pg);
  pg.close = async () => {
    await close();
    await unlock();
  };
  return pg;
}

let artifacts: Promise<{ pgliteWasmModule: WebAssembly.Module; fsBundle: Blob }> | undefined;

/**
 * Postgres compiled to WebAssembly (10 MB) and its file bundle (6 MB), read and compiled once per process.
 * PGlite keeps the module it compiled, but only once one open has finished: `npm start` opens seven at once,
 * and each read and compiled its own.
 */
function pgliteArtifacts(): Promise<{ pgliteWasmModule: WebAssembly.Module; fsBundle: Blob }> {
  artifacts ??= (async () => {
    const dist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    const [wasm, bundle] = await Promise.all([readFile(path.join(dist, 'pglite.wasm')), readFile(path.join(dist, 'pglite.data'))]);
    return { pgliteWasmModule: await WebAssembly.compile(wasm), fsBundle: new Blob([bundle]) };
  })();
  return artifacts;
}

/**
 * Postgres's 128 MB of shared buffers, in every embedded database, is most of
 * its memory: each instance took ~205 MB more, and it is never
 * given back when closed. An agency's embedded data is a few MB, and its
 * pages are in memory anyway, so 16 MB caches all of it: seven instances with
 * 20,000 rows each took 974 MB instead of 1,800 MB.
 */
const SMALL_BUFFERS = [...(PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams, '-c', 'shared_buffers=16MB'];

/** A PGlite folder another process (or this one) has open: two writers would corrupt it. */
export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`${dataDir} is open in process ${pid} (a running subgraph or script); stop it first, or use PostgreSQL for shared access`);
  }
}

const heldHere = new Set<string>();

/**
 * One process at a time in a data folder: `<dataDir>.lock` holds the pid of
 * the one that has it open. A lock whose process is gone is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = `${path.resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    // Written whole under another name, then linked: nobody ever reads a lock without its pid.
    const partial = `${file}.${process.pid}.${Date.now()}`;
    await writeFile(partial, String(process.pid));
    try {
      await link(partial, file);
      heldHere.add(file);
      return async () => {
        heldHere.delete(file);
        await unlink(file).catch(() => {});
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await unlink(partial);
    }
    const pid = Number(await readFile(file, 'utf8').catch(() => ''));
    if (pid && isRunning(pid) && (pid !== process.pid || heldHere.has(file))) throw new DataDirInUse(dataDir, pid);
    await unlink(file).catch(() => {});
  }
  throw new DataDirInUse(dataDir, Number(await readFile(file, 'utf8').catch(() => 0)));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let template: Promise<Blob> | undefined;

function emptyClusterTemplate(): Promise<Blob> {
  template ??= loadOrBuildTemplate();
  return template;
}

async function loadOrBuildTemplate(): Promise<Blob> {
  const file = `${await templatePath()}.tar.gz`;
  if (existsSync(file)) return new Blob([await readFile(file)]);
  const pg = await PGlite.create(await pgliteArtifacts());
  // PGlite uses the `postgres` database only. Its two template databases were two thirds of every new cluster's
  // files (628 of 968, 14 of 38 MB), each copied for each of `npm start`'s seven databases.
  for (const name of ['template0', 'template1']) {
    await pg.exec(`alter database ${name} is_template false`);
    await pg.exec(`drop database ${name}`);
  }
  const dump = await pg.dumpDataDir('gzip');
  await pg.close();
  // Written under a unique name, then renamed: parallel processes never read a half file.
  const partial = `${file}.${process.pid}.${Date.now()}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  return dump;
}

let templateDir: Promise<string> | undefined;

/** Copies the empty cluster's folder into `dataDir` (a clone where the file system can, a copy elsewhere). */
async function copyEmptyCluster(dataDir: string): Promise<void> {
  templateDir ??= loadOrMakeTemplateDir();
  await copyTree(await templateDir, dataDir);
}

/**
 * A folder's files copied all at once. Node 20's `fs.cp` walks the ~1,000 files of a cluster one by one, checking
 * and setting each: 350 ms of the main thread per database, against 50 ms here. The write-ahead log's segment is
 * copied sparse (`copySparse`).
 */
async function copyTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const target = (entry: Dirent) => path.join(to, path.relative(from, path.join(entry.parentPath, entry.name)));
  await mkdir(to, { recursive: true });
  for (const folder of entries.filter((entry) => entry.isDirectory())) await mkdir(target(folder), { recursive: true });
  await Promise.all(
    entries
      .filter((entry) => !entry.isDirectory())
      .map((file) => {
        const source = path.join(file.parentPath, file.name);
        return path.basename(file.parentPath) === 'pg_wal' ? copySparse(source, target(file)) : copyFile(source, target(file), constants.COPYFILE_FICLONE);
      }),
  );
}

/** Postgres's page, the unit its files are written in. */
const PAGE_BYTES = 8192;
const ZERO_PAGE = Buffer.alloc(PAGE_BYTES);

/**
 * A file copied without its pages of zeros, which stay holes: the same bytes to read. An empty cluster's WAL segment
 * is 16 MB made in advance, of which 4.7 MB is written, so each new database writes 12 MB less (84 MB of a first
 * start's 266).
 */
export async function copySparse(from: string, to: string): Promise<void> {
  const bytes = await readFile(from);
  const zeros = (at: number) => {
    const end = Math.min(at + PAGE_BYTES, bytes.length);
    return ZERO_PAGE.compare(bytes, at, end, 0, end - at) === 0;
  };
  const file = await open(to, 'w');
  try {
    let start = 0;
    while (start < bytes.length) {
      if (zeros(start)) {
        start += PAGE_BYTES;
        continue;
      }
      let end = start + PAGE_BYTES;
      while (end < bytes.length && !zeros(end)) end += PAGE_BYTES;
      end = Math.min(end, bytes.length);
      await file.write(bytes, start, end - start, start);
      start = end;
    }
    await file.truncate(bytes.length);
  } finally {
    await file.close();
  }
}

async function loadOrMakeTemplateDir(): Promise<string> {
  const dir = await templatePath();
  if (existsSync(path.join(dir, 'PG_VERSION'))) return dir;
  // Made under a unique name, then renamed: parallel processes never copy a half-made template.
  const partial = `${dir}.${process.pid}.${Date.now()}`;
  const pg = await PGlite.create({ ...(await pgliteArtifacts()), dataDir: partial, loadDataDir: await emptyClusterTemplate() });
  await pg.close();
  await rename(partial, dir).catch(async (error) => {
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(path.join(dir, 'PG_VERSION'))) throw error;
  });
  return dir;
}

/** Where the template is kept, named for the installed PGlite build (an upgrade never loads an old template) and its layout. */
async function templatePath(): Promise<string> {
  const entry = await stat(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  return path.join(os.tmpdir(), `workplus-pglite-${entry.size}-${Math.trunc(entry.mtimeMs)}-postgres-only`);
}
