/**
 * `npm run bench`: the whole system under load on this machine, each contender measured side by side in one run.
 * See README § Benchmark, and `npm run bench -- --help`.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GATEWAY_NODE_FLAGS } from '../../gateway/src/node-flags.js';
import { devKeyPair } from '../../trust/keys.js';
import { exitOnUsageError } from '../usage-error.js';
import { startBaselineWorktree } from './baseline.js';
import { benchOptions, USAGE } from './options.js';
import { Floor, Recorder } from './floor.js';
import { gatewayClient, type Send } from './load.js';
import { measure, type Contender, type Figures } from './measure.js';
import { PAIRED, STACK_ALONE, printFigures, printRatios, printPeakMemory, printStatements, printStatementsBySubgraph } from './report.js';
import { measureResultShaping } from './result-shaping.js';
import { startupTimes } from './startup.js';
import { topFunctions, topPlaces } from './profile.js';
import { defaultSize, startBenchSystem, startGateway, type BenchStorage, type BenchSystem, type SystemOptions } from './system.js';
import { caseloadFor, caseloadOfTheSamePeople, workloads, type Workload } from './workloads.js';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
const parsed = exitOnUsageError(() => benchOptions(process.argv.slice(2), ROOT), USAGE);
const { seconds, rounds, clientCounts, storages, smoke, baseline } = parsed;
const serverUrl = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const keysDir = mkdtempSync(path.join(os.tmpdir(), 'workplus-bench-keys-'));
await devKeyPair(keysDir, 'issuer');
const gatewayKey = (await devKeyPair(keysDir, 'gateway')).privateKey;
const all = await workloads(keysDir);
const chosen = all.filter((w) => parsed.workloads.includes(w.name));
const caseload = all.find((w) => w.name === 'caseload')!;
const stops: (() => Promise<void>)[] = [];
const results: { storage: string; size: number; figures: Figures[]; statements?: unknown; p99BySize?: Awaited<ReturnType<typeof measureScale>> }[] = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void Promise.all(stops.map((s) => s())).then(() => process.exit(130)));

console.log(
  `workplus bench · ${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
);
console.log(`${seconds} s per contender × ${rounds} round(s) · clients ${clientCounts.join(', ')} · everything on this machine, over loopback\n`);

try {
  for (const kind of storages) {
    const storage: BenchStorage = kind === 'postgres' ? { kind, serverUrl } : { kind: 'pglite' };
    const sizes = parsed.sizes ?? [defaultSize(kind)];
    const [size, ...larger] = sizes as [number, ...number[]];
    console.log(`## ${kind}, ${size} people: starting the system${baseline ? ` and ${baseline}'s` : ''} (subgraphs seed on first start) …`);
    // PostgreSQL's 100 connections must hold two systems: a baseline's subgraphs open up to 10 each, and a bigger
    // world's (--size) 3, so these get 3.
    const poolSize = kind === 'postgres' && (baseline || larger.length) ? 3 : undefined;
    if (poolSize) console.log(`  this checkout's subgraphs run with DATABASE_POOL_SIZE=${poolSize}, so two systems fit the server's connections`);
    const current = await startBenchSystem({ root: ROOT, tag: 'current', storage, size, keysDir, poolSize });
    stops.push(current.stop);
    const systems = [{ label: 'this checkout', root: ROOT, tag: 'current', system: current }];
    const contenders = await contendersFor(current);
    // The baseline takes turns with this checkout's gateway alone, and first, while both systems are as new, after
    // a warm-up as long as a measurement: the plain gateway and the floor load this checkout's subgraphs and
    // databases too, and warm them. Measured beside them, or after them, an identical copy of this checkout came out
    // 1.2–1.3× slower than itself, its subgraphs spending 20–60% more CPU a request.
    const paired: Contender[] = [];
    if (baseline) {
      const worktree = await startBaselineWorktree(ROOT, baseline);
      stops.push(worktree.remove);
      const base = await startBenchSystem({ root: worktree.root, tag: 'base', storage, size, keysDir });
      stops.push(base.stop);
      systems.push({ label: `baseline ${worktree.commit}`, root: worktree.root, tag: 'base', system: base });
      paired.push(gatewayContender(PAIRED, current), gatewayContender(`baseline ${worktree.commit}`, base, worktree.root));
    }
    const versus = paired.length ? await measure(chosen, paired, { clientCounts, seconds, rounds, warmUp: seconds }) : [];
    const figures = [...(await measure(chosen, contenders, { clientCounts, seconds, rounds })), ...versus];
    printFigures(figures);
    printStatementsBySubgraph(figures);
    printRatios(figures, Boolean(baseline));
    printPeakMemory([...contenders, ...paired]);
    // The smoke run checks that every contender answered every workload, each request with data and no unexpected error.
    const broken = figures.filter((f) => f.requests === 0 || Object.keys(f.failures).length);
    if (smoke && broken.length) throw new Error(`the benchmark does not work: ${broken.map((f) => `${f.workload} × ${f.clients} ${f.contender}`).join(', ')}`);
    const statements = await printStatements(contenders[0]!, caseload);
    const p99BySize =
      kind === 'postgres' && larger.length
        ? await measureScale(
            current,
            systems.filter((s) => s.system !== current).map((s) => s.system),
            size,
            larger,
            storage,
          )
        : undefined;
    if (parsed.profile) {
      await Promise.all(systems.map(({ system }) => system.stop()));
      for (const { label, root, tag, system } of systems)
        await profileWorkload(chosen[0]!, label, { root, tag, storage, size, keysDir, reuse: { dataDir: system.dataDir } });
    }
    await Promise.all(systems.map(({ system }) => system.stop()));
    results.push({ storage: kind, size, figures, statements, p99BySize });
    await Promise.all(stops.splice(0).map((s) => s()));
  }
  const shaping = storages.length ? measureResultShaping(ROOT, rounds) : undefined;
  const startup = parsed.startup || smoke ? await measureStartup(smoke ? 1 : 3) : undefined;
  mkdirSync(path.join(ROOT, '.artifacts'), { recursive: true });
  writeFileSync(
    path.join(ROOT, '.artifacts/bench.json'),
    JSON.stringify({ at: new Date().toISOString(), seconds, rounds, results, shaping, startup }, null, 2),
  );
  console.log('\nfigures also in .artifacts/bench.json');
} finally {
  await Promise.all(stops.map((s) => s()));
}
process.exit(0);

/** `npm start` from this checkout, and in turns from the baseline's when there is one. */
async function measureStartup(runs: number): Promise<Record<string, { cold: number[]; warm: number[] }>> {
  const checkouts = [{ label: 'this checkout', root: ROOT }];
  if (baseline) {
    const worktree = await startBaselineWorktree(ROOT, baseline);
    stops.push(worktree.remove);
    checkouts.push({ label: `baseline ${worktree.commit}`, root: worktree.root });
  }
  return Object.fromEntries(await startupTimes(checkouts, runs));
}

/** The caseload at the highest client count for `seconds`, every process under `node --cpu-prof`: where the CPU goes. */
async function profileWorkload(workload: Workload, label: string, options: SystemOptions): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'workplus-bench-profile-'));
  const system = await startBenchSystem({ ...options, profileDir: dir });
  stops.push(system.stop);
  const clients = Math.max(...clientCounts);
  // Three times the usual load, so that start-up (module loading, which the profile also holds) weighs little.
  await measure([workload], [gatewayContender(label, system, options.root)], { clientCounts: [clients], seconds: seconds * 3, rounds: 1 });
  await system.stop();
  console.log(`\nCPU profile, ${workload.name} × ${clients}, ${label} (self time, share of the process's samples):`);
  for (const part of ['gateway', 'subgraphs']) {
    const show = (rows: { share: number }[], text: (row: any) => string) =>
      rows.map((r) => `    ${(r.share * 100).toFixed(1).padStart(5)}%  ${text(r)}`).join('\n');
    console.log(`  ${part}, by package or file:\n${show(topPlaces(path.join(dir, part), options.root), (r) => r.place)}`);
    console.log(`  ${part}, by function:\n${show(topFunctions(path.join(dir, part), options.root), (r) => `${r.name}  (${r.place})`)}`);
  }
}

/**
 * The caseload at each bigger size beside the first size's, the two systems taking turns so that drift falls on both
 * alike: the first page at each size, and the same people (the first page at the first size, asked for by ID). Any
 * other system (a baseline's, measured by now) is stopped first: the server's 100 connections hold two of 3 a subgraph.
 */
async function measureScale(first: BenchSystem, others: BenchSystem[], size: number, larger: number[], storage: BenchStorage) {
  await Promise.all(others.map((system) => system.stop()));
  const firstPage = await pageIds(first, caseload);
  const samePeople = caseloadOfTheSamePeople(caseload, firstPage);
  const clients = Math.max(...clientCounts);
  const bySize: { size: number; firstPage: [number, number]; samePeople: [number, number] }[] = [];
  for (const bigger of larger) {
    console.log(`\n## ${storage.kind}, ${bigger} people beside ${size}: the caseload, and the same people's …`);
    const system = await startBenchSystem({ root: ROOT, tag: 'scale', storage, size: bigger, keysDir, poolSize: 3 });
    stops.push(system.stop);
    const [small, big] = [gatewayContender(`${size} people`, first), gatewayContender(`${bigger} people`, system)];
    const figures = await measure([caseload, samePeople], [small, big], { clientCounts, seconds, rounds });
    printFigures(figures);
    console.log(`  the same people: ${(await pageIds(system, samePeople)).length} of the ${firstPage.length} found at ${bigger}`);
    const p99 = (workload: Workload, contender: Contender) =>
      figures.find((f) => f.workload === workload.name && f.contender === contender.name && f.clients === clients)?.p99 ?? NaN;
    bySize.push({ size: bigger, firstPage: [p99(caseload, small), p99(caseload, big)], samePeople: [p99(samePeople, small), p99(samePeople, big)] });
    await system.stop();
  }
  console.log(`\ncaseload p99 at ${clients} clients by size, the two sizes taking turns:`);
  const line = (label: string, [at, atBigger]: [number, number], bigger: number) =>
    `  ${label}: ${size}: ${at.toFixed(0)} ms · ${bigger}: ${atBigger.toFixed(0)} ms (ratio ${(atBigger / at).toFixed(2)}×)`;
  for (const measured of bySize) {
    console.log(line('the first page', measured.firstPage, measured.size));
    console.log(line(`the same people (the first page at ${size}, by ID)`, measured.samePeople, measured.size));
  }
  return bySize;
}

/** The IDs of the people on the page a caseload request answers, as this checkout's gateway answers it. */
async function pageIds(system: BenchSystem, caseload: Workload): Promise<string[]> {
  const client = gatewayClient(system.gateway.url, 1);
  try {
    const { data } = await client.send(caseload.client()());
    return data.participants.edges.map((edge: { node: { id: string } }) => edge.node.id);
  } finally {
    await client.close();
  }
}

/** The gateway of a system run from the checkout at `root`, asked as that checkout's clients ask. */
function gatewayContender(name: string, system: BenchSystem, root = ROOT): Contender {
  const ask = caseloadFor(root);
  const sender = (connections: number) => {
    const client = gatewayClient(system.gateway.url, connections);
    return { ...client, send: ((request) => client.send({ ...request, query: ask(request.query) })) as Send };
  };
  return { name, gateway: system.gateway, subgraphs: system.subgraphs, databaseCpuMs: system.databaseCpuMs, sender };
}

/**
 * The project's gateway, plain @apollo/gateway, the floor, and the stack alone, all over the same running subgraphs.
 * The floor's fetches and the stack's answers are recorded from one request of each replayable workload through the
 * project's gateway.
 */
async function contendersFor(system: BenchSystem): Promise<Contender[]> {
  const plain = await startGateway(ROOT, 'plain', 'scripts/bench/plain-gateway.ts', system.subgraphs, keysDir);
  stops.push(plain.stop);
  const recorder = await Recorder.start(system.subgraphs);
  const recording = await startGateway(ROOT, 'recording', 'gateway/src/index.ts', recorder.urls, keysDir);
  const floor = new Floor(path.join(ROOT, 'supergraph/supergraph.graphql'), system.subgraphs, gatewayKey);
  const through = gatewayClient(recording.url, 1);
  const answers: Record<string, unknown> = {};
  const recordingAnswers: Send = async (request) => (answers[request.query] = await through.send(request));
  try {
    for (const workload of all.filter((w: Workload) => w.replayable)) await floor.learn(workload.name, workload.client()(), recordingAnswers, recorder);
  } finally {
    await Promise.all([through.close(), recording.stop(), recorder.close()]);
  }
  stops.push(() => floor.close());
  const answersFile = path.join(keysDir, 'stack-alone-answers.json');
  writeFileSync(answersFile, JSON.stringify(answers));
  const stack = await startGateway(ROOT, 'stack', 'scripts/bench/stack-alone.ts', system.subgraphs, keysDir, [...GATEWAY_NODE_FLAGS], {
    BENCH_ANSWERS: answersFile,
  });
  stops.push(stack.stop);
  return [
    gatewayContender('workplus gateway', system),
    {
      name: 'plain @apollo/gateway',
      gateway: plain,
      subgraphs: system.subgraphs,
      databaseCpuMs: system.databaseCpuMs,
      sender: (connections) => gatewayClient(plain.url, connections),
    },
    {
      name: 'floor (fetches replayed)',
      subgraphs: system.subgraphs,
      databaseCpuMs: system.databaseCpuMs,
      sender: (connections, workload) => ({ send: floor.sender(workload, connections) as Send, close: async () => {} }),
      replaysOnly: true,
    },
    {
      name: STACK_ALONE,
      gateway: stack,
      subgraphs: system.subgraphs,
      sender: (connections) => gatewayClient(stack.url, connections),
      replaysOnly: true,
    },
  ];
}
