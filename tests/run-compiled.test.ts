import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from '@jest/globals';

/**
 * `scripts/run.mjs`, which `npm start`, the benchmark and the Docker image run entry points through: compiled once,
 * rebuilt when a file in it changes, and each file still finding what lies beside it.
 */
const run = promisify(execFile);
const dir = path.resolve(`tests/.run-compiled-${process.pid}`);
const cached = path.resolve('node_modules/.cache/workplus-run', path.relative('.', dir));
const bundle = path.join(cached, 'entry.mjs');
afterAll(() => [dir, cached].forEach((d) => rmSync(d, { recursive: true, force: true })));

const entry = path.join(dir, 'entry.ts');
function write(file: string, text: string, secondsAgo = 0) {
  writeFileSync(path.join(dir, file), text);
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path.join(dir, file), when, when);
}

async function runEntry(env: Record<string, string> = {}) {
  const { stdout } = await run(process.execPath, ['scripts/run.mjs', entry, '--flag', 'value'], { env: { ...process.env, ...env } });
  return JSON.parse(stdout) as { argv: string[]; message: string; beside: string; stack: string; packageMapped: boolean };
}

describe('node scripts/run.mjs <entry.ts>', () => {
  mkdirSync(dir, { recursive: true });
  write('beside.txt', 'found beside its source');
  write(
    'message.ts',
    `import { readFileSync } from 'node:fs';
export const message: string = 'first';
export const beside = readFileSync(new URL('./beside.txt', import.meta.url), 'utf8');
export function stackHere(): string { return new Error('here').stack!; }`,
    60,
  );
  write(
    'entry.ts',
    `import { createRequire, findSourceMap } from 'node:module';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { beside, message, stackHere } from './message.js';
const packageFile = createRequire(import.meta.url).resolve('@apollo/utils.keyvaluecache');
const packageMapped = typeof InMemoryLRUCache === 'function' && findSourceMap(packageFile) !== undefined;
console.log(JSON.stringify({ argv: process.argv.slice(1), message, beside, stack: stackHere(), packageMapped }));`,
    60,
  );

  test('runs the entry with its own arguments, as tsx would', async () => {
    const printed = await runEntry();
    expect(printed.argv).toEqual([entry, '--flag', 'value']);
    expect(printed.message).toBe('first');
  });

  test("a file's import.meta.url is its source file's, so what lies beside it is found", async () => {
    expect((await runEntry()).beside).toBe('found beside its source');
  });

  test('outside production a stack names the TypeScript file and line; in production it is left unmapped', async () => {
    expect((await runEntry()).stack).toContain(`${path.join(dir, 'message.ts')}:4`);
    expect((await runEntry({ NODE_ENV: 'production' })).stack).not.toContain('message.ts');
  });

  test('packages are loaded before source maps are on, so Node never reads their maps', async () => {
    // @apollo/utils.keyvaluecache ships a map beside its code; with source maps on as it loaded, Node would have it.
    expect((await runEntry()).packageMapped).toBe(false);
  });

  test('an imported file that changed is compiled again; an unchanged one is not', async () => {
    await runEntry();
    const builtAt = statSync(bundle).mtimeMs;
    await runEntry();
    expect(statSync(bundle).mtimeMs).toBe(builtAt);
    write('message.ts', readFileSync(path.join(dir, 'message.ts'), 'utf8').replace("'first'", "'second'"));
    expect((await runEntry()).message).toBe('second');
  });

  test("another checkout sharing node_modules (the benchmark's baseline worktree) never runs this one's bundle, nor this one its", async () => {
    const other = path.resolve(`tests/.run-compiled-other-${process.pid}`);
    const otherDir = path.join(other, path.relative('.', dir));
    try {
      mkdirSync(path.join(other, 'scripts'), { recursive: true });
      mkdirSync(otherDir, { recursive: true });
      cpSync('scripts/run.mjs', path.join(other, 'scripts/run.mjs'));
      symlinkSync(path.resolve('node_modules'), path.join(other, 'node_modules'));
      for (const file of ['entry.ts', 'message.ts', 'beside.txt']) cpSync(path.join(dir, file), path.join(otherDir, file));
      writeFileSync(path.join(otherDir, 'message.ts'), readFileSync(path.join(dir, 'message.ts'), 'utf8').replace(/'\w+';/, "'the other checkout'"));
      const ours = (await runEntry()).message;
      const theirs = await run(process.execPath, [path.join(other, 'scripts/run.mjs'), path.join(otherDir, 'entry.ts')]);
      expect(JSON.parse(theirs.stdout).message).toBe('the other checkout');
      // Its files are newer than this checkout's, and its bundle took the same place in the shared cache.
      expect((await runEntry()).message).toBe(ours);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  test('a file that does not compile is refused with its name, and nothing runs', async () => {
    write('broken.ts', 'export const broken: = ;');
    write('entry.ts', `import { broken } from './broken.js';\nconsole.log(broken);`);
    const failure = await run(process.execPath, ['scripts/run.mjs', entry]).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).not.toBe(0);
    expect(failure?.stdout).toBe('');
    expect(failure?.stderr).toContain('broken.ts');
    expect(failure?.stderr).not.toMatch(/^\s+at /m);
  });
});
