import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from '@jest/globals';
import { bundlesOf } from './support/scripts.js';

/**
 * `scripts/run.mjs`, which `npm start`, the benchmark and the Docker image run entry points through: compiled once,
 * rebuilt when a file in it changes, and each file still finding what lies beside it.
 */
const run = promisify(execFile);
const dir = path.resolve(`tests/.run-compiled-${process.pid}`);
const cached = bundlesOf(dir);
const bundle = path.join(cached, 'entry.mjs');
afterAll(() => [dir, cached].forEach((d) => rmSync(d, { recursive: true, force: true })));

const entry = path.join(dir, 'entry.ts');
type FromPackage = { dirname: string; beside: string; stack: string; url: string };
function write(file: string, text: string, secondsAgo = 0) {
  writeFileSync(path.join(dir, file), text);
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path.join(dir, file), when, when);
}

async function runEntry(env: Record<string, string> = {}) {
  const { stdout } = await run(process.execPath, ['scripts/run.mjs', entry, '--flag', 'value'], { env: { ...process.env, ...env } });
  return JSON.parse(stdout) as { argv: string[]; message: string; beside: string; stack: string; fromPackage: FromPackage };
}

describe('node scripts/run.mjs <entry.ts>', () => {
  mkdirSync(dir, { recursive: true });
  write('beside.txt', 'found beside its source');
  // A package as packages are: CommonJS reading a file beside it by __dirname (with a line whose number its stack
  // must keep), and an ES module reading its own import.meta.url.
  const pkg = path.join(dir, 'node_modules', 'beside-pkg');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'beside-pkg', exports: { '.': './index.js', './esm': './esm.mjs' } }));
  writeFileSync(path.join(pkg, 'data.txt'), 'found beside the package');
  writeFileSync(
    path.join(pkg, 'index.js'),
    `#!/usr/bin/env node
const { readFileSync } = require('node:fs');
exports.dirname = __dirname;
exports.beside = readFileSync(require('node:path').join(__dirname, 'data.txt'), 'utf8');
exports.stackHere = function () {
  return new Error('in the package').stack; // line 6
};`,
  );
  writeFileSync(path.join(pkg, 'esm.mjs'), 'export const url = import.meta.url;');
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
    `import pkg from 'beside-pkg';
import { url } from 'beside-pkg/esm';
import { beside, message, stackHere } from './message.js';
const fromPackage = { dirname: pkg.dirname, beside: pkg.beside, stack: pkg.stackHere(), url };
console.log(JSON.stringify({ argv: process.argv.slice(1), message, beside, stack: stackHere(), fromPackage }));`,
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

  test('packages are compiled into the bundle, each file keeping its own __dirname, import.meta.url and line numbers', async () => {
    const { fromPackage } = await runEntry();
    expect(readFileSync(bundle, 'utf8')).toContain('in the package');
    expect(fromPackage.dirname).toBe(pkg);
    expect(fromPackage.beside).toBe('found beside the package');
    expect(fromPackage.url).toBe(pathToFileURL(path.join(pkg, 'esm.mjs')).href);
    expect(fromPackage.stack).toContain(`${path.join(pkg, 'index.js')}:6`);
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
      for (const file of ['entry.ts', 'message.ts', 'beside.txt', 'node_modules']) cpSync(path.join(dir, file), path.join(otherDir, file), { recursive: true });
      writeFileSync(path.join(otherDir, 'message.ts'), readFileSync(path.join(dir, 'message.ts'), 'utf8').replace(/'\w+';/, "'the other checkout'"));
      const ours = (await runEntry()).message;
      const builtAt = statSync(bundle).mtimeMs;
      const theirs = await run(process.execPath, [path.join(other, 'scripts/run.mjs'), path.join(otherDir, 'entry.ts')]);
      expect(JSON.parse(theirs.stdout).message).toBe('the other checkout');
      // Its files are newer than this checkout's; its bundle has a place of its own, and ours is not built again.
      expect((await runEntry()).message).toBe(ours);
      expect(statSync(bundle).mtimeMs).toBe(builtAt);
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
