/**
 * `npm run soak`: the whole system for a number of minutes under a bounded, open-loop rate of reads and idempotent
 * writes over loopback, every process's memory sampled every 10 s. See README § Operations, and `npm run soak -- --help`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { devKeyPair } from '../../trust/keys.js';
import { gatewayClient } from '../bench/load.js';
import type { BenchProcess } from '../bench/processes.js';
import { defaultSize, startBenchSystem, type BenchStorage } from '../bench/system.js';
import { workloads } from '../bench/workloads.js';
import { soakOptions, USAGE } from './args.js';
import { exitOnUsageError } from '../usage-error.js';
import { drive } from './drive.js';
import { memoryFigures, requestFigures } from './figures.js';
import { sampleEvery } from './memory.js';
import { MIX } from './mix.js';
import { REPLAY_EVERY } from './replays.js';
import { printMemory, printRequests } from './report.js';
import { GROWTH_RULE } from './verdict.js';

const SAMPLE_EVERY_MS = 10_000;
const WARM_UP_S = 10;
/** An answer slower than this is a failure (network: UND_ERR_HEADERS_TIMEOUT), so the run always ends. */
const ANSWER_TIMEOUT_MS = 30_000;

const options = exitOnUsageError(() => soakOptions(process.argv.slice(2)), USAGE);
const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
const storage: BenchStorage = process.env.POSTGRES_URL ? { kind: 'postgres', serverUrl: process.env.POSTGRES_URL } : { kind: 'pglite' };
const size = options.size ?? defaultSize(storage.kind);
const runS = options.minutes * 60;

console.log(
  `workplus soak · ${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} · Node ${process.version} · ${storage.kind}, ${size} people`,
);
console.log(
  `${options.minutes} min at ${options.rate} requests/s (open loop, at most ${options.maxInFlight} in flight), over loopback · mix per ` +
    `${Object.values(MIX).reduce((a, b) => a + b, 0)}: ${Object.entries(MIX)
      .map(([name, n]) => `${name} ${n}`)
      .join(' · ')}; every ${REPLAY_EVERY}th intake is sent again with its idempotency key at a later write turn`,
);
const keysDir = mkdtempSync(path.join(os.tmpdir(), 'workplus-soak-keys-'));
await devKeyPair(keysDir, 'issuer');
await devKeyPair(keysDir, 'gateway');
const all = await workloads(keysDir);
console.log('starting the system (every subgraph a process of its own, production mode; subgraphs seed on first start) …');
const booting = performance.now();
// The gateway as users configure it: the default subgraph timeout applies, and a timeout fails the soak.
const system = await startBenchSystem({ root: ROOT, tag: 'soak', storage, size, keysDir, gatewayEnv: {} }).catch((error: unknown) => {
  rmSync(keysDir, { recursive: true, force: true });
  throw error;
});
const cleanUp = async () => {
  await system.stop();
  for (const dir of [system.dataDir, keysDir]) rmSync(dir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().then(() => process.exit(130)));

const processes = new Map<string, BenchProcess>([['gateway', system.gateway], ...system.subgraphs]);
const deaths = new Map<string, string>();
const aborting = new AbortController();
const noteDeaths = () => {
  for (const [name, p] of processes) {
    const how = p.exited();
    if (how === undefined || deaths.has(name)) continue;
    deaths.set(name, how);
    console.log(`\n${name} died (${how}); the soak stops. Its last output:\n${p.output()}`);
    aborting.abort();
  }
};
const client = gatewayClient(system.gateway.url, options.maxInFlight, ANSWER_TIMEOUT_MS);
// A freshly started system answers its first requests slowly (JIT, first plans, cold caches), some past the 2 s
// subgraph timeout. The same mix for WARM_UP_S first, reported on its own line and not counted: the soak is about
// what a running system does over time. The benchmark's warm-up is likewise uncounted.
console.log(`system up in ${((performance.now() - booting) / 1000).toFixed(0)} s; ${WARM_UP_S} s of warm-up, not counted …`);
const warmUp = await drive(client.send, all, MIX, { ...options, seconds: WARM_UP_S, signal: aborting.signal }).catch(async (error: unknown) => {
  await client.close();
  await cleanUp();
  throw error;
});
const warmFailures = warmUp.outcomes.filter((o) => o.result === 'failed');
console.log(
  `warm-up: ${warmUp.outcomes.length} requests, ${warmFailures.length} failed${warmFailures.length ? `: ${[...new Set(warmFailures.flatMap((o) => o.codes))].join(', ')}` : ''}`,
);
console.log(`driving load until ${new Date(Date.now() + runS * 1000).toISOString()} …`);
const sampler = sampleEvery(processes, SAMPLE_EVERY_MS, noteDeaths);
const started = performance.now();
let driven;
let samples;
try {
  driven = await drive(client.send, all, MIX, { ...options, seconds: runS, signal: aborting.signal });
} finally {
  samples = await sampler.stop();
  await client.close();
  await cleanUp();
}
const loadS = aborting.signal.aborted ? (performance.now() - started) / 1000 : runS;

const requests = requestFigures(driven.outcomes, driven.skipped, loadS);
const memory = memoryFigures(samples, loadS);
printRequests(requests, options.maxInFlight);
printMemory(memory);

const growing = Object.entries(memory).filter(([, f]) => f.growing);
const reasons = [
  requests.total.failed && `${requests.total.failed} request(s) failed`,
  deaths.size && `died: ${[...deaths].map(([name, how]) => `${name} (${how})`).join(', ')}`,
  growing.length && loadS >= GROWTH_RULE.failingRunS && `memory growing: ${growing.map(([name]) => name).join(', ')}`,
].filter(Boolean);
if (growing.length && loadS < GROWTH_RULE.failingRunS)
  console.log(
    `\n(memory growing in ${growing.map(([name]) => name).join(', ')}, not failing a run under ${GROWTH_RULE.failingRunS / 60} minutes: it is mostly warm-up)`,
  );

mkdirSync(path.join(ROOT, '.artifacts'), { recursive: true });
writeFileSync(
  path.join(ROOT, '.artifacts/soak.json'),
  JSON.stringify(
    {
      at: new Date().toISOString(),
      storage: storage.kind,
      ...options,
      size,
      mix: MIX,
      loadS,
      warmUp: { seconds: WARM_UP_S, requests: warmUp.outcomes.length, failed: warmFailures.length, codes: [...new Set(warmFailures.flatMap((o) => o.codes))] },
      requests,
      memory,
      samples,
      deaths: Object.fromEntries(deaths),
      passed: !reasons.length,
    },
    null,
    2,
  ),
);
console.log(`\nfigures also in .artifacts/soak.json\n${reasons.length ? `soak FAILED: ${reasons.join('; ')}` : 'soak passed'}`);
process.exit(reasons.length ? 1 : 0);
