import { loadSchema } from '../../../shared/definition.js';
import { staffTerms } from '../../../shared/staff-terms.js';
import { startOfDay, type EventSource, type OwnEvent } from '../../../shared/timeline.js';
import type { Context } from '../context.js';
import { visibleIntakes } from '../resolvers/intake.js';
import { visiblePlacements } from '../resolvers/placements.js';
import { visibleReferrals } from '../resolvers/referrals.js';

// loadSchema reads the schema.graphql beside the folder of the module it is given: here src/, so Work-Plus's own.
const term = staffTerms(loadSchema(new URL('..', import.meta.url).href));

/** The person's registration at the center (최초 등록), from Work-Plus's participant record. */
const registration: EventSource<Context> = async (participantId, { loaders }) => {
  const person = await loaders.participant.load(participantId);
  if (!person) return [];
  const center = await loaders.center.load(person.centerId);
  return [{ at: new Date(person.registeredAt).toISOString(), kind: 'REGISTRATION', title: '고용복지플러스센터 최초 등록', detail: center?.name ?? null }];
};

/** Initial consultations (초기상담) the caller may see, with the needs stated. */
const intakes: EventSource<Context> = async (participantId, context) =>
  visibleIntakes(context, await context.loaders.intakesOfParticipant.load(participantId)).map((intake) => ({
    at: intake.at.toISOString(),
    kind: 'INTAKE',
    title: '초기상담',
    detail: intake.needs.map((need) => term('IntakeNeed', need)).join(', '),
  }));

/** Every step of every referral the caller's agency is party to: request, acceptance, start, and how it ended. */
const referralSteps: EventSource<Context> = async (participantId, context) => {
  const referrals = visibleReferrals(context, await context.loaders.referralsOfParticipant.load(participantId));
  const histories = await Promise.all(referrals.map((r) => context.loaders.referralChanges.load(r.id)));
  return referrals.flatMap((referral, i) =>
    histories[i]!.map((change): OwnEvent => ({
      at: change.at.toISOString(),
      kind: 'REFERRAL',
      title: `서비스 연계 ${term('ReferralStatus', change.toStatus)}`,
      detail: `${term('Agency', referral.fromAgency)} → ${term('Agency', referral.toAgency)}: ${term('ReferralService', referral.service)}${change.note ? ` (${change.note})` : ''}`,
    })),
  );
};

/** Placements reported to the center, with every agency credited. */
const placements: EventSource<Context> = async (participantId, context) =>
  visiblePlacements(context, await context.loaders.placementsOfParticipant.load(participantId)).map((placement) => ({
    at: startOfDay(placement.startedOn),
    kind: 'PLACEMENT',
    title: `취업: ${placement.jobTitle}`,
    detail: `공동 실적 ${placement.creditedAgencies.map((agency) => term('Agency', agency)).join(', ')}`,
  }));

/** Each of Work-Plus's own kinds of event; a new kind is one more source here. */
const SOURCES: EventSource<Context>[] = [registration, intakes, referralSteps, placements];

/** Work-Plus's own events for the person, through the request's loaders: one statement per kind, whatever the number of people. */
export async function workplusEvents(participantId: string, context: Context): Promise<OwnEvent[]> {
  return (await Promise.all(SOURCES.map((source) => source(participantId, context)))).flat();
}
