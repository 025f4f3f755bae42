import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';

/**
 * A new agency is one command: `npm run agency:new` in a copy of this
 * repository, then, with no other edit, every check CI runs and the generic
 * suites (composition, N+1, the authorization rows, docker-compose) pass with
 * the new agency in them.
 */
const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const copy = mkdtempSync(path.join(os.tmpdir(), 'workplus-scaffold-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** One new agency of each kind: records and postings, records only, postings only. */
const NEW = [
  {
    name: 'youth',
    agency: 'YOUTH',
    records: true,
    args: ['--personal-records', '--postings', '--office', '청년센터', '--description', 'Youth employment center (청년고용센터)'],
  },
  { name: 'care', agency: 'CARE', records: true, args: ['--personal-records'] },
  { name: 'market', agency: 'MARKET', records: false, args: ['--postings'] },
];

/** The files of the working tree that git keeps or would keep (tracked, or new and not ignored). */
function repositoryFiles(root: string): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return listed.split('\0').filter((file) => file && existsSync(path.join(root, file)));
}

/** Every file in the copy, but its link to node_modules. */
function filesUnder(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) return [];
    return entry.isDirectory() ? filesUnder(root, file) : [file];
  });
}

/** `npm run <script>` in the copy: its exit code and output. */
async function npm(script: string, ...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
      cwd: copy,
      env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', FORCE_COLOR: '0' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const read = (root: string, file: string) => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined);

/** Files the scaffold may touch outside the new folder: the registry (one line), and what commands remake from it. */
const GENERATED =
  /^(docker-compose\.yml|codegen\.yml|supergraph\/(supergraph|api)\.graphql|subgraphs\/shared\/schema\/(agency|record-merges)\.graphql|(clients|subgraphs\/\w+)\/__generated__\/.*)$/;

const scaffolds: { code: number; output: string }[] = [];
beforeAll(async () => {
  for (const file of repositoryFiles(ROOT)) {
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(copy, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  for (const { name, args } of NEW) scaffolds.push(await npm('agency:new', name, ...args));
}, 120_000);

describe('npm run agency:new', () => {
  test('writes each folder and one registry line each, and remakes only generated files', () => {
    expect(scaffolds.map((s) => s.code)).toEqual(NEW.map(() => 0));
    const changed = filesUnder(copy).filter((file) => read(copy, file) !== read(ROOT, file));
    const outside = changed.filter(
      (file) => !NEW.some(({ name }) => file.startsWith(`subgraphs/${name}/`)) && file !== 'subgraphs/registry.ts' && !GENERATED.test(file),
    );
    expect(outside).toEqual([]);
    for (const { name, records } of NEW) {
      expect([name, existsSync(path.join(copy, `subgraphs/${name}/src/policy.ts`))]).toEqual([name, records]);
    }

    // The registry gains the entries at the end of its list, and nothing else changes.
    const [before, after] = [read(ROOT, 'subgraphs/registry.ts')!, read(copy, 'subgraphs/registry.ts')!];
    const end = before.indexOf('] as const satisfies');
    const [head, tail] = [before.slice(0, end), before.slice(end)];
    expect([after.startsWith(head), after.endsWith(tail)]).toEqual([true, true]);
    const entries = [...after.slice(head.length, after.length - tail.length).matchAll(/\{[^{}]*\}/g)].map(([entry]) => entry);
    expect(entries.map((entry) => /name: '(\w+)',\s+agency: '(\w+)'/.exec(entry)?.slice(1))).toEqual(NEW.map((n) => [n.name, n.agency]));
    for (const [i, { records }] of NEW.entries()) expect(entries[i]!.includes('participantField:')).toBe(records);
  });

  test('refuses a taken name, an unknown flag, or no kind at all, and writes nothing', async () => {
    const registry = read(copy, 'subgraphs/registry.ts');
    for (const args of [['youth', '--postings'], ['veterans', '--postings'], ['cafe', '--personnel-records'], ['cafe'], ['Bad-Name', '--postings']]) {
      const refused = await npm('agency:new', ...args);
      expect([args, refused.code, refused.output]).toEqual([args, 2, expect.stringMatching(/usage: npm run agency:new/)]);
    }
    expect(read(copy, 'subgraphs/registry.ts')).toBe(registry);
    expect(existsSync(path.join(copy, 'subgraphs/cafe'))).toBe(false);
  });

  test('with no other edit, type-checking, lint and every generated-file check pass', async () => {
    for (const script of ['typecheck', 'lint', 'generate:check', 'codegen:check', 'supergraph:check']) {
      const result = await npm(script);
      expect([script, result.code, result.code === 0 ? '' : result.output]).toEqual([script, 0, '']);
    }
  }, 300_000);

  test('with no other edit, the generic suites pass with the new agency in them', async () => {
    const whole = await npm('test', 'tests/composition.test.ts', 'tests/docker-compose.test.ts');
    expect([whole.code, whole.code === 0 ? '' : whole.output]).toEqual([0, '']);
    // Of the suites that start a center: the new agencies' rows (as caller and as owner, and without N+1), every agency's record of the showcase person, and the citizen's own view.
    const rows = `${NEW.map((n) => n.agency).join('|')}|every field of every subgraph|citizen reads every`;
    const result = await npm('test', 'tests/graph.test.ts', 'tests/authorization.test.ts', '--verbose', '--testNamePattern', rows);
    expect([result.code, result.code === 0 ? '' : result.output]).toEqual([0, '']);
    const expected = NEW.flatMap(({ agency, records }) => [
      `COUNSELLOR of ${agency}`,
      ...(records ? [`as ${agency} staff: SQL statements per subgraph are the same`, `${agency}: its field is present exactly when it knows`] : []),
    ]);
    for (const row of expected) expect([row, result.output.includes(`✓ ${row}`)]).toEqual([row, true]);
  }, 400_000);
});
