import { ms } from '../bench/report.js';
import type { ProcessFigures, RequestFigures } from './figures.js';
import type { ProcessMemory } from './memory.js';
import { GROWTH_RULE_TEXT, type Growth } from './verdict.js';

/** Rows under a head, indented; `align` has an `l` for each left-aligned column (text), an `r` for each right-aligned one (figures). */
function table(head: string[], rows: string[][], align = `l${'r'.repeat(head.length - 1)}`): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (align[i] === 'l' ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`.trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .sort(([, a], [, b]) => b - a)
    .map(([code, n]) => `${code} ${n}`)
    .join(' · ') || 'none';

export function printRequests(figures: RequestFigures, maxInFlight: number): void {
  const { total } = figures;
  const skipped = Object.values(figures.skipped).reduce((a, b) => a + b, 0);
  console.log(
    `\nrequests: ${total.requests} sent · ${total.requests - total.refused - total.failed} answered in full · ${total.refused} with expected refusals only · ` +
      `${total.failed} failed · ${skipped} skipped at the in-flight cap (${maxInFlight})${skipped ? `: ${counts(figures.skipped)}` : ''}`,
  );
  console.log(`errors by code (requests carrying each):\n  expected refusals: ${counts(figures.refusals)}\n  failures: ${counts(figures.failures)}`);
  if (figures.firstFailures.length) {
    const shown = figures.firstFailures.map((f) => `${f.atS} s ${f.workload} (${f.ms} ms): ${f.codes.join(', ')}`);
    console.log(`first failures (when each fell due):\n  ${shown.join('\n  ')}`);
  }
  const latency = (l: { requests: number; p50: number; p99: number; refused: number; failed: number }) => [
    String(l.requests),
    ms(l.p50),
    ms(l.p99),
    String(l.refused),
    String(l.failed),
  ];
  console.log('\nlatency per minute (ms from when each request fell due):');
  console.log(
    table(
      ['minute', 'sent/s', 'requests', 'p50', 'p99', 'refused', 'failed'],
      figures.perMinute.map((m) => [`${m.minute}–${m.minute + 1}`, m.perSecond.toFixed(1), ...latency(m)]),
    ),
  );
  console.log('\nper workload, whole run:');
  console.log(
    table(
      ['workload', 'requests', 'p50', 'p99', 'refused', 'failed'],
      figures.perWorkload.map((w) => [w.workload, ...latency(w)]),
    ),
  );
}

const mb = (n: number | undefined) => (n === undefined ? '?' : n.toFixed(0));
const memory = (m: ProcessMemory) => `${mb(m.rssMb)} / ${mb(m.heapMb)} / ${mb(m.nativeMb)}`;
const growth = (g: Growth | 'unknown') =>
  g === 'unknown'
    ? 'unknown'
    : g.verdict === 'too short'
      ? `too short (${g.samples})`
      : `${g.verdict}: ${mb(g.firstThirdMb)} → ${mb(g.lastThirdMb)}, ${g.slopeMbPerMin!.toFixed(1)}/min`;

export function printMemory(figures: Record<string, ProcessFigures>): void {
  console.log('\nmemory, MB (RSS / heap after the last full GC / native = RSS less the committed V8 heap; ? = not known):');
  console.log(
    table(
      ['process', 'start', 'middle', 'end', 'RSS', 'heap', 'native', 'leaking'],
      Object.entries(figures).map(([name, f]) => [
        name,
        memory(f.start),
        memory(f.middle),
        memory(f.end),
        growth(f.rss),
        growth(f.heap),
        growth(f.native),
        f.growing ? 'yes' : 'no',
      ]),
      'lrrrllll',
    ),
  );
  console.log(`  rule: ${GROWTH_RULE_TEXT}`);
}
