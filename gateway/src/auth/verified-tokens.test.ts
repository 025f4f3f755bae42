import { describe, expect, test } from '@jest/globals';
import { DEMO_COUNSELLOR } from './dev-issuer.js';
import { VERIFIED_FOR_MS, VerifiedTokens } from './verified-tokens.js';

describe('VerifiedTokens', () => {
  let clock = 1_000_000_000_000;
  const now = () => clock;
  const caller = () => ({ ...DEMO_COUNSELLOR, roles: [...DEMO_COUNSELLOR.roles], municipalities: [...DEMO_COUNSELLOR.municipalities] });
  const inSeconds = (s: number) => Math.floor(clock / 1000) + s;

  test('a token is known again by its whole string only', () => {
    const tokens = new VerifiedTokens(now);
    tokens.remember('header.payload.signature', caller(), inSeconds(600), 5);
    expect(tokens.get('header.payload.signature')).toMatchObject({ subject: DEMO_COUNSELLOR.subject });
    expect(tokens.get('header.payload.signaturf')).toBeUndefined();
    expect(tokens.get('header.payload.signature ')).toBeUndefined();
  });

  test('is forgotten once it expires (with the clock tolerance), and after VERIFIED_FOR_MS however long it lives', () => {
    const tokens = new VerifiedTokens(now);
    tokens.remember('short', caller(), inSeconds(10), 5);
    tokens.remember('long', caller(), inSeconds(8 * 3600), 5);
    clock += 14_000;
    expect(tokens.get('short')).toBeDefined();
    clock += 1_000;
    expect(tokens.get('short')).toBeUndefined();
    clock += VERIFIED_FOR_MS - 15_000 - 1;
    expect(tokens.get('long')).toBeDefined();
    clock += 1;
    expect(tokens.get('long')).toBeUndefined();
  });

  test('holds at most its capacity, dropping the least recently used', () => {
    const tokens = new VerifiedTokens(now, 2);
    tokens.remember('a', caller(), inSeconds(600), 5);
    tokens.remember('b', caller(), inSeconds(600), 5);
    tokens.get('a');
    tokens.remember('c', caller(), inSeconds(600), 5);
    expect([tokens.get('a'), tokens.get('b'), tokens.get('c')].map(Boolean)).toEqual([true, false, true]);
  });

  test('the caller it keeps cannot be changed by a request that shares it', () => {
    const tokens = new VerifiedTokens(now);
    tokens.remember('t', caller(), inSeconds(600), 5);
    const kept = tokens.get('t')!;
    expect(() => (kept.roles as string[]).push('ADMIN')).toThrow(TypeError);
    expect(() => Object.assign(kept, { agency: 'WOMEN' })).toThrow(TypeError);
  });
});
