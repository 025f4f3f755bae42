import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { addDays } from '../subgraphs/shared/demo/random.js';
import { isoToday } from '../subgraphs/shared/policy/disclosure.js';
import { encodeCursor } from '../subgraphs/shared/pagination.js';
import { System } from './support/system.js';

/** The defects of issue 9 that the generated suites (hostile-input, retry) do not reach by type alone. */
const SEED = 60;
const showcase = showcaseParticipant(generatePopulation(SEED));
let system: System;
beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: SEED });
});
afterAll(() => system?.stop());

const INTAKE = 'mutation ($input: IntakeInput!) { registerIntake(input: $input) { outcome intake { id } } }';
const person = (extra: Record<string, unknown> = {}) => ({ name: '정상이름', birthDate: '1987-06-05', gender: 'FEMALE', municipalityCode: '11440', ...extra });
const codes = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

describe('values that type checks pass but the rules do not', () => {
  test('a name of nothing visible, a 300-character email, invalid IDs in notDuplicateOf: refused, nothing registered', async () => {
    for (const input of [
      { person: person({ name: '\u200b\u200b' }), needs: ['EMPLOYMENT'], idempotencyKey: randomUUID() },
      { person: person({ email: `${'a'.repeat(290)}@example.kr` }), needs: ['EMPLOYMENT'], idempotencyKey: randomUUID() },
      { person: person(), notDuplicateOf: ['ptc_doesnotexist'], needs: ['EMPLOYMENT'], idempotencyKey: randomUUID() },
    ]) {
      const refused = await system.query(INTAKE, { input });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    }
    const found = await system.query('{ participants(filter: { name: "정상이름" }) { totalCount } }');
    expect(found.data.participants.totalCount).toBe(0);
  });

  test('a cursor that decodes but holds no valid sort key is refused, not sent to SQL', async () => {
    for (const after of [encodeCursor('0NaN-NaN-NaNTNaN:NaN:NaN.NaNZ|ref-x'), encodeCursor('|'), encodeCursor("2026-01-01T00:00:00.000Z|x' or 1=1")]) {
      const worklist = await system.query('query ($after: String) { referrals(after: $after) { edges { cursor } } }', { after });
      expect(codes(worklist)).toEqual(['BAD_USER_INPUT']);
    }
    const board = await system.query('query ($after: String) { jobBoard(after: $after) { totalCount } }', { after: encodeCursor('9999-99-99|vac-x') });
    expect(codes(board)).toEqual(['BAD_USER_INPUT']);
  });

  test('a booking in the year 9999 is refused; ten desks racing for one slot get one booking and nine CONFLICTs', async () => {
    const far = await system.query('mutation ($input: BookRoomInput!) { bookRoom(input: $input) { id } }', {
      input: {
        roomId: 'room-seoul-west-2',
        startsAt: '9999-01-01T10:00:00+09:00',
        endsAt: '9999-01-01T11:00:00+09:00',
        purpose: '먼 미래',
        idempotencyKey: randomUUID(),
      },
    });
    expect(codes(far)).toEqual(['BAD_USER_INPUT']);
    const day = addDays(isoToday(), 40);
    const race = await Promise.all(
      Array.from({ length: 10 }, () =>
        system.query('mutation ($input: BookRoomInput!) { bookRoom(input: $input) { id } }', {
          input: {
            roomId: 'room-seoul-west-1',
            startsAt: `${day}T14:00:00+09:00`,
            endsAt: `${day}T15:00:00+09:00`,
            purpose: '경합',
            idempotencyKey: randomUUID(),
          },
        }),
      ),
    );
    expect(race.filter((r) => !r.errors).length).toBe(1);
    expect(race.flatMap(codes).sort()).toEqual(Array(9).fill('CONFLICT'));
  });
});

describe('one error shape', () => {
  test('a bad date written in the query and the same value in a variable are both BAD_USER_INPUT, with the same message', async () => {
    const literal = await system.query(
      '{ nespEligibilityCheck(input: { birthDate: "02/05/1996", applicationDate: "2026-03-15", householdSize: 1, monthlyHouseholdIncomeKrw: 1, householdAssetsKrw: 1, workExperienceDays: 0, workExperienceHours: 0 }) { track } }',
      {},
      { purpose: null },
    );
    const variable = await system.query(
      'query ($b: Date!) { nespEligibilityCheck(input: { birthDate: $b, applicationDate: "2026-03-15", householdSize: 1, monthlyHouseholdIncomeKrw: 1, householdAssetsKrw: 1, workExperienceDays: 0, workExperienceHours: 0 }) { track } }',
      { b: '02/05/1996' },
      { purpose: null },
    );
    expect(codes(literal)).toEqual(['BAD_USER_INPUT']);
    expect(codes(variable)).toEqual(['BAD_USER_INPUT']);
    expect(literal.errors![0]!.message).toBe(variable.errors![0]!.message);
  });

  test('a DateTime without an offset is refused rather than read as UTC', async () => {
    const day = addDays(isoToday(), 20);
    const booked = await system.query('mutation ($input: BookRoomInput!) { bookRoom(input: $input) { id } }', {
      input: { roomId: 'room-seoul-west-3', startsAt: `${day} 10:00`, endsAt: `${day}T11:00:00`, purpose: '오프셋 없음', idempotencyKey: randomUUID() },
    });
    expect(codes(booked)).toEqual(['BAD_USER_INPUT']);
    expect(booked.errors![0]!.message).toMatch(/with an offset/);
  });

  test('errors only for what the client asked: recommendedJobs brings no refusal of the records it needed', async () => {
    const token = await system.token({ agency: 'JOBCENTER', subject: 'stf-seoul-west-jobcenter-1' });
    const { data, errors } = await system.query(
      'query ($id: ID!) { participant(id: $id) { recommendedJobs(first: 3) { score } } }',
      { id: showcase.id },
      { token },
    );
    expect(errors).toBeUndefined();
    expect(Array.isArray(data.participant.recommendedJobs)).toBe(true);
  });
});
