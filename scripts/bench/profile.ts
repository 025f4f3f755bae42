import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives, short: a package name, or a path inside this repository. */
function placeOf(url: string, root: string): string {
  if (!url) return '(native)';
  const file = url.replace(/^file:\/\//, '');
  // This project's code, as scripts/run.mjs compiled it: one bundle per entry point, under node_modules/.cache.
  if (file.includes('/node_modules/.cache/workplus-run/')) return 'this project (compiled)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
  if (pkg) return pkg;
  if (file.startsWith('node:')) return file;
  return path.relative(root, file);
}

/**
 * The functions a process spent its CPU in, by self time, from the `.cpuprofile` files `node --cpu-prof` wrote into
 * `dir` (one per process). Grouped by function and where it lives; the share is of the samples
 * that were not idle.
 */
export function topFunctions(dir: string, root: string, count = 12): { share: number; name: string; place: string }[] {
  const selfMicros = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const { functionName, url } = byId.get(id)!.callFrame;
      if (functionName === '(idle)') return; // waiting, not working
      const key = `${functionName || '(anonymous)'}\t${placeOf(url, root)}`;
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
