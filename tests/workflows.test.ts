import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { isoToday } from '../subgraphs/shared/policy/disclosure.js';
import { addDays } from '../subgraphs/shared/demo/random.js';
import { System } from './support/system.js';

/**
 * The center's workflows end to end, through the gateway with real tokens:
 * intake → referral from employment to the women's center → accepted,
 * started, completed → placement → joint credit in the performance report.
 */

const INTAKE = `mutation ($input: IntakeInput!) {
  registerIntake(input: $input) {
    outcome
    intake { id needs participant { id name } referrals { id status fromAgency toAgency service } }
    possibleDuplicates { matchedOn participant { id name birthDate contact { phone } } }
  }
}`;
const REFERRAL_FIELDS = `id status fromAgency toAgency service overdue daysOpen acceptedAt closedAt closingNote
  history { from to by byAgency note at }`;
/** A referral move; decline and cancel take a reason, complete an outcome. */
const MOVE = (name: string, note?: 'reason' | 'outcome') => {
  const params = note ? `, $${note}: String${note === 'reason' ? '!' : ''}` : '';
  return `mutation ($id: ID!${params}) { ${name}(id: $id${note ? `, ${note}: $${note}` : ''}) { ${REFERRAL_FIELDS} } }`;
};
const WORKLIST = `query ($filter: ReferralFilter, $first: Int, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id status overdue daysOpen toAgency fromAgency participant { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const PLACEMENT = `mutation ($input: PlacementInput!) {
  recordPlacement(input: $input) { id placingAgency creditedAgencies creditingReferrals { id service } startedOn }
}`;
const PERFORMANCE = `query ($from: Date!, $to: Date!) {
  center(id: "ctr-seoul-west") {
    performance(from: $from, to: $to) {
      placements jointPlacements
      byAgency { agency placementsCredited placementsMade jointPlacements referralsReceived referralsAccepted medianDaysToAccept }
    }
  }
}`;

const newPerson = (overrides: Record<string, unknown> = {}) => ({
  name: '한지민',
  birthDate: '1988-04-17',
  gender: 'FEMALE',
  phone: '010-7777-1234',
  municipalityCode: '11440',
  ...overrides,
});

/** What employment, taking the intake, may record: its own disclosure to the women's center. */
const consentsForReferral = () => [
  { discloser: 'EMPLOYMENT', recipient: 'WOMEN', purposes: ['REFERRAL', 'COUNSELLING'], validUntil: addDays(isoToday(), 365) },
];

let system: System;
let employment: string;
let women: string;
beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: 300 });
  employment = await system.token();
  women = await system.token({ subject: 'stf-seoul-west-women-1', agency: 'WOMEN' });
});
afterAll(() => system?.stop());

describe('one intake, a closed-loop referral, a placement with joint credit', () => {
  const key = randomUUID();
  let participantId: string;
  let referralId: string;

  test("a counsellor registers a new person with consent and refers them to the women's center in one operation", async () => {
    const input = {
      person: newPerson(),
      needs: ['EMPLOYMENT', 'CAREER_BREAK'],
      consents: consentsForReferral(),
      referrals: [{ service: 'CAREER_BREAK_COUNSELLING', toAgency: 'WOMEN', note: '경력단절 7년, 사무직 희망' }],
      notes: '육아로 경력단절, 재취업 희망',
      idempotencyKey: key,
    };
    const { data, errors } = await system.query(INTAKE, { input }, { token: employment });
    expect(errors).toBeUndefined();
    const result = data.registerIntake;
    expect(result.outcome).toBe('REGISTERED');
    expect(result.possibleDuplicates).toEqual([]);
    expect(result.intake.referrals).toEqual([
      expect.objectContaining({ status: 'REQUESTED', fromAgency: 'EMPLOYMENT', toAgency: 'WOMEN', service: 'CAREER_BREAK_COUNSELLING' }),
    ]);
    participantId = result.intake.participant.id;
    referralId = result.intake.referrals[0].id;

    // What the women's center may tell employment is the women's desk's to record, never employment's.
    const back = [{ discloser: 'WOMEN', recipient: 'EMPLOYMENT', purposes: ['COUNSELLING', 'PLACEMENT'], validUntil: addDays(isoToday(), 365) }];
    const recorded = await system.query(
      'mutation ($id: ID!, $consents: [ConsentInput!]!) { recordConsents(participantId: $id, consents: $consents) { id } }',
      { id: participantId, consents: back },
      { token: women },
    );
    expect(recorded.errors).toBeUndefined();

    // A retry (say, after a timeout) returns the same intake and sends no second referral.
    const retry = await system.query(INTAKE, { input }, { token: employment });
    expect(retry.data.registerIntake.intake.id).toBe(result.intake.id);
    expect(retry.data.registerIntake.intake.referrals.map((r: { id: string }) => r.id)).toEqual([referralId]);
  });

  test("the women's center finds it in its worklist; only it may accept, and only legal moves are made", async () => {
    const received = await system.query(WORKLIST, { filter: { direction: 'RECEIVED', status: ['REQUESTED'] }, first: 100 }, { token: women });
    expect(received.errors).toBeUndefined();
    expect(received.data.referrals.edges.map((e: any) => e.node.id)).toContain(referralId);

    const byEmployment = await system.query(MOVE('acceptReferral'), { id: referralId }, { token: employment });
    expect(byEmployment.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(byEmployment.errors?.[0]?.message).toMatch(/Only WOMEN may accept/);

    const tooEarly = await system.query(MOVE('completeReferral'), { id: referralId }, { token: women });
    expect(tooEarly.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REQUESTED', to: 'COMPLETED' });

    const accepted = await system.query(MOVE('acceptReferral'), { id: referralId }, { token: women });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptReferral.status).toBe('ACCEPTED');
    // Accepting again is a retry, not a second change.
    const again = await system.query(MOVE('acceptReferral'), { id: referralId }, { token: women });
    expect(again.data.acceptReferral.history).toHaveLength(2);

    const declineLate = await system.query(MOVE('declineReferral', 'reason'), { id: referralId, reason: '정원 초과' }, { token: women });
    expect(declineLate.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

    expect((await system.query(MOVE('startReferral'), { id: referralId }, { token: women })).data.startReferral.status).toBe('IN_PROGRESS');
    const done = await system.query(MOVE('completeReferral', 'outcome'), { id: referralId, outcome: '직업상담 5회, 이력서 완성' }, { token: women });
    expect(done.errors).toBeUndefined();
    const referral = done.data.completeReferral;
    expect(referral).toMatchObject({ status: 'COMPLETED', closingNote: '직업상담 5회, 이력서 완성', overdue: false });
    expect(referral.history.map((h: any) => [h.from, h.to, h.byAgency])).toEqual([
      [null, 'REQUESTED', 'EMPLOYMENT'],
      ['REQUESTED', 'ACCEPTED', 'WOMEN'],
      ['ACCEPTED', 'IN_PROGRESS', 'WOMEN'],
      ['IN_PROGRESS', 'COMPLETED', 'WOMEN'],
    ]);
    expect(referral.history.map((h: any) => h.by)).toEqual([
      'stf-seoul-west-employment-1',
      'stf-seoul-west-women-1',
      'stf-seoul-west-women-1',
      'stf-seoul-west-women-1',
    ]);

    // Both agencies see the referral and its history on the person.
    const PERSON_REFERRALS = `query ($id: ID!) { participant(id: $id) { referrals { id status history { to } } } }`;
    for (const token of [employment, women]) {
      const seen = await system.query(PERSON_REFERRALS, { id: participantId }, { token });
      expect(seen.data.participant.referrals).toEqual([{ id: referralId, status: 'COMPLETED', history: expect.any(Array) }]);
    }
    // An agency that is not a party does not.
    const veterans = await system.token({ subject: 'stf-seoul-west-veterans-1', agency: 'VETERANS' });
    expect((await system.query(PERSON_REFERRALS, { id: participantId }, { token: veterans })).data.participant.referrals).toEqual([]);
  });

  test("the women's center places the person, and both agencies are credited", async () => {
    const input = { participantId, employerName: '(주)마포물산', jobTitle: '회계·경리 사무원', startedOn: isoToday(), idempotencyKey: randomUUID() };
    const { data, errors } = await system.query(PLACEMENT, { input }, { token: women, purpose: 'placement' });
    expect(errors).toBeUndefined();
    expect(data.recordPlacement).toMatchObject({
      placingAgency: 'WOMEN',
      creditedAgencies: ['WOMEN', 'EMPLOYMENT'],
      creditingReferrals: [{ id: referralId, service: 'CAREER_BREAK_COUNSELLING' }],
    });
    const retry = await system.query(PLACEMENT, { input }, { token: women, purpose: 'placement' });
    expect(retry.data.recordPlacement.id).toBe(data.recordPlacement.id);
  });

  test('the performance report counts the placement once for the center and credits both agencies', async () => {
    const today = isoToday();
    const { data, errors } = await system.query(PERFORMANCE, { from: today, to: today }, { token: employment });
    expect(errors).toBeUndefined();
    const report = data.center.performance;
    expect(report).toMatchObject({ placements: 1, jointPlacements: 1 });
    const row = (agency: string) => report.byAgency.find((r: any) => r.agency === agency);
    expect(row('WOMEN')).toMatchObject({ placementsCredited: 1, placementsMade: 1, jointPlacements: 1, referralsReceived: 1, referralsAccepted: 1 });
    expect(row('EMPLOYMENT')).toMatchObject({ placementsCredited: 1, placementsMade: 0, jointPlacements: 1 });
    expect(row('WOMEN').medianDaysToAccept).toBeLessThan(0.01);
    expect(report.byAgency.reduce((sum: number, r: any) => sum + r.placementsCredited, 0)).toBe(2);
  });

  test('the timeline shows every step, in time order, to both agencies', async () => {
    const TIMELINE = `query ($id: ID!) { participant(id: $id) { timeline { events { at agency kind title detail } withheldBy } } }`;
    for (const [token, intakeSeen] of [
      [employment, true],
      [women, false],
    ] as const) {
      const { data, errors } = await system.query(TIMELINE, { id: participantId }, { token });
      // Agencies the person gave no consent to disclose to the caller withhold their part (known to them or not): they are
      // named in withheldBy, and their refusals of fields the client never selected stay at the gateway.
      expect(errors).toBeUndefined();
      expect(data.participant.timeline.withheldBy).toEqual(expect.arrayContaining(['VETERANS', 'SELF_SUFFICIENCY', 'SOCIAL_SECURITY']));
      const events = data.participant.timeline.events as { at: string; kind: string; title: string; detail: string }[];
      // The job started today, a date without a time: it sorts at the start of the day, before today's other steps.
      expect(events.map((e) => [e.kind, e.title])).toEqual([
        ['PLACEMENT', '취업: 회계·경리 사무원'],
        ['REGISTRATION', '고용복지플러스센터 최초 등록'],
        // The intake (its needs and notes) is the counselling agency's; the receiving agency sees the referral.
        ...(intakeSeen ? [['INTAKE', '초기상담']] : []),
        ['REFERRAL', '서비스 연계 요청'],
        ['REFERRAL', '서비스 연계 접수'],
        ['REFERRAL', '서비스 연계 진행'],
        ['REFERRAL', '서비스 연계 완료'],
      ]);
      expect(events[0]!.detail).toMatch(/공동 실적 .*새일센터.*, 고용센터/);
      expect(events.find((e) => e.title === '서비스 연계 접수')!.detail).toMatch(/고용센터 → .*새일센터: 새일센터 취업상담/);
      const times = events.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(data.participant.timeline.withheldBy).toEqual(['VETERANS', 'SELF_SUFFICIENCY', 'SOCIAL_SECURITY']);
    }
  });

  test('the person sees every read of their data by both agencies in the data tracker', async () => {
    const citizen = await system.token({ subject: participantId, agency: 'WORKPLUS', roles: ['CITIZEN'], participant: participantId });
    const { data, errors } = await system.query(
      `query ($id: ID!) { participant(id: $id) { dataAccessLog { owner readerId readerAgency purpose items } } }`,
      { id: participantId },
      { token: citizen, purpose: 'self-access' },
    );
    expect(errors).toBeUndefined();
    const log = data.participant.dataAccessLog as { readerAgency: string; items: string[]; purpose: string }[];
    const readsOf = (item: string, agency: string) => log.some((e) => e.readerAgency === agency && e.items.includes(item));
    expect(readsOf('referral', 'EMPLOYMENT')).toBe(true);
    expect(readsOf('referral', 'WOMEN')).toBe(true);
    expect(readsOf('intake', 'EMPLOYMENT')).toBe(true);
    expect(readsOf('placement', 'WOMEN')).toBe(true);
  });
});

describe('duplicate intake', () => {
  const COUNT = `query ($name: String!, $birthDate: Date!) { participants(filter: { name: $name, birthDate: $birthDate }) { totalCount } }`;

  test('the same name and birth date is caught with the matching record, and nothing is written', async () => {
    const person = newPerson({ name: '도하윤', birthDate: '1979-09-09', phone: '010-2468-1357' });
    const first = await system.query(INTAKE, { input: { person, needs: ['EMPLOYMENT'], idempotencyKey: randomUUID() } });
    expect(first.data.registerIntake.outcome).toBe('REGISTERED');
    const firstId = first.data.registerIntake.intake.participant.id;

    const second = await system.query(INTAKE, {
      input: { person: { ...person, name: ' 도 하윤 ', phone: null }, needs: ['WELFARE'], idempotencyKey: randomUUID() },
    });
    expect(second.errors).toBeUndefined();
    expect(second.data.registerIntake).toEqual({
      outcome: 'POSSIBLE_DUPLICATE',
      intake: null,
      possibleDuplicates: [
        { matchedOn: ['NAME_AND_BIRTH_DATE'], participant: { id: firstId, name: '도하윤', birthDate: '1979-09-09', contact: { phone: '010-2468-1357' } } },
      ],
    });
    expect((await system.query(COUNT, { name: '도하윤', birthDate: '1979-09-09' })).data.participants.totalCount).toBe(1);

    // The counsellor takes the registered person instead: the intake is recorded for them.
    const forExisting = await system.query(INTAKE, { input: { participantId: firstId, needs: ['WELFARE'], idempotencyKey: randomUUID() } });
    expect(forExisting.data.registerIntake).toMatchObject({ outcome: 'RECORDED', intake: { participant: { id: firstId } } });
  });

  test('the same phone number is caught too; a counsellor who checked may still register a different person', async () => {
    const person = newPerson({ name: '남궁민', birthDate: '1990-01-01', phone: '010 5555 0000' });
    await system.query(INTAKE, { input: { person, needs: ['EMPLOYMENT'], idempotencyKey: randomUUID() } });
    const other = newPerson({ name: '남궁연', birthDate: '1992-02-02', phone: '01055550000' });
    const caught = await system.query(INTAKE, { input: { person: other, needs: ['EMPLOYMENT'], idempotencyKey: randomUUID() } });
    const [candidate] = caught.data.registerIntake.possibleDuplicates;
    expect(candidate).toMatchObject({ matchedOn: ['PHONE'], participant: { name: '남궁민' } });

    const confirmed = await system.query(INTAKE, {
      input: { person: other, needs: ['EMPLOYMENT'], notDuplicateOf: [candidate.participant.id], idempotencyKey: randomUUID() },
    });
    expect(confirmed.data.registerIntake.outcome).toBe('REGISTERED');
    expect(confirmed.data.registerIntake.intake.participant.id).not.toBe(candidate.participant.id);
  });
});

describe('bad input changes nothing', () => {
  test('an intake with several problems names them all and writes nothing', async () => {
    const person = newPerson({ name: '오류민', birthDate: '2999-01-01', phone: '02-123', municipalityCode: '1144' });
    const { errors } = await system.query(INTAKE, {
      input: {
        person,
        participantId: 'ptc_x',
        needs: [],
        referrals: [{ service: 'NESP', toAgency: 'WOMEN' }],
        idempotencyKey: randomUUID(),
      },
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = errors?.[0]?.extensions?.problems as string[];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/either participantId .* or person/),
        'name at least one need',
        expect.stringMatching(/birthDate 2999-01-01/),
        expect.stringMatching(/phone 02-123/),
        expect.stringMatching(/municipalityCode/),
        'referrals[0]: NESP is a service of EMPLOYMENT, not WOMEN',
        'referrals[0]: NESP serves none of the stated needs',
      ]),
    );
    const count = await system.query(`{ participants(filter: { name: "오류민" }) { totalCount } }`);
    expect(count.data.participants.totalCount).toBe(0);
  });

  test("a referral without the person's consent is refused, and the intake it came with is not written either", async () => {
    const person = newPerson({ name: '무동의', birthDate: '1985-05-05', phone: '010-1111-9999' });
    const { errors } = await system.query(INTAKE, {
      input: { person, needs: ['CAREER_BREAK'], referrals: [{ service: 'CAREER_BREAK_COUNSELLING', toAgency: 'WOMEN' }], idempotencyKey: randomUUID() },
    });
    expect(errors?.[0]?.extensions?.code).toBe('CONSENT_REQUIRED');
    expect(errors?.[0]?.message).toMatch(/not consented to EMPLOYMENT disclosing to WOMEN for referral/);
    const count = await system.query(`{ participants(filter: { name: "무동의" }) { totalCount } }`);
    expect(count.data.participants.totalCount).toBe(0);
  });

  test('a second open referral for the same service is a conflict; decline and cancel need a reason', async () => {
    const intake = await system.query(INTAKE, {
      input: {
        person: newPerson({ name: '중복연계', birthDate: '1975-03-03', phone: '010-3333-4444' }),
        needs: ['CAREER_BREAK'],
        consents: consentsForReferral(),
        referrals: [{ service: 'WOMEN_INTERNSHIP', toAgency: 'WOMEN' }],
        idempotencyKey: randomUUID(),
      },
    });
    const participantId = intake.data.registerIntake.intake.participant.id;
    const referralId = intake.data.registerIntake.intake.referrals[0].id;
    const REQUEST = `mutation ($input: ReferralInput!) { requestReferral(input: $input) { id status } }`;
    const second = await system.query(REQUEST, { input: { participantId, service: 'WOMEN_INTERNSHIP', toAgency: 'WOMEN', idempotencyKey: randomUUID() } });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', referralId });

    const noReason = await system.query(MOVE('declineReferral', 'reason'), { id: referralId, reason: '  ' }, { token: women });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cancelled = await system.query(MOVE('cancelReferral', 'reason'), { id: referralId, reason: '본인 취업' });
    expect(cancelled.data.cancelReferral).toMatchObject({ status: 'CANCELLED', closingNote: '본인 취업' });
    // Closed, so the service can be requested again.
    const third = await system.query(REQUEST, { input: { participantId, service: 'WOMEN_INTERNSHIP', toAgency: 'WOMEN', idempotencyKey: randomUUID() } });
    expect(third.data.requestReferral.status).toBe('REQUESTED');
  });
});

describe('overdue referrals', () => {
  test("open referrals older than the center's limit are flagged, and the limit is a center setting", async () => {
    const desk = await system.token({ subject: 'stf-seoul-west-workplus-1', agency: 'WORKPLUS', roles: ['SUPERVISOR', 'COUNSELLOR'] });
    const overdue = await system.query(WORKLIST, { filter: { overdue: true }, first: 100 }, { token: desk });
    expect(overdue.errors).toBeUndefined();
    const flagged = overdue.data.referrals.edges.map((e: any) => e.node);
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of flagged) {
      expect(r).toMatchObject({ overdue: true });
      expect(['REQUESTED', 'ACCEPTED', 'IN_PROGRESS']).toContain(r.status);
      expect(r.daysOpen).toBeGreaterThanOrEqual(14);
    }
    const SET = `mutation ($days: Int!) { setReferralOverdueDays(centerId: "ctr-seoul-west", days: $days) { referralOverdueDays } }`;
    expect((await system.query(SET, { days: 0 }, { token: desk })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await system.query(SET, { days: 30 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A limit among the flagged ones' ages, within the 1–180 days a center may set. The demo's referrals are dated
    // back from the day it was seeded (up to 300 days), so the median flagged one is within reach on any day.
    const ages = flagged.map((r: any) => r.daysOpen as number).sort((a: number, b: number) => a - b);
    const limit = Math.min(180, Math.max(15, ages[Math.floor(ages.length / 2)]!));
    expect((await system.query(SET, { days: limit }, { token: desk })).data.setReferralOverdueDays.referralOverdueDays).toBe(limit);
    const after = await system.query(WORKLIST, { filter: { overdue: true }, first: 100 }, { token: desk });
    const stillFlagged = after.data.referrals.edges.map((e: any) => e.node);
    for (const r of stillFlagged) expect(r.daysOpen).toBeGreaterThanOrEqual(limit);
    const younger = flagged.filter((r: any) => r.daysOpen < limit).map((r: any) => r.id);
    expect(younger.length).toBeGreaterThan(0); // else this test no longer tells a raised limit from an ignored one
    expect(stillFlagged.filter((r: any) => younger.includes(r.id))).toEqual([]);
    await system.query(SET, { days: 14 }, { token: desk });
  });

  test('the worklist pages with cursors without repeating or skipping a referral', async () => {
    const desk = await system.token({ subject: 'stf-seoul-west-workplus-1', agency: 'WORKPLUS', roles: ['COUNSELLOR'] });
    const all = await system.query(WORKLIST, { first: 100 }, { token: desk });
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await system.query(WORKLIST, { first: 3, after }, { token: desk });
      ids.push(...page.data.referrals.edges.map((e: any) => e.node.id));
      after = page.data.referrals.pageInfo.hasNextPage ? page.data.referrals.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(all.data.referrals.edges.map((e: any) => e.node.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
