import { describe, expect, test } from '@jest/globals';
import type { Candidate } from './candidates.js';
import { rankVacancies, scorePosting, wishesOf, type DisclosedWishes } from './recommendations.js';

const person: DisclosedWishes = {
  municipalityCode: '11440',
  employment: {
    jobSeeker: { desiredOccupation: { code: '5501' }, desiredRegionCode: '11410', desiredMonthlyWageKrw: 2_800_000, desiredEmploymentType: 'FIXED_TERM' },
  },
  womenReemployment: { profile: { desiredOccupation: { code: '2471' }, desiredWorkArrangement: 'PERMANENT_TIME_SELECTIVE', desiredMonthlyWageKrw: 2_400_000 } },
  veterans: null,
};

const posting = (id: string, over: Partial<Candidate> = {}): Candidate => ({
  id,
  vacancyId: `vac-${id}`,
  vacancyOpenedOn: '2026-11-01',
  occupationCode: '9999',
  occupationName: '기타',
  workMunicipalityCode: '26320',
  monthlyWageKrw: 1_000_000,
  employmentType: 'DAILY',
  ...over,
});

describe('ranking by fit', () => {
  const wishes = wishesOf(person);

  test('each criterion scores its points: occupation 50, region 25, wage 15, employment type 10', () => {
    expect(scorePosting(posting('a', { occupationCode: '5501' }), wishes).score).toBe(50);
    expect(scorePosting(posting('b', { workMunicipalityCode: '11410' }), wishes).score).toBe(25);
    expect(scorePosting(posting('c', { workMunicipalityCode: '11440' }), wishes).score).toBe(25);
    expect(scorePosting(posting('d', { workMunicipalityCode: '11380' }), wishes).score).toBe(10);
    // The lowest desired wage on record (women's 2,400,000), not employment's higher one.
    expect(scorePosting(posting('e', { monthlyWageKrw: 2_400_000 }), wishes).score).toBe(15);
    expect(scorePosting(posting('f', { monthlyWageKrw: 2_399_999 }), wishes).score).toBe(0);
    expect(scorePosting(posting('g', { employmentType: 'FIXED_TERM' }), wishes).score).toBe(10);
    // 시간선택제 정규직 is satisfied by permanent or part-time work.
    expect(scorePosting(posting('h', { employmentType: 'PART_TIME' }), wishes).score).toBe(10);
    expect(scorePosting(posting('i', { employmentType: 'PERMANENT' }), wishes).score).toBe(10);
  });

  test('a perfect fit scores 100 with four reasons naming their sources', () => {
    const { score, reasons } = scorePosting(
      posting('p', { occupationCode: '2471', workMunicipalityCode: '11440', monthlyWageKrw: 3_000_000, employmentType: 'PART_TIME' }),
      wishes,
    );
    expect(score).toBe(100);
    expect(reasons).toEqual([
      'desired occupation 기타 (2471), recorded by WOMEN',
      'workplace 11440 is a desired region (home municipality)',
      'pays 3,000,000 KRW a month, at least the desired 2,400,000 KRW (WOMEN)',
      'employment type PART_TIME is desired (WOMEN)',
    ]);
  });

  test('only desired occupations or the provinces of desired regions and home are candidates; a vacancy counts once, by its best posting', () => {
    const ranked = rankVacancies(
      [
        posting('far', { monthlyWageKrw: 9_000_000, employmentType: 'FIXED_TERM' }),
        posting('x1', { vacancyId: 'vac-x', occupationCode: '5501', monthlyWageKrw: 2_000_000 }),
        posting('x2', { vacancyId: 'vac-x', occupationCode: '5501', workMunicipalityCode: '11410', monthlyWageKrw: 2_900_000 }),
        posting('near', { workMunicipalityCode: '11380', monthlyWageKrw: 2_900_000 }),
        posting('tie', { workMunicipalityCode: '11380', monthlyWageKrw: 2_500_000 }),
      ],
      wishes,
      10,
    );
    expect(ranked.map((r) => [r.posting.id, r.score])).toEqual([
      ['x2', 90],
      ['near', 25],
      ['tie', 25],
    ]);
  });

  test('with nothing disclosed, only the home municipality guides the ranking', () => {
    const bare = wishesOf({ municipalityCode: '11440', employment: null, womenReemployment: null, veterans: null });
    expect(
      rankVacancies([posting('a', { occupationCode: '5501' }), posting('b', { workMunicipalityCode: '11410' })], bare, 10).map((r) => r.posting.id),
    ).toEqual(['b']);
  });
});
