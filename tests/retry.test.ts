import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getNamedType, isInputObjectType, isLeafType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { brnCheckDigit } from '../subgraphs/shared/jobs/brn.js';
import { addDays } from '../subgraphs/shared/demo/random.js';
import type { AgencyCode } from '../trust/identity.js';
import { isoToday } from '../subgraphs/shared/policy/disclosure.js';
import { staffAt } from './support/callers.js';
import { apiSchema, ownerOf } from './support/disclosure-oracle.js';
import { System } from './support/system.js';

/**
 * The generated retry suite (issue 9): every mutation of the API schema that
 * takes an idempotencyKey, found in the schema, is sent twice in a row and
 * five times at once (one record, the same answer each time), then with the
 * same key and another input, and from another caller (IDEMPOTENCY_KEY_REUSED,
 * nothing of the first request in the answer). A new such mutation fails
 * here until it has a valid input below.
 */
type Input = Record<string, unknown>;
interface Case {
  /** The agency whose staff send it. */
  agency: AgencyCode;
  /** A valid input for a new record (idempotencyKey added by the suite). */
  input(system: System): Promise<Input>;
  /** The same request with one thing changed. */
  changed(input: Input): Input;
  /** Another caller who may send it too: by default the women's center's desk beside the sender. */
  stranger?: { agency: AgencyCode; center: string };
}

const brn = () => {
  const nine = String(randomInt(100_000_000, 999_999_999));
  return `${nine}${brnCheckDigit(nine)}`;
};
const posting = (agency: AgencyCode): Case => ({
  agency,
  input: async () => ({
    title: `재시도 시험 ${randomUUID().slice(0, 8)}`,
    employerName: '(주)재시도',
    businessRegistrationNumber: brn(),
    occupationCode: '0231',
    workMunicipalityCode: '11440',
    monthlyWageKrw: 2_600_000,
    employmentType: 'PERMANENT',
    openings: 2,
    openOn: isoToday(),
    closeOn: addDays(isoToday(), 30),
  }),
  changed: (input) => ({ ...input, openings: 3 }),
  // Only the owner's staff register its postings: the stranger is the same agency in another city.
  stranger: { agency, center: 'ctr-incheon' },
});

/** A new person registered by Seoul-West employment, with consent for employment to refer them to `to`. */
async function newPerson(system: System, to: AgencyCode): Promise<string> {
  const { data, errors } = await system.query('mutation ($input: IntakeInput!) { registerIntake(input: $input) { intake { participant { id } } } }', {
    input: {
      person: {
        name: `재시도${randomUUID().slice(0, 6)}`,
        birthDate: `19${randomInt(60, 99)}-0${randomInt(1, 9)}-1${randomInt(0, 9)}`,
        gender: 'FEMALE',
        municipalityCode: '11440',
      },
      needs: ['EMPLOYMENT'],
      consents: [{ discloser: 'EMPLOYMENT', recipient: to, purposes: ['REFERRAL'], validUntil: addDays(isoToday(), 365) }],
      idempotencyKey: randomUUID(),
    },
  });
  expect(errors).toBeUndefined();
  return data.registerIntake.intake.participant.id;
}

const CASES: Record<string, Case> = {
  registerEmploymentJobPosting: posting('EMPLOYMENT'),
  registerWomenJobPosting: posting('WOMEN'),
  registerVeteranJobPosting: posting('VETERANS'),
  registerJobCenterJobPosting: posting('JOBCENTER'),
  bookRoom: {
    agency: 'EMPLOYMENT',
    input: async () => {
      // A free slot: a random 20 minutes of one of the center's rooms within the booking horizon.
      const start = new Date(`${addDays(isoToday(), randomInt(2, 300))}T00:00:00+09:00`).getTime() + randomInt(8 * 12, 18 * 12) * 5 * 60_000;
      const kst = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().replace('Z', '+09:00');
      return { roomId: `room-seoul-west-${randomInt(1, 4)}`, startsAt: kst(start), endsAt: kst(start + 20 * 60_000), purpose: '재시도 시험' };
    },
    changed: (input) => ({ ...input, purpose: '다른 목적' }),
  },
  registerIntake: {
    agency: 'EMPLOYMENT',
    input: async () => ({
      person: { name: `재시도${randomUUID().slice(0, 6)}`, birthDate: '1990-03-0' + randomInt(1, 9), gender: 'MALE', municipalityCode: '11440' },
      needs: ['EMPLOYMENT'],
    }),
    changed: (input) => ({ ...input, person: { ...(input.person as Input), name: `다른사람${randomUUID().slice(0, 4)}` } }),
  },
  requestReferral: {
    agency: 'EMPLOYMENT',
    input: async (system) => ({ participantId: await newPerson(system, 'WOMEN'), service: 'CAREER_BREAK_COUNSELLING', toAgency: 'WOMEN' }),
    changed: (input) => ({ ...input, note: '다른 내용' }),
    // The women's center does not refer to itself; the veterans' desk beside the sender may refer to it.
    stranger: { agency: 'VETERANS', center: 'ctr-seoul-west' },
  },
  recordPlacement: {
    agency: 'EMPLOYMENT',
    input: async (system) => ({ participantId: await newPerson(system, 'WOMEN'), employerName: '(주)재시도', jobTitle: '사무원', startedOn: isoToday() }),
    changed: (input) => ({ ...input, jobTitle: '다른 직무' }),
  },
};

/** Mutations whose input carries an idempotencyKey, from the schema. */
const IDEMPOTENT = Object.values((apiSchema.getMutationType() as GraphQLObjectType).getFields()).filter((field) =>
  field.args.some((arg) => {
    const type = getNamedType(arg.type);
    return isInputObjectType(type) && 'idempotencyKey' in type.getFields();
  }),
);

test('every mutation with an idempotencyKey has a case in this suite', () => {
  expect(IDEMPOTENT.map((f) => f.name).sort()).toEqual(Object.keys(CASES).sort());
});

/** The mutation with its one input argument, selecting the answer's scalars and the IDs of what it returns. */
function mutationOf(field: GraphQLField<unknown, unknown>): string {
  const arg = field.args[0]!;
  const type = getNamedType(field.type) as GraphQLObjectType;
  const selection = Object.values(type.getFields())
    .filter((f) => f.args.length === 0)
    .flatMap((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return [f.name];
      return isObjectType(named) && 'id' in named.getFields() ? [`${f.name} { id }`] : [];
    })
    .join(' ');
  return `mutation ($${arg.name}: ${arg.type}) { ${field.name}(${arg.name}: $${arg.name}) { ${selection} } }`;
}

describe.each(['pglite', 'postgres'] as const)('on %s', (storage) => {
  let system: System;
  const sent: Record<string, number> = {};
  beforeAll(async () => {
    system = await System.start({ storage, seedSize: 30 });
  });
  afterAll(async () => {
    console.log(`retry suite on ${storage}: ${IDEMPOTENT.length} mutations, requests by subgraph: ${JSON.stringify(sent)}`);
    await system?.stop();
  });

  test.each(IDEMPOTENT.map((f) => [f.name, f] as const))('%s', async (name, field) => {
    const { agency, input, changed } = CASES[name]!;
    const token = await system.token({ ...staffAt('ctr-seoul-west', agency, 2), roles: ['COUNSELLOR'] });
    const other = CASES[name]!.stranger ?? { agency: 'WOMEN', center: 'ctr-seoul-west' };
    const stranger = await system.token({ ...staffAt(other.center, other.agency, 2), roles: ['COUNSELLOR'] });
    const query = mutationOf(field);
    const send = (values: Input, as = token) => {
      sent[ownerOf(field)] = (sent[ownerOf(field)] ?? 0) + 1;
      return system.query(query, { [field.args[0]!.name]: values }, { token: as, purpose: 'counselling' });
    };
    const first = { ...(await input(system)), idempotencyKey: randomUUID() };
    const once = await send(first);
    expect(once.errors).toBeUndefined();
    const again = await send(first);
    expect(again).toEqual(once);

    const racing = { ...(await input(system)), idempotencyKey: randomUUID() };
    const copies = await Promise.all(Array.from({ length: 5 }, () => send(racing)));
    expect(copies.map((c) => c.errors)).toEqual(copies.map(() => undefined));
    expect(new Set(copies.map((c) => JSON.stringify(c.data))).size).toBe(1);
    expect(JSON.stringify(copies[0]!.data)).not.toBe(JSON.stringify(once.data));

    for (const [why, reused] of [
      ['another input', () => send(changed(first))],
      ['another caller', () => send(first, stranger)],
    ] as const) {
      const refused = await reused();
      expect([why, refused.errors?.map((e) => e.extensions?.code)]).toEqual([why, ['IDEMPOTENCY_KEY_REUSED']]);
      expect(refused.data?.[name] ?? null).toBeNull();
      const firstId = JSON.stringify(once.data).match(/"id":"([^"]+)"/)![1]!;
      expect(JSON.stringify(refused)).not.toContain(firstId);
    }
  });
});
