import { loadSchema } from '../../shared/definition.js';
import { staffTerms } from '../../shared/staff-terms.js';
import { startOfDay, type EventSource, type OwnEvent } from '../../shared/timeline.js';
import type { Context } from './context.js';

const term = staffTerms(loadSchema(import.meta.url));

/** The self-sufficiency center's events: enrolment and its end, the self-reliance plan, and asset-building accounts. */
export const selfSufficiencyEvents: EventSource<Context> = async (participantId, { loaders }) => {
  const [enrollment, plan, accounts] = await Promise.all([
    loaders.enrollment.load(participantId),
    loaders.plan.load(participantId),
    loaders.assetAccounts.load(participantId),
  ]);
  const events: OwnEvent[] = [];
  if (enrollment) {
    events.push({ at: startOfDay(enrollment.enrolledOn), kind: 'REGISTRATION', title: '자활사업 참여', detail: enrollment.centerName });
    if (enrollment.endedOn) {
      events.push({ at: startOfDay(enrollment.endedOn), kind: 'PROGRAM', title: '자활사업 종료', detail: term('SelfSufficiencyStatus', enrollment.status) });
    }
  }
  if (plan) events.push({ at: startOfDay(plan.drawnUpOn), kind: 'COUNSELLING', title: '자립경로 계획 수립', detail: term('SelfSufficiencyGoal', plan.goal) });
  for (const account of accounts) {
    events.push({
      at: startOfDay(account.openedOn),
      kind: 'PROGRAM',
      title: '자산형성지원 통장 개설',
      detail: term('SelfSufficiencyAssetAccountType', account.accountType),
    });
  }
  return events;
};
