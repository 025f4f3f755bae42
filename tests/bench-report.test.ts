import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import type { Figures } from '../scripts/bench/measure.js';
import { statusMbOf, type BenchProcess } from '../scripts/bench/processes.js';
import { printFigures, printPeakMemory, printRatios, printStatementsBySubgraph, STACK_ALONE } from '../scripts/bench/report.js';
import type { Contender } from '../scripts/bench/measure.js';

/** The benchmark's printed tables, from figures made up here: what a reader of `npm run bench` sees. */
let printed: string[];
beforeEach(() => {
  printed = [];
  jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
});
afterEach(() => {
  jest.restoreAllMocks();
});

const figure = (contender: string, clients: number, sql: Record<string, number>): Figures => ({
  workload: 'caseload',
  clients,
  contender,
  requests: 10,
  perSecond: 20,
  p50: 30,
  p99: 60,
  subgraphCpuMs: 25,
  sql,
  failures: {},
});

/** A printed table's rows as cells: split on the runs of spaces between columns. */
const rows = () =>
  printed
    .join('\n')
    .split('\n')
    .filter((l) => l.startsWith('caseload'))
    .map((l) => l.split(/ {2,}/));

describe('the SQL statements of each request', () => {
  const figures = [
    figure('workplus gateway', 1, { workplus: 7, employment: 6, women: 1 }),
    // A baseline from before a subgraph existed: its column shows a dash, not a zero.
    figure('baseline abc1234', 20, { workplus: 9.5, employment: 12 }),
  ];

  test('are split by subgraph, one column each, and add up to the SQL/req of the figures table', () => {
    printFigures(figures);
    const totals = rows().map((cells) => Number(cells[8]));
    printed = [];
    printStatementsBySubgraph(figures);
    const head = printed
      .join('\n')
      .split('\n')
      .find((l) => l.startsWith('workload'))!;
    expect(head.split(/ {2,}/).slice(2)).toEqual(['workplus', 'employment', 'women']);
    const bySubgraph = rows();
    expect(bySubgraph.map((cells) => cells.slice(2))).toEqual([
      ['7.0', '6.0', '1.0'],
      ['9.5', '12.0', '—'],
    ]);
    expect(bySubgraph.map((cells) => cells.slice(2).reduce((a, c) => a + (Number(c) || 0), 0))).toEqual(totals);
  });
});

describe("the gateways' peak memory", () => {
  test('is read from /proc: the most resident so far, never below what is resident now; none for a process that is gone', () => {
    const [now, peak] = [statusMbOf(process.pid, 'VmRSS')!, statusMbOf(process.pid, 'VmHWM')!];
    expect(now).toBeGreaterThan(0);
    expect(peak).toBeGreaterThanOrEqual(now);
    expect(statusMbOf(2 ** 22 + 1, 'VmHWM')).toBeUndefined(); // above Linux's largest PID
  });

  test('is printed once a gateway process, however many contenders share it; the floor has none', () => {
    const gateway = (pid: number, mb: number) => ({ pid, peakRssMb: () => mb }) as unknown as BenchProcess;
    const contender = (name: string, process?: BenchProcess) => ({ name, gateway: process }) as Contender;
    const ours = gateway(10, 581.4);
    printPeakMemory([
      contender('workplus gateway', ours),
      contender('plain @apollo/gateway', gateway(11, 537)),
      contender('floor'),
      contender('workplus, paired', ours),
    ]);
    expect(printed.join('\n')).toMatch(/: workplus gateway 581 MB · plain @apollo\/gateway 537 MB$/m);
    expect(printed.join('\n')).not.toMatch(/floor|paired/);
  });
});

describe('the ratios to the floor', () => {
  const at = (contender: string, p50: number): Figures => ({ ...figure(contender, 1, {}), p50 });

  test('set beside the gateway the least a gateway on this stack takes: the floor plus the stack alone, from the same run', () => {
    printRatios([at('workplus gateway', 39), at('floor (fetches replayed)', 30), at(STACK_ALONE, 3.3)], false);
    expect(printed.join('\n')).toMatch(/caseload: p50 1\.30× the floor \(1 client\) · the floor plus the stack alone 1\.11× the floor/);
  });

  test('say nothing of the stack where it was not measured', () => {
    printRatios([at('workplus gateway', 39), at('floor (fetches replayed)', 30)], false);
    expect(printed.join('\n')).toMatch(/caseload: p50 1\.30× the floor/);
    expect(printed.join('\n')).not.toMatch(/stack alone/);
  });
});
