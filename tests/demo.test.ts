import { describe, expect, test } from '@jest/globals';
import { demoConsents, generatePopulation, REFERENCE_DATE, showcaseParticipant, type KnownTo } from '../subgraphs/shared/demo/population.js';
import { addDays } from '../subgraphs/shared/demo/random.js';
import { demoPostings } from '../subgraphs/shared/jobs/demo.js';
import { isoToday } from '../subgraphs/shared/policy/disclosure.js';
import { MUNICIPALITIES, centerServing } from '../subgraphs/shared/demo/regions.js';
import { RECORD_HOLDERS } from '../subgraphs/registry.js';

const population = generatePopulation(2000);
const agencyCount = (known: KnownTo) => Object.values(known).filter(Boolean).length;

describe('demo population', () => {
  test('is deterministic: the same size gives the same people', () => {
    const again = generatePopulation(2000);
    expect(again.people).toEqual(population.people);
    expect(again.households).toEqual(population.households);
  });

  test('a smaller world is the start of a larger one, so the showcase ID is stable', () => {
    expect(showcaseParticipant(generatePopulation(10)).id).toBe(showcaseParticipant(population).id);
  });

  test('makes exactly the requested number of people with unique pseudonymous IDs', () => {
    expect(population.people).toHaveLength(2000);
    expect(new Set(population.people.map((p) => p.id)).size).toBe(2000);
    for (const person of population.people) expect(person.id).toMatch(/^ptc_[a-z0-9]{10}$/);
  });

  test('people are known to different mixes of agencies, from none to all of them', () => {
    const counts = population.people.map((p) => agencyCount(p.knownTo));
    expect(counts.filter((n) => n === 1).length).toBeGreaterThan(200);
    expect(counts.filter((n) => n >= 4).length).toBeGreaterThan(5);
    expect(agencyCount(showcaseParticipant(population).knownTo)).toBe(RECORD_HOLDERS.length);
  });

  test('some veterans are also in self-sufficiency work', () => {
    expect(population.people.filter((p) => p.knownTo.veterans && p.knownTo.selfSufficiency).length).toBeGreaterThan(0);
  });

  test('households match their people', () => {
    for (const household of population.households) {
      const members = household.memberIds.map((id) => population.byId.get(id)!);
      expect(members.filter((m) => m.relation === 'HEAD')).toHaveLength(1);
      for (const member of members) {
        expect(member.householdId).toBe(household.id);
        expect(member.municipalityCode).toBe(household.municipalityCode);
        expect(member.centerId).toBe(centerServing(household.municipalityCode).id);
      }
    }
    expect(population.households.reduce((n, h) => n + h.memberIds.length, 0)).toBe(2000);
  });

  test('self-sufficiency participants come from low-income households', () => {
    for (const person of population.people.filter((p) => p.knownTo.selfSufficiency)) {
      expect(population.householdById.get(person.householdId)!.livelihood).not.toBe('NONE');
    }
  });

  test('everyone lives in one of the real 시군구 of the demo regions', () => {
    const codes = new Set(MUNICIPALITIES.map((m) => m.code));
    for (const person of population.people) expect(codes.has(person.municipalityCode)).toBe(true);
  });
});

/**
 * Whatever day the demo is seeded, what it needs to be current is: the same share of consents in force, the
 * showcase person's among them, and the same job postings open as on the population's reference day. (The seeded
 * referrals: subgraphs/workplus/src/store/seed-casework.test.ts.)
 */
describe('the demo stays current whatever day it is seeded', () => {
  const inForce = (day: string) => demoConsents(population, day).filter((c) => c.grantedOn <= day && day <= c.validUntil);
  const openOn = (day: string) => demoPostings(day).filter((p) => p.openOn <= day && day <= p.closeOn);
  const days = [0, 45, 400, 1000, 3650].map((n) => addDays(isoToday(), n));

  test.each(days)('seeded on %s, the same consents are in force as on the reference day, the showcase person’s among them', (day) => {
    const then = inForce(REFERENCE_DATE).map((c) => c.id);
    expect(then.length).toBeGreaterThan(demoConsents(population).length / 2);
    expect(inForce(day).map((c) => c.id)).toEqual(then);
    expect(inForce(day).filter((c) => c.participantId === showcaseParticipant(population).id).length).toBeGreaterThan(0);
  });

  test.each(days)('seeded on %s, the same job postings are open as on the reference day', (day) => {
    const then = openOn(REFERENCE_DATE).map((p) => p.id);
    expect(then.length).toBeGreaterThanOrEqual(20);
    expect(openOn(day).map((p) => p.id)).toEqual(then);
  });
});
