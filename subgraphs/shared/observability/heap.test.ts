import { expect, test } from '@jest/globals';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Registry } from 'prom-client';
import { HEAP_AFTER_GC_METRIC, heapAfterGc } from './heap.js';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

const metrics = new Registry();
heapAfterGc(metrics);

async function liveMb(): Promise<number> {
  collect();
  // The observer hears of the collection asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const metric = await metrics.getSingleMetric(HEAP_AFTER_GC_METRIC)!.get();
  return metric.values[0]!.value / 2 ** 20;
}

test('the heap after a full collection rises with what is retained and falls when it is let go, not with garbage', async () => {
  const before = await liveMb();
  let retained: number[][] | undefined = Array.from({ length: 200 }, () => new Array(50_000).fill(1.5));
  const holding = await liveMb();
  expect(holding - before).toBeGreaterThan(50);
  for (let i = 0; i < 200; i++) new Array(50_000).fill(2.5); // garbage only
  expect(Math.abs((await liveMb()) - holding)).toBeLessThan(10);
  expect(retained.length).toBe(200);
  retained = undefined;
  expect(holding - (await liveMb())).toBeGreaterThan(50);
});
