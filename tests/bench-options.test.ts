import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from '@jest/globals';
import { benchOptions, USAGE } from '../scripts/bench/options.js';
import { WORKLOAD_NAMES, workloads } from '../scripts/bench/workloads.js';
import { UsageError } from '../scripts/usage-error.js';
import { devKeyPair } from '../trust/keys.js';

/**
 * `npm run bench`'s command line: every value is checked before anything starts. The refusals are generated from
 * the usage text's own list of options, so an option added there is tried with bad values too.
 */
const ROOT = path.resolve('.');
const options = (argv: string[], env: NodeJS.ProcessEnv = {}) => benchOptions(argv, ROOT, env);
const refusal = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
  try {
    options(argv, env);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
};

/** The options the usage text lists, with whether each takes a value (`--seconds N`) or is a switch. */
const listed = [...USAGE.matchAll(/^\s+--([a-z-]+)( \S+)?/gm)].map(([, name, value]) => ({ name: name!, takesValue: Boolean(value) }));

describe('npm run bench -- options', () => {
  test('the usage lists every option the command reads, and no option it does not', () => {
    expect(listed.map((o) => o.name).sort()).toEqual([
      'baseline',
      'clients',
      'profile',
      'rounds',
      'seconds',
      'size',
      'smoke',
      'startup',
      'storage',
      'workloads',
    ]);
  });

  test('defaults, and the storage that follows POSTGRES_URL', () => {
    expect(options([])).toEqual({
      seconds: 8,
      rounds: 2,
      clientCounts: [1, 20],
      workloads: [...WORKLOAD_NAMES],
      storages: ['pglite'],
      sizes: undefined,
      baseline: undefined,
      profile: false,
      startup: false,
      smoke: false,
    });
    expect(options([], { POSTGRES_URL: 'postgres://x' })).toMatchObject({ storages: ['postgres'] });
    expect(options(['--storage', 'none', '--startup'])).toMatchObject({ storages: [], startup: true });
    expect(options(['--smoke', '--seconds', '30'])).toMatchObject({ seconds: 0.4, rounds: 1, clientCounts: [1, 4], sizes: [200] });
    expect(options(['--workloads', 'cheap,caseload', '--size', '10000,1000000', '--clients', '1'])).toMatchObject({
      workloads: ['cheap', 'caseload'],
      sizes: [10_000, 1_000_000],
      clientCounts: [1],
    });
    expect(options(['--baseline', 'HEAD'])).toMatchObject({ baseline: 'HEAD' });
    expect(options(['--help'])).toBe('help');
  });

  const valued = listed.filter((o) => o.takesValue);
  test.each(valued.flatMap(({ name }) => ['', 'abc', '0', '-1', '1.5x', ' '].map((bad) => [name, bad])))(
    '--%s "%s" is refused, naming the option',
    (name, bad) => {
      expect(refusal([`--${name}=${bad}`])).toContain(`--${name}`);
    },
  );

  test.each(listed.filter((o) => !o.takesValue).map((o) => o.name))('the switch --%s takes no value', (name) => {
    expect(refusal([`--${name}=yes`])).toContain(`--${name}`);
  });

  test.each([
    [['--rounds', '1.5'], /--rounds must be a positive whole number/],
    [['--clients', '1,0'], /--clients must be a positive whole number, not "0"/],
    [['--clients', '1000'], /--clients must be at most 200/],
    [['--seconds', '3600'], /--seconds must be at most 600/],
    [['--size', '50'], /--size must be at least 200 people, not 50/],
    [['--workloads', 'caseload,nope'], /--workloads: "nope" is not one of caseload, unified, cheap, writes/],
    [['--storage', 'mysql'], /--storage: "mysql" is not one of pglite, postgres/],
    [['--storage', 'none'], /--storage none runs no load: add --startup/],
    [['--storage', 'none', '--startup', '--profile'], /--profile profiles a load/],
    [['--baseline', 'no-such-ref-anywhere'], /--baseline no-such-ref-anywhere: no such commit/],
    [['--baseline=--all'], /not an option/],
    [['--sconds', '5'], /Unknown option '--sconds'/],
    [['8'], /Unexpected argument '8'/],
  ])('%j is refused: %s', (argv, message) => {
    expect(refusal(argv)).toMatch(message);
  });

  test('the workloads --workloads names are the ones the benchmark makes, in its order', async () => {
    const keys = mkdtempSync(path.join(os.tmpdir(), 'bench-options-keys-'));
    try {
      await devKeyPair(keys, 'issuer');
      expect((await workloads(keys)).map((w) => w.name)).toEqual([...WORKLOAD_NAMES]);
    } finally {
      rmSync(keys, { recursive: true, force: true });
    }
  });

  test('--help prints the usage to stdout and exits 0', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/bench/index.ts', '--help'], { cwd: ROOT });
    expect(stdout.trim()).toBe(USAGE);
  });

  test('a refused command line exits 2 with the reason and the usage, before it starts or writes anything', async () => {
    const artifacts = path.join(ROOT, '.artifacts/bench.json');
    const written = () => (existsSync(artifacts) ? statSync(artifacts).mtimeMs : undefined);
    const before = written();
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/bench/index.ts', '--workloads', 'caseload,nope'], { cwd: ROOT });
    const failed = (await run.then(
      () => undefined,
      (error: unknown) => error,
    )) as { code: number; stderr: string; stdout: string } | undefined;
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/^--workloads: "nope" is not one of/);
    expect(failed?.stderr).toContain('usage: npm run bench');
    expect(failed?.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(failed?.stdout).toBe('');
    expect(written()).toBe(before);
  });
});
