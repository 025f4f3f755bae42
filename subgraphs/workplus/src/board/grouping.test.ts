import { describe, expect, test } from '@jest/globals';
import { groupVacancies, type Groupable } from './grouping.js';

const posting = (id: string, openOn: string, closeOn: string, over: Partial<Groupable> = {}): Groupable => ({
  id,
  businessRegistrationNumber: '1048123454',
  occupationCode: '5501',
  openOn,
  closeOn,
  ...over,
});

const groups = (postings: Groupable[]) => {
  const vacancies = groupVacancies(postings);
  const byVacancy = new Map<string, string[]>();
  for (const p of postings) {
    const id = vacancies.get(p.id)!.id;
    byVacancy.set(id, [...(byVacancy.get(id) ?? []), p.id].sort());
  }
  return [...byVacancy.values()].sort((a, b) => a[0]!.localeCompare(b[0]!));
};

describe('the duplicate vacancy rule', () => {
  test('same employer, occupation and overlapping period: one vacancy', () => {
    expect(groups([posting('a', '2026-11-01', '2026-12-31'), posting('b', '2026-12-01', '2027-01-31')])).toEqual([['a', 'b']]);
  });

  test('periods that only touch on one day overlap (both ends inclusive)', () => {
    expect(groups([posting('a', '2026-11-01', '2026-11-30'), posting('b', '2026-11-30', '2026-12-31')])).toEqual([['a', 'b']]);
  });

  test('back-to-back periods that do not share a day are two vacancies', () => {
    expect(groups([posting('a', '2026-11-01', '2026-11-30'), posting('b', '2026-12-01', '2026-12-31')])).toEqual([['a'], ['b']]);
  });

  test('another employer or another occupation is another vacancy', () => {
    expect(
      groups([
        posting('a', '2026-11-01', '2026-12-31'),
        posting('b', '2026-11-01', '2026-12-31', { businessRegistrationNumber: '2118765434' }),
        posting('c', '2026-11-01', '2026-12-31', { occupationCode: '5611' }),
      ]),
    ).toEqual([['a'], ['b'], ['c']]);
  });

  test('transitive: A overlaps B and B overlaps C, so all three are one vacancy though A and C do not overlap', () => {
    expect(groups([posting('c', '2027-01-15', '2027-02-28'), posting('a', '2026-11-01', '2026-12-10'), posting('b', '2026-12-01', '2027-01-20')])).toEqual([
      ['a', 'b', 'c'],
    ]);
  });

  test('a long posting bridges later ones that start after an earlier short one ends', () => {
    expect(
      groups([posting('long', '2026-11-01', '2027-03-01'), posting('short', '2026-11-02', '2026-11-05'), posting('late', '2027-02-01', '2027-02-10')]),
    ).toEqual([['late', 'long', 'short']]);
  });

  test('the vacancy is named by its smallest posting ID and sorted by its latest openOn', () => {
    const vacancies = groupVacancies([posting('job-b', '2026-11-01', '2026-12-31'), posting('job-a', '2026-11-20', '2026-12-31')]);
    expect(vacancies.get('job-b')).toEqual({ id: 'vac-job-a', openedOn: '2026-11-20' });
  });
});
