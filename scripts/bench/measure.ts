import { percentile, runLoad, type Send } from './load.js';
import type { BenchProcess } from './processes.js';
import type { Workload } from './workloads.js';

/** One way of answering the workloads: a gateway process, or the floor's replay. */
export interface Contender {
  name: string;
  /** The gateway process whose CPU counts as the gateway's; the floor has none. */
  gateway?: BenchProcess;
  subgraphs: Map<string, BenchProcess>;
  /** CPU time so far of the database server behind the subgraphs, if it is a process of its own (PostgreSQL). */
  databaseCpuMs?: () => number;
  sender(connections: number, workload: string): { send: Send; close(): Promise<void> };
  /** Answers only what can be replayed (reads), not writes. */
  replaysOnly?: boolean;
}

export interface Figures {
  workload: string;
  clients: number;
  contender: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  gatewayCpuMs?: number;
  subgraphCpuMs: number;
  /** The PostgreSQL server's CPU per request; none on PGlite (inside the subgraphs' figure). */
  databaseCpuMs?: number;
  /** SQL statements per request, by subgraph. */
  sql: Record<string, number>;
  failures: Record<string, number>;
}

/** SQL statements each subgraph has run so far, from its /metrics. */
export async function statementCounts(subgraphs: Map<string, { url: string }>): Promise<Record<string, number>> {
  const counts = await Promise.all(
    [...subgraphs].map(async ([name, { url }]) => {
      const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
      return [name, Number(/^sql_statements_total\{[^}]*\} (\d+)$/m.exec(text)?.[1] ?? NaN)] as const;
    }),
  );
  return Object.fromEntries(counts);
}

const subgraphCpu = (subgraphs: Map<string, BenchProcess>) => [...subgraphs.values()].reduce((sum, p) => sum + p.cpuMs(), 0);

/**
 * Every workload at every client count against every contender. The contenders take turns, in a rotating order,
 * `rounds` times each, so that drift (a warming cache, a busy core) falls on all of them alike.
 */
export async function measure(
  workloads: Workload[],
  contenders: Contender[],
  /** `warmUp`: seconds of load per contender before each workload and client count is measured (default 1, or half of `seconds` if less). */
  options: { clientCounts: number[]; seconds: number; rounds: number; warmUp?: number },
): Promise<Figures[]> {
  const figures: Figures[] = [];
  for (const workload of workloads) {
    const taking = contenders.filter((c) => workload.replayable || !c.replaysOnly);
    for (const clients of options.clientCounts) {
      const senders = new Map(taking.map((c) => [c, c.sender(clients, workload.name)]));
      const totals = new Map(
        taking.map((c) => [
          c,
          {
            latencies: [] as number[],
            seconds: 0,
            gatewayCpu: 0,
            subgraphCpu: 0,
            databaseCpu: 0,
            sql: {} as Record<string, number>,
            failures: new Map<string, number>(),
          },
        ]),
      );
      // Warm-up, not counted: plans, caches and connections for this workload.
      const warmUp = options.warmUp ?? Math.min(1, options.seconds / 2);
      for (const contender of taking) await runLoad(senders.get(contender)!.send, () => workload.client(), clients, warmUp);
      for (let round = 0; round < options.rounds; round++) {
        const order = taking.map((_, i) => taking[(i + round) % taking.length]!);
        for (const contender of order) {
          const total = totals.get(contender)!;
          const [gatewayBefore, subgraphsBefore, databaseBefore, sqlBefore] = [
            contender.gateway?.cpuMs() ?? 0,
            subgraphCpu(contender.subgraphs),
            contender.databaseCpuMs?.() ?? 0,
            await statementCounts(contender.subgraphs),
          ];
          const result = await runLoad(senders.get(contender)!.send, () => workload.client(), clients, options.seconds / options.rounds);
          const sqlAfter = await statementCounts(contender.subgraphs);
          total.gatewayCpu += (contender.gateway?.cpuMs() ?? 0) - gatewayBefore;
          total.subgraphCpu += subgraphCpu(contender.subgraphs) - subgraphsBefore;
          total.databaseCpu += (contender.databaseCpuMs?.() ?? 0) - databaseBefore;
          for (const name of Object.keys(sqlAfter)) total.sql[name] = (total.sql[name] ?? 0) + sqlAfter[name]! - sqlBefore[name]!;
          total.latencies.push(...result.latenciesMs);
          total.seconds += result.seconds;
          for (const [cause, n] of result.failures) total.failures.set(cause, (total.failures.get(cause) ?? 0) + n);
        }
      }
      for (const contender of taking) {
        const total = totals.get(contender)!;
        const sorted = total.latencies.sort((a, b) => a - b);
        const requests = sorted.length || 1;
        figures.push({
          workload: workload.name,
          clients,
          contender: contender.name,
          requests: sorted.length,
          perSecond: sorted.length / total.seconds,
          p50: percentile(sorted, 50),
          p99: percentile(sorted, 99),
          ...(contender.gateway ? { gatewayCpuMs: total.gatewayCpu / requests } : {}),
          subgraphCpuMs: total.subgraphCpu / requests,
          ...(contender.databaseCpuMs ? { databaseCpuMs: total.databaseCpu / requests } : {}),
          sql: Object.fromEntries(Object.entries(total.sql).map(([name, n]) => [name, n / requests])),
          failures: Object.fromEntries(total.failures),
        });
        await senders.get(contender)!.close();
      }
    }
  }
  return figures;
}
