import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { DEMO_COUNSELLOR } from '../gateway/src/auth/dev-issuer.js';
import { demoConsents, generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { RECORD_HOLDERS } from '../subgraphs/registry.js';
import { staffAt } from './support/callers.js';
import { System } from './support/system.js';

/** Participant.timeline (issue 4, part 8): every agency's events, each under that agency's policy, in time order. */
const SEED = 150;
const population = generatePopulation(SEED);
const showcase = showcaseParticipant(population);
const consenting = new Set(demoConsents(population).map((c) => c.participantId));
/** Every agency that keeps personal records, and those among them the demo counsellor (EMPLOYMENT) is not. */
const RECORD_AGENCIES: string[] = RECORD_HOLDERS.map((s) => s.agency);
const PARTNERS = RECORD_AGENCIES.filter((a) => a !== 'EMPLOYMENT');

const TIMELINE = 'query ($id: ID!) { participant(id: $id) { timeline { events { at agency kind title detail } withheldBy } } }';
const TRACKER = 'query ($id: ID!) { participant(id: $id) { dataAccessLog { owner readerId purpose basis items } } }';

interface Event {
  at: string;
  agency: string;
  kind: string;
  title: string;
  detail: string | null;
}

let system: System;
beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: SEED });
});
afterAll(() => system?.stop());

const timelineOf = async (id: string, as: { token?: string; purpose?: string } = {}) => {
  const { data, errors } = await system.query(TIMELINE, { id }, as);
  expect(data?.participant?.timeline).toBeDefined();
  return { ...(data.participant.timeline as { events: Event[]; withheldBy: string[] }), errors: errors ?? [] };
};
const agenciesIn = (events: Event[]) => new Set(events.map((e) => e.agency));
const times = (events: Event[]) => events.map((e) => Date.parse(e.at));

describe('Participant.timeline', () => {
  test('with consent, the showcase person’s timeline has every agency’s events, oldest first, starting with registrations', async () => {
    const { events, withheldBy, errors } = await timelineOf(showcase.id);
    expect(errors).toEqual([]);
    expect(withheldBy).toEqual([]);
    expect(agenciesIn(events)).toEqual(new Set(['WORKPLUS', 'EMPLOYMENT', ...PARTNERS]));
    expect(times(events)).toEqual([...times(events)].sort((a, b) => a - b));
    expect(events).toContainEqual(
      expect.objectContaining({
        agency: 'WORKPLUS',
        kind: 'REGISTRATION',
        at: new Date(showcase.registeredAt).toISOString(),
        detail: '서울서부고용복지플러스센터',
      }),
    );
    for (const agency of RECORD_AGENCIES) {
      expect([agency, events.some((e) => e.agency === agency && e.kind === 'REGISTRATION')]).toEqual([agency, true]);
    }
    // Staff terms from the schemas' descriptions, not enum codes.
    for (const event of events) expect([event.title, event.detail ?? '']).not.toContainEqual(expect.stringMatching(/^[A-Z_]+$/));
  });

  test('without consent a partner’s events are absent and it is named in withheldBy, whether or not it knows the person', async () => {
    const person = population.people.find(
      (p) => p.knownTo.employment && p.knownTo.womenReemployment && !consenting.has(p.id) && DEMO_COUNSELLOR.municipalities.includes(p.municipalityCode),
    )!;
    const before = await timelineOf(person.id);
    expect(before.withheldBy).toEqual(PARTNERS);
    expect(agenciesIn(before.events)).toEqual(new Set(['WORKPLUS', 'EMPLOYMENT']));
    // The partners' refusals are of their own timeline fields, which the client never selected: withheldBy names them.
    expect(before.errors).toEqual([]);

    const RECORD = `mutation ($participantId: ID!, $consents: [ConsentInput!]!) { recordConsents(participantId: $participantId, consents: $consents) { id } }`;
    const validUntil = `${new Date().getFullYear() + 1}-12-31`;
    // The women's desk of the person's center records what the person agreed it may tell employment.
    const womenDesk = await system.token(staffAt(person.centerId, 'WOMEN'));
    const recorded = await system.query(
      RECORD,
      { participantId: person.id, consents: [{ discloser: 'WOMEN', recipient: 'EMPLOYMENT', purposes: ['COUNSELLING'], validUntil }] },
      { token: womenDesk },
    );
    expect(recorded.errors).toBeUndefined();

    const after = await timelineOf(person.id);
    expect(after.withheldBy).toEqual(PARTNERS.filter((a) => a !== 'WOMEN'));
    expect(agenciesIn(after.events)).toEqual(new Set(['WORKPLUS', 'EMPLOYMENT', 'WOMEN']));
    expect(times(after.events)).toEqual([...times(after.events)].sort((a, b) => a - b));
    // Another purpose is not covered by the consent.
    expect((await timelineOf(person.id, { purpose: 'placement' })).withheldBy).toContain('WOMEN');
  });

  test('a resident outside the caller’s center: no timeline at all; the center that serves them sees 행복e음’s events', async () => {
    const incheon = population.people.find((p) => p.knownTo.welfare && p.municipalityCode === '28200')!;
    // Seoul-West has no link to an Incheon resident: Work-Plus withholds the whole timeline, as it does their identity.
    const seoulWest = await system.query(TIMELINE, { id: incheon.id }, { token: await system.token(staffAt('ctr-seoul-west', 'SOCIAL_SECURITY')) });
    expect(seoulWest.data.participant.timeline).toBeNull();
    expect(seoulWest.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toContainEqual(['participant.timeline', 'WITHHELD']);
    const served = await timelineOf(incheon.id, { token: await system.token(staffAt('ctr-incheon', 'SOCIAL_SECURITY')) });
    expect(served.withheldBy).not.toContain('SOCIAL_SECURITY');
    expect(agenciesIn(served.events)).toContain('SOCIAL_SECURITY');
  });

  test('each agency logs the timeline reads it disclosed, and Work-Plus its own', async () => {
    const reader = 'stf-seoul-west-veterans-3';
    await timelineOf(showcase.id, { token: await system.token({ agency: 'VETERANS', subject: reader }) });
    const citizen = await system.token({ agency: 'WORKPLUS', roles: ['CITIZEN'], participant: showcase.id, subject: showcase.id });
    const { data, errors } = await system.query(TRACKER, { id: showcase.id }, { token: citizen, purpose: 'self-access' });
    expect(errors).toBeUndefined();
    const reads = (data.participant.dataAccessLog as { owner: string; readerId: string; basis: string; items: string[] }[]).filter(
      (e) => e.readerId === reader,
    );
    expect(new Set(reads.map((e) => e.owner))).toEqual(new Set(['WORKPLUS', 'EMPLOYMENT', ...PARTNERS]));
    expect(reads).toContainEqual(expect.objectContaining({ owner: 'WORKPLUS', items: ['participant.timeline.events', 'participant.timeline.withheldBy'] }));
    expect(reads).toContainEqual(
      expect.objectContaining({
        owner: 'WOMEN',
        basis: `CONSENT cns-${showcase.id.slice(4)}-women-veterans`,
        items: expect.arrayContaining(['womenReemploymentTimeline.title']),
      }),
    );
    expect(reads).toContainEqual(expect.objectContaining({ owner: 'VETERANS', basis: 'OWN_AGENCY' }));
  });
});
