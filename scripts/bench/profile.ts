import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const BUNDLES = '/node_modules/.cache/workplus-run/';

/**
 * Where a frame's code came from: its file and its function's name as written. scripts/run.mjs compiles each entry
 * point, with its packages, into one bundle under node_modules/.cache; its source map gives the file each line of the
 * bundle was compiled from, and the name esbuild gave a number to where two files' names met (`seed` as `seed4`).
 * Sources are named relative to the bundle as its checkout sees it: a baseline worktree's node_modules is this
 * checkout's.
 */
function originOf(frame: ProfileNode['callFrame'], root: string, maps: Map<string, SourceMap | undefined>): { url: string; name: string } {
  const { url, functionName } = frame;
  if (!url.startsWith('file://') || !url.includes(BUNDLES)) return { url, name: functionName };
  if (!maps.has(url)) {
    try {
      maps.set(url, new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8'))));
    } catch {
      maps.set(url, undefined);
    }
  }
  const entry = maps.get(url)?.findEntry(frame.lineNumber, frame.columnNumber);
  // The bundle's own glue (esbuild's module wrappers) maps to no source.
  if (!entry || !('originalSource' in entry)) return { url, name: functionName };
  const bundle = pathToFileURL(path.join(root, BUNDLES, url.slice(url.indexOf(BUNDLES) + BUNDLES.length))).href;
  const written = (entry as { name?: string }).name;
  const renamed = written !== undefined && functionName.startsWith(written) && /^\d+$/.test(functionName.slice(written.length));
  return { url: new URL(entry.originalSource, bundle).href, name: renamed ? written : functionName };
}

/** Where a frame's code lives, short: a package name, or a path inside this repository. */
function placeOf(url: string, root: string): string {
  if (!url) return '(native)';
  if (url.startsWith('wasm:')) return 'WebAssembly';
  if (url.includes(BUNDLES)) return 'bundle glue (scripts/run.mjs)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return url;
  return path.relative(root, url.replace(/^file:\/\//, ''));
}

/**
 * The functions a process spent its CPU in, by self time, from the `.cpuprofile` files `node --cpu-prof` wrote into
 * `dir` (one per process). Grouped by function and where it lives; the share is of the samples
 * that were not idle.
 */
export function topFunctions(dir: string, root: string, count = 12): { share: number; name: string; place: string }[] {
  const selfMicros = new Map<string, number>();
  let total = 0;
  const maps = new Map<string, SourceMap | undefined>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    const keys = new Map(
      profile.nodes.map(({ id, callFrame }) => {
        const { url, name } = originOf(callFrame, root, maps);
        return [id, `${name || '(anonymous)'}\t${placeOf(url, root)}`];
      }),
    );
    profile.samples.forEach((id, i) => {
      const key = keys.get(id)!;
      if (key.startsWith('(idle)\t')) return; // waiting, not working
      const micros = profile.timeDeltas[i] ?? 0;
      selfMicros.set(key, (selfMicros.get(key) ?? 0) + micros);
      total += micros;
    });
  }
  return [...selfMicros]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, micros]) => {
      const [name, place] = key.split('\t') as [string, string];
      return { share: micros / total, name, place };
    });
}

/** The same, grouped by where the code lives only (a package, or this repository's file): what a fix would target. */
export function topPlaces(dir: string, root: string, count = 10): { share: number; place: string }[] {
  const byPlace = new Map<string, number>();
  for (const { share, place } of topFunctions(dir, root, Number.MAX_SAFE_INTEGER)) byPlace.set(place, (byPlace.get(place) ?? 0) + share);
  return [...byPlace]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([place, share]) => ({ place, share }));
}
