import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@jest/globals';
import { decodeJwt } from 'jose';

/** `npm run token`, as a new user calls it, with development keys of its own. */
const DEV_KEYS_DIR = mkdtempSync(path.join(os.tmpdir(), 'workplus-token-'));
const token = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', DEV_KEYS_DIR } });

test('the subgraph name is an agency name too; --help prints usage, not a stack trace', () => {
  const issued = token('--agency', 'selfsufficiency', '--role', 'counsellor');
  expect(issued.status).toBe(0);
  expect(decodeJwt(issued.stdout.trim())).toMatchObject({ agency: 'SELF_SUFFICIENCY', roles: ['COUNSELLOR'] });
  const help = token('--help');
  expect([help.status, help.stdout]).toEqual([0, expect.stringMatching(/--agency .*selfsufficiency/s)]);
  const wrong = token('--nonsense');
  expect([wrong.status, wrong.stderr]).toEqual([2, expect.stringMatching(/Unknown option '--nonsense'[\s\S]*--agency/)]);
  expect(wrong.stderr).not.toMatch(/at .*\.ts:\d+/);
  const long = token('--agency', 'employment', '--role', 'counsellor', '--ttl', '48h');
  expect([long.status, long.stderr]).toEqual([2, expect.stringMatching(/AUTH_MAX_TOKEN_TTL/)]);
});
