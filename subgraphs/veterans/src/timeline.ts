import { loadSchema } from '../../shared/definition.js';
import { staffTerms } from '../../shared/staff-terms.js';
import { startOfDay, type EventSource, type OwnEvent } from '../../shared/timeline.js';
import type { Context } from './context.js';

const term = staffTerms(loadSchema(import.meta.url));

/** The veterans support center's events: registration, career counselling, support decisions and placements. */
export const veteransEvents: EventSource<Context> = async (participantId, { loaders }) => {
  const [registration, sessions, measures, placements] = await Promise.all([
    loaders.registration.load(participantId),
    loaders.counsellingSessions.load(participantId),
    loaders.supportMeasures.load(participantId),
    loaders.placements.load(participantId),
  ]);
  const events: OwnEvent[] = [];
  if (registration) {
    events.push({ at: startOfDay(registration.registeredOn), kind: 'REGISTRATION', title: '제대군인 구직등록', detail: registration.office });
  }
  for (const session of sessions) {
    events.push({ at: startOfDay(session.heldOn), kind: 'COUNSELLING', title: '전직상담', detail: term('VeteranCounsellingTopic', session.topic) });
  }
  for (const measure of measures) {
    events.push({
      at: startOfDay(measure.decidedOn ?? measure.appliedOn),
      kind: 'BENEFIT_DECISION',
      title: term('VeteranSupportKind', measure.kind),
      detail: term('VeteranSupportStatus', measure.status),
    });
  }
  for (const placement of placements) events.push({ at: startOfDay(placement.startedOn), kind: 'PLACEMENT', title: '취업', detail: placement.occupationName });
  return events;
};
