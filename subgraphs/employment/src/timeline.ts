import { loadSchema } from '../../shared/definition.js';
import { staffTerms } from '../../shared/staff-terms.js';
import { startOfDay, type EventSource, type OwnEvent } from '../../shared/timeline.js';
import type { Context } from './context.js';

const term = staffTerms(loadSchema(import.meta.url));

/** The public employment center's events: job-seeker registration, benefit claims, NESP, training and placements. */
export const employmentEvents: EventSource<Context> = async (participantId, { loaders }) => {
  const [seeker, claims, nesp, trainings, placements] = await Promise.all([
    loaders.jobSeeker.load(participantId),
    loaders.benefitClaims.load(participantId),
    loaders.nespParticipations.load(participantId),
    loaders.trainings.load(participantId),
    loaders.placements.load(participantId),
  ]);
  const events: OwnEvent[] = [];
  if (seeker) events.push({ at: startOfDay(seeker.registeredOn), kind: 'REGISTRATION', title: '구직등록', detail: seeker.office });
  for (const claim of claims) {
    events.push({
      at: startOfDay(claim.claimedOn),
      kind: 'BENEFIT_DECISION',
      title: '실업급여 수급자격 신청',
      detail: term('BenefitClaimStatus', claim.status),
    });
  }
  for (const participation of nesp) {
    const track = term('NespTrack', participation.track);
    events.push({ at: startOfDay(participation.appliedOn), kind: 'PROGRAM', title: '국민취업지원제도 참여 신청', detail: track });
    if (participation.decidedOn) {
      events.push({ at: startOfDay(participation.decidedOn), kind: 'BENEFIT_DECISION', title: '국민취업지원제도 수급자격 결정', detail: track });
    }
  }
  for (const training of trainings) events.push({ at: startOfDay(training.startedOn), kind: 'TRAINING', title: '직업훈련', detail: training.courseName });
  for (const placement of placements)
    events.push({ at: startOfDay(placement.startedOn), kind: 'PLACEMENT', title: '알선취업', detail: placement.occupationName });
  return events;
};
