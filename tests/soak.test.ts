import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { gatewayClient } from '../scripts/bench/load.js';
import type { Workload } from '../scripts/bench/workloads.js';
import { soakOptions } from '../scripts/soak/args.js';
import { UsageError } from '../scripts/usage-error.js';
import { drive } from '../scripts/soak/drive.js';
import { interleave } from '../scripts/soak/mix.js';
import { memoryFigures } from '../scripts/soak/figures.js';
import type { MemorySample } from '../scripts/soak/memory.js';
import { GROWTH_RULE, judgeGrowth } from '../scripts/soak/verdict.js';

/**
 * The soak's own logic (issue 13, item 6) without starting the system: the growth verdict on made-up memory
 * series, the command line's refusals, the mix, and the open-loop driver against a real HTTP server on loopback
 * that answers as slowly, and with whatever record IDs, as a test tells it.
 */

/** Samples every 10 s for `minutes`, MB = f(seconds). */
const series = (minutes: number, mb: (atS: number) => number) => Array.from({ length: minutes * 6 + 1 }, (_, i) => ({ atS: i * 10, mb: mb(i * 10) }));
const noise = (atS: number) => 3 * Math.sin(atS * 1.7); // ±3 MB, a GC's sawtooth

describe('the memory growth verdict', () => {
  test('a flat series with noise is stable, one leaking 2 MB a minute is growing', () => {
    expect(
      judgeGrowth(
        series(10, (s) => 120 + noise(s)),
        600,
      ).verdict,
    ).toBe('stable');
    const leak = judgeGrowth(
      series(10, (s) => 120 + (2 * s) / 60 + noise(s)),
      600,
    );
    expect(leak.verdict).toBe('growing');
    expect(leak.slopeMbPerMin).toBeCloseTo(2, 0);
  });

  test('growth during warm-up alone (caches filling) is not judged', () => {
    const filling = series(10, (s) => (s < 60 ? 80 + s : 140) + noise(s));
    expect(judgeGrowth(filling, 600).verdict).toBe('stable');
  });

  test('growth below the threshold, or a run with too few samples after warm-up, is not called growing', () => {
    const slow = GROWTH_RULE.slopeMbPerMin / 2;
    expect(
      judgeGrowth(
        series(10, (s) => 300 + (slow * s) / 60),
        600,
      ).verdict,
    ).toBe('stable');
    expect(
      judgeGrowth(
        series(0.2, (s) => 100 + s),
        12,
      ).verdict,
    ).toBe('too short');
  });
});

describe('which memory decides', () => {
  /** Ten minutes of samples of one process, its figures given as functions of the second. */
  const run = (memory: { rssMb: (s: number) => number; heapMb?: (s: number) => number; nativeMb?: (s: number) => number }): MemorySample[] =>
    series(10, () => 0).map(({ atS }) => ({
      atS,
      byProcess: { gateway: { rssMb: memory.rssMb(atS), heapMb: memory.heapMb?.(atS), nativeMb: memory.nativeMb?.(atS) } },
    }));
  const leaking = (samples: MemorySample[]) => memoryFigures(samples, 600).gateway!.growing;

  test('RSS that grows as V8 commits more heap, with what JavaScript holds and native memory flat, is no leak', () => {
    const samples = run({ rssMb: (s) => 290 + (3 * s) / 60, heapMb: (s) => 90 + noise(s), nativeMb: (s) => 150 + noise(s) });
    expect(memoryFigures(samples, 600).gateway!.rss.verdict).toBe('growing');
    expect(leaking(samples)).toBe(false);
  });

  test('a heap or native memory that grows is a leak, and RSS decides where they are unknown', () => {
    expect(leaking(run({ rssMb: () => 300, heapMb: (s) => 90 + (2 * s) / 60, nativeMb: () => 150 }))).toBe(true);
    expect(leaking(run({ rssMb: () => 300, heapMb: () => 90, nativeMb: (s) => 150 + (2 * s) / 60 }))).toBe(true);
    expect(leaking(run({ rssMb: (s) => 300 + (4 * s) / 60 }))).toBe(true);
    expect(leaking(run({ rssMb: () => 300 + noise(0) }))).toBe(false);
  });
});

describe('the command line', () => {
  test('defaults, fractional minutes and the in-flight cap that follows the rate', () => {
    expect(soakOptions([])).toEqual({ minutes: 10, rate: 20, maxInFlight: 40, size: undefined });
    expect(soakOptions(['--minutes', '0.5', '--rate', '5'])).toEqual({ minutes: 0.5, rate: 5, maxInFlight: 10, size: undefined });
    expect(soakOptions(['--help'])).toBe('help');
  });

  test.each([
    [['--minutes', '0'], /--minutes must be a positive number/],
    [['--minutes', 'ten'], /--minutes must be a positive number, not "ten"/],
    [['--minutes', '2000'], /--minutes must be at most 1440, not 2000/],
    [['--rate=-3'], /--rate must be a positive number, not "-3"/],
    [['--max-in-flight', '2.5'], /--max-in-flight must be a positive whole number/],
    [['--seconds', '5'], /Unknown option '--seconds'/],
    [['10'], /Unexpected argument '10'/],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => soakOptions(argv)).toThrow(UsageError);
    expect(() => soakOptions(argv)).toThrow(message);
  });
});

test('the mix interleaves workloads exactly by weight, spread out', () => {
  const next = interleave({ a: 1, b: 2, c: 5 });
  const picks = Array.from({ length: 16 }, next);
  for (const [name, n] of Object.entries({ a: 2, b: 4, c: 10 })) expect(picks.filter((p) => p === name)).toHaveLength(n);
  expect(picks.join('')).not.toMatch(/c{4}/);
});

describe('the open-loop driver, against a server on loopback', () => {
  let server: Server;
  let url: string;
  /** How the server answers: after `delayMs`, a write's record named by its idempotency key (idempotent) or anew each time. */
  const behaviour = { delayMs: 0, idempotent: true };
  let created = 0;
  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => {
        const key = JSON.parse(text).variables?.input?.idempotencyKey;
        const data = key ? { register: { record: { id: behaviour.idempotent ? `rec-${key}` : `rec-${++created}` } } } : { ok: true };
        setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data })), behaviour.delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const read: Workload = { name: 'read', what: '', replayable: true, client: () => () => ({ query: '{ ok }', variables: {}, token: 't' }) };
  const write: Workload = {
    name: 'write',
    what: '',
    replayable: false,
    client: () => () => ({ query: 'mutation { register }', variables: { input: { idempotencyKey: randomUUID() } }, token: 't' }),
  };
  const run = async (options: { maxInFlight: number }, weights: Record<string, number>) => {
    const client = gatewayClient(url, options.maxInFlight);
    try {
      return await drive(client.send, [read, write], weights, { rate: 20, seconds: 1, ...options });
    } finally {
      await client.close();
    }
  };

  test('slow answers do not lower the offered rate: every request of the schedule is sent, and its latency counts from when it fell due', async () => {
    behaviour.delayMs = 400;
    const { outcomes, skipped } = await run({ maxInFlight: 40 }, { read: 1 });
    // A closed loop of one client would have sent 3 in the second; the schedule holds 20.
    expect(outcomes).toHaveLength(20);
    expect(skipped).toEqual({});
    expect(outcomes.every((o) => o.result === 'ok' && o.ms >= 400)).toBe(true);
  });

  test('beyond the in-flight cap, requests that fall due are skipped and counted, not queued', async () => {
    behaviour.delayMs = 1500;
    const { outcomes, skipped } = await run({ maxInFlight: 3 }, { read: 1 });
    expect(outcomes).toHaveLength(3);
    expect(skipped).toEqual({ read: 17 });
  });

  test('some writes are sent again with their key; a replay that names another record fails', async () => {
    behaviour.delayMs = 0;
    behaviour.idempotent = true;
    const replayed = (await run({ maxInFlight: 40 }, { write: 1 })).outcomes.filter((o) => o.workload === 'write (replay)');
    expect(replayed.length).toBeGreaterThan(0);
    expect(replayed.every((o) => o.result === 'ok')).toBe(true);
    behaviour.idempotent = false;
    const broken = (await run({ maxInFlight: 40 }, { write: 1 })).outcomes.filter((o) => o.workload === 'write (replay)');
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.every((o) => o.result === 'failed' && o.codes.includes('REPLAY_MISMATCH'))).toBe(true);
  });
});
