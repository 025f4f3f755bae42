import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from '@jest/globals';
import { topFunctions, topPlaces } from '../scripts/bench/profile.js';
import { bundlesOf } from './support/scripts.js';

/**
 * `npm run bench -- --profile` reads `node --cpu-prof` profiles of processes that run bundled by scripts/run.mjs:
 * every frame is in the bundle, and the report must still name the file or package each one's code came from.
 */
const run = promisify(execFile);
const dir = path.resolve(`tests/.bench-profile-${process.pid}`);
const profiles = path.join(dir, 'profiles');
afterAll(() => [dir, bundlesOf(dir)].forEach((d) => rmSync(d, { recursive: true, force: true })));

test("a bundled process's profile names each function's own file, and a package's by the package", async () => {
  const pkg = path.join(dir, 'node_modules', 'busy-pkg');
  mkdirSync(pkg, { recursive: true });
  mkdirSync(profiles, { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'busy-pkg', main: 'index.js' }));
  const spin = (name: string) => `function ${name}() { let x = 0; const end = Date.now() + 400; while (Date.now() < end) x += Math.sqrt(x + 1); return x; }`;
  writeFileSync(path.join(pkg, 'index.js'), `${spin('spinInPackage')}\nexports.spinInPackage = spinInPackage;`);
  writeFileSync(
    path.join(dir, 'entry.ts'),
    `import { spinInPackage } from 'busy-pkg';\n${spin('spinInProject')}\nconsole.log(spinInProject() + spinInPackage());`,
  );

  await run(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, 'scripts/run.mjs', path.join(dir, 'entry.ts')]);

  const functions = topFunctions(profiles, process.cwd(), 5);
  expect(functions).toContainEqual(expect.objectContaining({ name: 'spinInProject', place: path.relative(process.cwd(), path.join(dir, 'entry.ts')) }));
  expect(functions).toContainEqual(expect.objectContaining({ name: 'spinInPackage', place: 'busy-pkg' }));
  expect(topPlaces(profiles, process.cwd(), 3).map((p) => p.place)).toContain('busy-pkg');
});
