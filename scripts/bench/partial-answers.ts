/**
 * `npm run bench:partial`: how long the unified view of one person takes when one agency is down (its process killed)
 * and another hung (a stand-in that accepts and never answers), against the same view with every agency up, in one
 * run. Each gateway runs with the default subgraph timeout. With breakers that never open, every answer waits out the
 * hung agency's timeout; with the default breaker, answers after it opens cost no wait at all.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { readGatewayConfig } from '../../gateway/src/config.js';
import { devKeyPair } from '../../trust/keys.js';
import { gatewayClient, percentile } from './load.js';
import { freePort, type BenchProcess } from './processes.js';
import { startBenchSystem, startGateway } from './system.js';
import { workloads, type NextRequest } from './workloads.js';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
const REQUESTS = 20;
/** Uncounted requests first, so a cold process's first answers are not in the figures; not for the breaking gateway, whose first failures are what opens its breaker. */
const WARM_UP = 3;
const DOWN = 'veterans';
const HUNG = 'women';
const timeoutMs = readGatewayConfig({}).subgraphTimeoutMs[HUNG]!;

/** A port that accepts connections and never answers on them. */
async function hungSubgraph(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => void sockets.add(socket.on('error', () => undefined)));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

interface Timed {
  ms: number;
  missing: string[];
}

/** `REQUESTS` unified views one after another through `gateway`, after `warmUp` uncounted: each one's time and the agencies it says are missing. */
async function unifiedViews(gateway: BenchProcess, request: NextRequest, warmUp = 0): Promise<Timed[]> {
  const client = gatewayClient(gateway.url, 1, 30_000);
  const timed: Timed[] = [];
  try {
    for (let i = 0; i < warmUp; i++) await client.send(request());
    for (let i = 0; i < REQUESTS; i++) {
      const at = performance.now();
      const body = await client.send(request());
      const missing = (body.errors ?? [])
        .filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE')
        .map((e) => String((e.extensions as { agency?: string }).agency));
      timed.push({ ms: performance.now() - at, missing: [...new Set(missing)].sort() });
    }
  } finally {
    await client.close();
  }
  return timed;
}

function line(label: string, timed: Timed[]): string {
  const sorted = timed.map((t) => t.ms).sort((a, b) => a - b);
  const missing = [...new Set(timed.map((t) => t.missing.join('+') || 'none'))].join(', ');
  return `${label.padEnd(48)} p50 ${percentile(sorted, 50).toFixed(0).padStart(5)} ms · max ${sorted.at(-1)!.toFixed(0).padStart(5)} ms · missing: ${missing}`;
}

const keysDir = mkdtempSync(path.join(os.tmpdir(), 'workplus-partial-keys-'));
await devKeyPair(keysDir, 'issuer');
await devKeyPair(keysDir, 'gateway');
const unified = (await workloads(keysDir)).find((w) => w.name === 'unified')!;
console.log(`workplus partial answers · ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} · Node ${process.version} · pglite, 300 people`);
console.log(`the unified view of one person, ${REQUESTS} in a row per row below; subgraph timeout ${timeoutMs} ms (the default)`);
const system = await startBenchSystem({ root: ROOT, tag: 'partial', storage: { kind: 'pglite' }, size: 300, keysDir, gatewayEnv: {} });
const hung = await hungSubgraph();
const extra: BenchProcess[] = [];
try {
  const healthy = await unifiedViews(system.gateway, unified.client(), WARM_UP);
  const downUrl = system.subgraphs.get(DOWN)!.url;
  await system.subgraphs.get(DOWN)!.stop();
  const degraded = new Map([...system.subgraphs].map(([name, s]) => [name, name === HUNG ? { url: hung.url } : { url: s.url }]));
  degraded.set(DOWN, { url: downUrl });
  const neverOpens = await startGateway(ROOT, 'partial', 'gateway/src/index.ts', degraded, keysDir, [], { BREAKER_FAILURES: '1000000' });
  extra.push(neverOpens);
  const withBreaker = await startGateway(ROOT, 'partial', 'gateway/src/index.ts', degraded, keysDir, [], {});
  extra.push(withBreaker);
  const waited = await unifiedViews(neverOpens, unified.client(), WARM_UP);
  const breaking = await unifiedViews(withBreaker, unified.client());
  console.log(line('every agency up', healthy));
  console.log(line(`${DOWN} down, ${HUNG} hung, breakers never open`, waited));
  console.log(line(`${DOWN} down, ${HUNG} hung, default breaker`, breaking));
  const healthyP50 = percentile(
    healthy.map((t) => t.ms).sort((a, b) => a - b),
    50,
  );
  const waitedP50 = percentile(
    waited.map((t) => t.ms).sort((a, b) => a - b),
    50,
  );
  console.log(
    `time to a partial answer past the timeout: p50 ${(waitedP50 - timeoutMs).toFixed(0)} ms (the bound the tests assert: 200 ms); healthy p50 ${healthyP50.toFixed(0)} ms`,
  );
} finally {
  await Promise.all(extra.map((p) => p.stop()));
  await hung.close();
  await system.stop();
}
