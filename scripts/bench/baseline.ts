import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * An earlier commit's code in a temporary git worktree, sharing this checkout's node_modules, so its whole
 * system runs beside this one in the same benchmark. A baseline whose lockfile differs says so: its figures then
 * come from today's packages.
 */
export async function startBaselineWorktree(root: string, ref: string): Promise<{ root: string; commit: string; remove(): Promise<void> }> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const commit = git('rev-parse', '--short', `${ref}^{commit}`);
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'workplus-bench-baseline-')), commit);
  git('worktree', 'add', '--detach', dir, commit);
  let removed = false;
  const remove = async () => {
    if (removed) return;
    removed = true;
    if (existsSync(dir)) git('worktree', 'remove', '--force', dir);
    rmSync(path.dirname(dir), { recursive: true, force: true });
  };
  try {
    // A commit that holds a node_modules of its own (a symlink committed by mistake) gets this checkout's all the same.
    rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  } catch (error) {
    await remove();
    throw error;
  }
  if (!sameLockfile(root, commit)) {
    console.log(`  note: ${commit}'s package-lock.json differs from HEAD's; it runs with this checkout's node_modules`);
  }
  return { root: dir, commit, remove };
}

function sameLockfile(root: string, commit: string): boolean {
  try {
    execFileSync('git', ['diff', '--quiet', commit, 'HEAD', '--', 'package-lock.json'], { cwd: root });
    return true;
  } catch {
    return false;
  }
}
