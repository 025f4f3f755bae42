import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { brnCheckDigit } from '../subgraphs/shared/jobs/brn.js';
import { demoPostings } from '../subgraphs/shared/jobs/demo.js';
import { addDays } from '../subgraphs/shared/demo/random.js';
import { isoToday } from '../subgraphs/shared/policy/disclosure.js';
import { staffAt } from './support/callers.js';
import { System } from './support/system.js';

// As `npm start` runs: no Redis, every subgraph in one process, events on the in-process stream.
let system: System;
beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: 20 });
});
afterAll(() => system?.stop());

const BOARD = '{ jobBoard(first: 100) { totalCount edges { node { agencies postings { id } } } } }';

test('without Redis the board takes the seeded postings at start and a new posting before the mutation answers', async () => {
  const today = isoToday();
  const start = await system.query(BOARD, {}, { purpose: null });
  const onBoard = start.data.jobBoard.edges.flatMap((e: any) => e.node.postings.map((p: any) => p.id));
  expect(onBoard.sort()).toEqual(
    demoPostings()
      .filter((p) => p.closeOn >= today)
      .map((p) => p.id)
      .sort(),
  );

  const nine = '987654321';
  const token = await system.token(staffAt('ctr-seoul-west', 'VETERANS'));
  const { data, errors } = await system.query(
    `mutation ($input: JobPostingInput!) { registerVeteranJobPosting(input: $input) { id } }`,
    {
      input: {
        title: '시설 경비원',
        employerName: '(주)임베디드',
        businessRegistrationNumber: `${nine}${brnCheckDigit(nine)}`,
        occupationCode: '5731',
        workMunicipalityCode: '11380',
        monthlyWageKrw: 2_300_000,
        employmentType: 'FIXED_TERM',
        openings: 1,
        openOn: today,
        closeOn: addDays(today, 30),
        idempotencyKey: randomUUID(),
      },
    },
    { token, purpose: null },
  );
  expect(errors).toBeUndefined();
  // No waiting: the in-process relay hands the event to the board before the mutation returns.
  const after = await system.query(BOARD, {}, { purpose: null });
  expect(after.data.jobBoard.totalCount).toBe(start.data.jobBoard.totalCount + 1);
  expect(after.data.jobBoard.edges.some((e: any) => e.node.postings.some((p: any) => p.id === data.registerVeteranJobPosting.id))).toBe(true);
});
