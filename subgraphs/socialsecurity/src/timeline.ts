import { loadSchema } from '../../shared/definition.js';
import { staffTerms } from '../../shared/staff-terms.js';
import { startOfDay, type EventSource, type OwnEvent } from '../../shared/timeline.js';
import type { Context } from './context.js';

const term = staffTerms(loadSchema(import.meta.url));

/** 행복e음's events for the person: joining a household on file, and each entitlement's application and decision. */
export const welfareEvents: EventSource<Context> = async (participantId, { loaders }) => {
  // Known iff a member of a household on file; loading the rest only then keeps each loader to one batch per request.
  const membership = await loaders.membership.load(participantId);
  if (!membership) return [];
  const events: OwnEvent[] = [{ at: startOfDay(membership.joinedOn), kind: 'REGISTRATION', title: '행복e음 가구원 등록', detail: null }];
  for (const entitlement of await loaders.entitlements.load(participantId)) {
    const program = term('WelfareProgram', entitlement.program);
    events.push({ at: startOfDay(entitlement.appliedOn), kind: 'BENEFIT_DECISION', title: `${program} 신청`, detail: null });
    if (entitlement.decidedOn) {
      events.push({
        at: startOfDay(entitlement.decidedOn),
        kind: 'BENEFIT_DECISION',
        title: `${program} 결정`,
        detail: term('WelfareEntitlementStatus', entitlement.status),
      });
    }
  }
  return events;
};
