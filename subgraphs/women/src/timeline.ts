import { loadSchema } from '../../shared/definition.js';
import { staffTerms } from '../../shared/staff-terms.js';
import { startOfDay, type EventSource, type OwnEvent } from '../../shared/timeline.js';
import type { Context } from './context.js';

const term = staffTerms(loadSchema(import.meta.url));

/** The women's reemployment center's events: registration, counselling, training, internships and placements. */
export const womenEvents: EventSource<Context> = async (participantId, { loaders }) => {
  const [profile, sessions, enrollments, internships, placements] = await Promise.all([
    loaders.profile.load(participantId),
    loaders.counsellingSessions.load(participantId),
    loaders.trainingEnrollments.load(participantId),
    loaders.internships.load(participantId),
    loaders.placements.load(participantId),
  ]);
  const events: OwnEvent[] = [];
  if (profile) events.push({ at: startOfDay(profile.registeredOn), kind: 'REGISTRATION', title: '새일센터 구직등록', detail: profile.office });
  for (const session of sessions) {
    events.push({ at: startOfDay(session.heldOn), kind: 'COUNSELLING', title: '새일센터 상담', detail: term('WomenCounsellingKind', session.kind) });
  }
  for (const enrollment of enrollments) {
    events.push({
      at: startOfDay(enrollment.enrolledOn),
      kind: 'TRAINING',
      title: '직업교육훈련 등록',
      detail: term('WomenTrainingStatus', enrollment.status),
    });
  }
  for (const internship of internships) {
    events.push({ at: startOfDay(internship.startedOn), kind: 'PROGRAM', title: '새일여성인턴', detail: internship.occupationName });
  }
  for (const placement of placements) events.push({ at: startOfDay(placement.startedOn), kind: 'PLACEMENT', title: '취업', detail: placement.occupationName });
  return events;
};
