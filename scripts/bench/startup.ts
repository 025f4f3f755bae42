import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePorts, runsCompiled, startProcess } from './processes.js';
import { SUBGRAPHS, envPrefix } from '../../subgraphs/registry.js';

/** `npm start` as on a fresh machine: none of the variables that would point it at servers or change its seed. */
const EMBEDDED_DEFAULTS: Record<string, undefined> = Object.fromEntries(
  ['POSTGRES_URL', 'REDIS_URL', 'SEED_SIZE', 'NODE_ENV', 'REGISTRY_DATABASE_URL', ...SUBGRAPHS.map((s) => `${envPrefix(s.name)}_DATABASE_URL`)].map((name) => [
    name,
    undefined,
  ]),
);

/** Seconds to ready, each run; and to bundle the checkout once beforehand (undefined for one that runs through tsx). */
type Times = { cold: number[]; warm: number[]; bundle?: number };

/**
 * `npm start` from nothing (cold: a new data directory, so every embedded database is made and seeded) and again on
 * the same directory (warm), `runs` times each: seconds until it prints that everything is up. With more than one
 * checkout (this one and a `--baseline`), they take turns, run by run, so drift falls on each alike.
 */
export async function startupTimes(checkouts: { label: string; root: string }[], runs: number): Promise<Map<string, Times>> {
  const byLabel = new Map(checkouts.map((c): [string, Times] => [c.label, { cold: [], warm: [] }]));
  // Bundled beforehand, as a machine that started once has it: the first start is not also timing esbuild. What the
  // bundling takes is shown on its own: the first start after a change waits for it too.
  for (const { label, root } of checkouts.filter((c) => runsCompiled(c.root))) {
    const started = performance.now();
    execFileSync(process.execPath, ['scripts/run.mjs', '--build', 'scripts/start.ts'], { cwd: root, stdio: 'ignore' });
    byLabel.get(label)!.bundle = (performance.now() - started) / 1000;
  }
  for (let run = 0; run < runs; run++) {
    for (const { label, root } of run % 2 ? [...checkouts].reverse() : checkouts) await startTwice(root, byLabel.get(label)!);
  }
  const show = (list: number[]) => list.map((t) => `${t.toFixed(1)} s`).join(', ');
  console.log('');
  for (const [label, times] of byLabel)
    console.log(
      `npm start ready, ${label}: cold ${show(times.cold)} · warm ${show(times.warm)} (target ≤ 10 s cold, ≤ 4 s warm)` +
        ` · ${times.bundle === undefined ? 'runs through tsx, no bundle' : `bundling first, after a change: ${times.bundle.toFixed(1)} s`}`,
    );
  return byLabel;
}

async function startTwice(root: string, times: Times): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'workplus-bench-start-'));
  try {
    for (const kind of ['cold', 'warm'] as const) {
      const [gatewayPort, ...subgraphPorts] = await freePorts(SUBGRAPHS.length + 1);
      const ports = Object.fromEntries(SUBGRAPHS.map((s, i) => [`${envPrefix(s.name)}_PORT`, String(subgraphPorts[i])]));
      const urls = Object.fromEntries(SUBGRAPHS.map((s) => [`${envPrefix(s.name)}_URL`, `http://127.0.0.1:${ports[`${envPrefix(s.name)}_PORT`]}/graphql`]));
      const started = performance.now();
      const center = await startProcess(
        'npm start',
        root,
        'scripts/start.ts',
        { ...EMBEDDED_DEFAULTS, DATA_DIR: dataDir, GATEWAY_PORT: String(gatewayPort), ...ports, ...urls },
        /are up in/,
        '',
      );
      times[kind].push((performance.now() - started) / 1000);
      await center.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
