import { expect, test } from '@jest/globals';
import { EMPLOYERS } from '../demo/occupations.js';
import { brnCheckDigit, brnProblem, normalizeBrn } from './brn.js';

test('the check digit follows the National Tax Service formula', () => {
  // 220-81-62517: 2·1+2·3+0·7+8·1+1·3+6·7+2·1+5·3+1·5 = 83, plus ⌊1·5/10⌋ = 0 → (10 − 3) mod 10 = 7.
  expect(brnCheckDigit('220816251')).toBe(7);
  // The ninth digit's tens (⌊9·5/10⌋ = 4) count: 124-81-00998.
  expect(brnCheckDigit('124810099')).toBe(8);
});

test("a number is valid only with 10 digits and the right check digit; hyphens are the caller's to strip", () => {
  expect(brnProblem('2208162517')).toBeNull();
  expect(brnProblem('2208162518')).toMatch(/wrong check digit/);
  expect(brnProblem('220816251')).toMatch(/10 digits/);
  expect(brnProblem('220-81-62517')).toMatch(/10 digits/);
  expect(brnProblem(normalizeBrn('220-81-62517'))).toBeNull();
});

test('every demo employer has a valid number', () => {
  for (const employer of EMPLOYERS) expect([employer.name, brnProblem(employer.brn)]).toEqual([employer.name, null]);
});
