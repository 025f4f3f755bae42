import { coverage, tenCovering } from './coverage.js';
import { statementCounts, type Contender, type Figures } from './measure.js';
import type { Workload } from './workloads.js';

export const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '—' : n < 10 ? n.toFixed(1) : n.toFixed(0));
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');

/** Rows under a head, the first two columns left-aligned and the rest right-aligned, each as wide as its widest cell. */
function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  console.log(`\n${pad(head, widths)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(pad(row, widths));
}

const line = (f: Figures) => [`${f.workload} × ${f.clients}`, f.contender];
const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

/** The figures as a table: one line per workload, client count and contender. */
export function printFigures(figures: Figures[]): void {
  const head = ['workload × clients', 'contender', 'req/s', 'p50 ms', 'p99 ms', 'gw CPU ms/req', 'subgraphs CPU ms/req', 'db CPU ms/req', 'SQL/req', 'failed'];
  printTable(
    head,
    figures.map((f) => [
      ...line(f),
      f.perSecond.toFixed(1),
      ms(f.p50),
      ms(f.p99),
      ms(f.gatewayCpuMs),
      ms(f.subgraphCpuMs),
      ms(f.databaseCpuMs),
      sum(f.sql).toFixed(1),
      String(sum(f.failures)),
    ]),
  );
  const failed = figures.filter((f) => Object.keys(f.failures).length);
  for (const f of failed) console.log(`  failures, ${f.workload} × ${f.clients}, ${f.contender}: ${JSON.stringify(f.failures)}`);
}

/** The SQL/req column of the figures split by subgraph: where each workload's statements go. */
export function printStatementsBySubgraph(figures: Figures[]): void {
  const names = [...new Set(figures.flatMap((f) => Object.keys(f.sql)))];
  console.log('\nSQL statements per request, by subgraph:');
  printTable(
    ['workload × clients', 'contender', ...names],
    figures.map((f) => [...line(f), ...names.map((name) => (f.sql[name] === undefined ? '—' : f.sql[name].toFixed(1)))]),
  );
}

/** Each gateway process's peak resident memory over the run so far (VmHWM): what its load cost in memory. */
export function printPeakMemory(contenders: Contender[]): void {
  const seen = new Map<number, string>();
  for (const { name, gateway } of contenders) if (gateway && !seen.has(gateway.pid)) seen.set(gateway.pid, `${name} ${ms(gateway.peakRssMb())} MB`);
  if (seen.size) console.log(`\ngateways' peak resident memory (VmHWM) over the run: ${[...seen.values()].join(' · ')}`);
}

const find = (figures: Figures[], workload: string, clients: number, contender: string) =>
  figures.find((f) => f.workload === workload && f.clients === clients && f.contender.startsWith(contender));

/** This checkout's gateway as measured in turns with the baseline alone: what the ratios to the baseline compare. */
export const PAIRED = 'workplus, paired with baseline';
/** fastify and Apollo Server with each answer in hand (`stack-alone.ts`): what the stack takes before any work of a gateway's. */
export const STACK_ALONE = 'stack alone (answer in hand)';

/** The ratios the targets are stated in, each from figures of this one run. */
export function printRatios(figures: Figures[], withBaseline: boolean): void {
  const ours = 'workplus gateway';
  const lines: string[] = [];
  for (const workload of [...new Set(figures.map((f) => f.workload))]) {
    const one = find(figures, workload, 1, ours);
    const floor = find(figures, workload, 1, 'floor');
    const stack = find(figures, workload, 1, STACK_ALONE);
    const plain1 = find(figures, workload, 1, 'plain');
    const many = Math.max(...figures.filter((f) => f.workload === workload).map((f) => f.clients));
    const oursMany = find(figures, workload, many, ours);
    const plainMany = find(figures, workload, many, 'plain');
    const base1 = find(figures, workload, 1, 'baseline');
    const baseMany = find(figures, workload, many, 'baseline');
    const paired1 = find(figures, workload, 1, PAIRED);
    const pairedMany = find(figures, workload, many, PAIRED);
    const parts = [
      floor && one && `p50 ${(one.p50 / floor.p50).toFixed(2)}× the floor (1 client)`,
      // The least a gateway on this stack can take: the floor's fetches, then a hop through the stack with the answer.
      floor && stack && `the floor plus the stack alone ${((floor.p50 + stack.p50) / floor.p50).toFixed(2)}× the floor`,
      plain1 && one && `p50 ${(one.p50 / plain1.p50).toFixed(2)}× plain`,
      plainMany?.gatewayCpuMs &&
        oursMany?.gatewayCpuMs &&
        `gateway CPU ${(oursMany.gatewayCpuMs / plainMany.gatewayCpuMs).toFixed(2)}× plain (${many} clients)`,
      withBaseline && baseMany && pairedMany && `throughput ${(pairedMany.perSecond / baseMany.perSecond).toFixed(2)}× baseline (${many} clients)`,
      withBaseline && base1 && paired1 && `p50 ${(base1.p50 / paired1.p50).toFixed(2)}× lower than baseline (1 client)`,
    ].filter(Boolean);
    if (parts.length) lines.push(`  ${workload}: ${parts.join(' · ')}`);
  }
  console.log(`\nratios, all measured in this run:\n${lines.join('\n')}`);
}

/**
 * SQL statements per subgraph for one caseload of 10 people and one of 100 (or all the caller may see, if fewer):
 * constant in list size means equal.
 * Loaders run only for records that exist, so the ten are chosen to touch every entity type the hundred touch
 * (the hundred are the ten and ninety more), or the comparison would only show who is known to whom.
 */
export async function printStatements(contender: Contender, caseload: Workload): Promise<Record<number, Record<string, number>>> {
  const { send, close } = contender.sender(1, caseload.name);
  const request = caseload.client()();
  const byFirst: Record<number, Record<string, number>> = {};
  try {
    const page = await send({ ...request, variables: { first: 100 } });
    const people = ((page.data?.participants?.edges ?? []) as { node: { id: string } }[]).map(({ node }) => ({ id: node.id, covers: coverage(node) }));
    let ten: typeof people;
    try {
      ten = tenCovering(people);
    } catch (error) {
      console.log(`\nSQL statements per subgraph: not compared, ${(error as Error).message}`);
      return byFirst;
    }
    // Up to a hundred: a small demo world (the smoke run's) may put fewer in the counsellor's scope.
    const hundred = [...ten, ...people.filter((p) => !ten.includes(p))];
    if (hundred.length < 2 * ten.length) throw new Error(`the caseload answered ${hundred.length} people, too few to compare with ${ten.length}`);
    for (const group of [ten, hundred]) {
      const before = await statementCounts(contender.subgraphs);
      await send({ ...request, variables: { first: 100, filter: { ids: group.map((p) => p.id) } } });
      const after = await statementCounts(contender.subgraphs);
      byFirst[group.length] = Object.fromEntries(Object.keys(after).map((name) => [name, after[name]! - before[name]!]));
    }
  } finally {
    await close();
  }
  const [small, large] = Object.keys(byFirst).map(Number) as [number, number];
  const names = Object.keys(byFirst[small]!);
  console.log(`\nSQL statements per subgraph for one caseload (${contender.name}; the ${small} touch every entity type the ${large} do):`);
  for (const n of [small, large]) console.log(`  ${String(n).padStart(3)} people: ${names.map((name) => `${name} ${byFirst[n]![name]}`).join(' · ')}`);
  const same = names.every((name) => byFirst[small]![name] === byFirst[large]![name]);
  console.log(`  ${same ? 'the same for both: constant in list size' : 'NOT the same: a statement per person somewhere'}`);
  return byFirst;
}
