import { expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copySparse } from './pglite.js';

test('a sparse copy reads the same bytes, and leaves runs of zero pages as holes', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'workplus-sparse-'));
  try {
    const page = (fill: number) => Buffer.alloc(8192, fill);
    // Data, a megabyte of zeros, data that ends mid-page with zeros, and a zero page last.
    const cases = {
      mixed: Buffer.concat([page(1), ...Array.from({ length: 128 }, () => page(0)), page(2), Buffer.from([0, 7, 0]), page(0)]),
      zeros: Buffer.alloc(1 << 20),
      short: Buffer.from([1, 2, 3]),
      empty: Buffer.alloc(0),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      await writeFile(path.join(dir, name), bytes);
      await copySparse(path.join(dir, name), path.join(dir, `${name}.copy`));
      expect((await readFile(path.join(dir, `${name}.copy`))).equals(bytes)).toBe(true);
    }
    const allocated = async (name: string) => (await stat(path.join(dir, name))).blocks * 512;
    expect(await allocated('mixed.copy')).toBeLessThan(await allocated('mixed'));
    expect(await allocated('zeros.copy')).toBe(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
