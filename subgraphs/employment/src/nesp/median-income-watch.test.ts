import { afterEach, describe, expect, jest, test } from '@jest/globals';
import type { WorkerEnv } from '../../../shared/definition.js';
import type { Context } from '../context.js';
import table from './median-income.json' with { type: 'json' };
import { missingMedianIncomeYears } from './eligibility.js';
import { medianIncomeWatch } from './median-income-watch.js';
import { nespEligibility } from './participant.js';

/** The table's last year, so these hold whichever years it covers: the day after it is the day the watch is for. */
const LAST = Math.max(...Object.keys(table.years).map(Number));
const NEXT = LAST + 1;
/** Noon in Korea on `day`. */
const at = (day: string) => new Date(`${day}T03:00:00Z`);

afterEach(() => {
  jest.useRealTimers();
});

describe('the years deciding eligibility needs', () => {
  test.each([
    [`${LAST}-06-01`, []],
    [`${LAST}-11-01`, []],
    [`${LAST}-11-02`, [NEXT]], // 60 days before the next year begins
    [`${LAST}-12-31`, [NEXT]],
    [`${NEXT}-01-01`, [NEXT]],
    [`${NEXT}-11-15`, [NEXT, NEXT + 1]],
  ])('on %s the table lacks %j', (today, missing) => {
    expect(missingMedianIncomeYears(today)).toEqual(missing);
  });
});

describe('the employment subgraph', () => {
  async function warnings(day: string): Promise<string[]> {
    jest.useFakeTimers({ now: at(day) });
    const lines: string[] = [];
    const log = { info: () => undefined, warn: (_: object, message = '') => void lines.push(message) };
    const stop = await medianIncomeWatch({ log } as unknown as WorkerEnv);
    jest.advanceTimersByTime(86_400_000); // and once more a day later
    await stop();
    return lines;
  }

  test('warns at start and daily before a year it has no median income for, and while in it', async () => {
    expect(await warnings(`${LAST}-06-01`)).toEqual([]);
    expect(await warnings(`${LAST}-12-07`)).toEqual(
      Array(2).fill(expect.stringMatching(new RegExp(`^no ${NEXT} standard median income .* from ${NEXT}-01-01;`))),
    );
    expect(await warnings(`${NEXT}-01-02`)).toEqual(Array(2).fill(expect.stringMatching(new RegExp(`^no ${NEXT} standard median income .* decided now;`))));
  });

  test("refuses a participant's eligibility in a year without its median income, and decides it in one with", async () => {
    const context = { loaders: { benefitClaims: { load: async () => [] }, placements: { load: async () => [] } } } as unknown as Context;
    const person = {
      id: 'par-1',
      birthDate: '1990-05-01',
      welfare: { household: { size: 2, monthlyIncomeKrw: 1_500_000, assetsKrw: 50_000_000, vulnerableGroup: null } },
    };
    jest.useFakeTimers({ now: at(`${LAST}-06-01`) });
    expect((await nespEligibility(person, {}, context)).track).toBe('TYPE_I_SELECTION');
    jest.setSystemTime(at(`${NEXT}-01-02`));
    const refusal = await nespEligibility(person, {}, context).catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      message: expect.stringContaining(`no ${NEXT} standard median income`),
      extensions: { code: 'RULES_NOT_AVAILABLE', year: NEXT },
    });
  });
});
