import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Where `node scripts/run.mjs` keeps the bundles of the entry points in `dir` (a folder per checkout, named for it). */
export function bundlesOf(dir: string): string {
  const checkout = createHash('sha256').update(ROOT).digest('hex').slice(0, 12);
  return path.join(ROOT, 'node_modules/.cache/workplus-run', checkout, path.relative(ROOT, dir));
}

/** Runs one of the project's scripts as `npm run …` does (`tsx <file> <args>`), with more environment: its exit code and everything it printed. */
export async function runScript(file: string, args: string[] = [], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), [file, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}
