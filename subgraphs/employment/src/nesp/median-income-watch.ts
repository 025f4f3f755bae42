import type { SubgraphWorker } from '../../../shared/definition.js';
import { isoToday } from '../../../shared/policy/disclosure.js';
import { missingMedianIncomeYears } from './eligibility.js';

const DAY_MS = 86_400_000;

/**
 * Warns, at start and once a day, while the standard median income table
 * lacks this year (Participant.nespEligibility is refused until it is added)
 * or, in the last 60 days of a year, the next one. The Ministry of Health and
 * Welfare publishes each year's figures in the summer before.
 */
export const medianIncomeWatch: SubgraphWorker = async ({ log }) => {
  const check = () => {
    const today = isoToday();
    for (const year of missingMedianIncomeYears(today)) {
      const when = year === Number(today.slice(0, 4)) ? 'now' : `from ${year}-01-01`;
      log.warn(
        { year, table: 'subgraphs/employment/src/nesp/median-income.json' },
        `no ${year} standard median income (기준중위소득) on file: NESP eligibility of a participant cannot be decided ${when}; add the year's line as published`,
      );
    }
  };
  check();
  const timer = setInterval(check, DAY_MS).unref();
  return async () => clearInterval(timer);
};
