import { eventsOf, inTimeOrder, type TimelineEvent } from '../../../shared/timeline.js';
import type { AgencyCode } from '../../../shared/trust/identity.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { workplusEvents } from './own-events.js';

/**
 * Each agency's events arrive through @requires (see schema.graphql), already
 * decided by that agency's policy; adding an agency adds its field here and there.
 */
const AGENCY_TIMELINES: Record<string, AgencyCode> = {
  employmentTimeline: 'EMPLOYMENT',
  womenReemploymentTimeline: 'WOMEN',
  veteransTimeline: 'VETERANS',
  selfSufficiencyTimeline: 'SELF_SUFFICIENCY',
  welfareTimeline: 'SOCIAL_SECURITY',
};

export const timelineResolvers: Resolvers = {
  Participant: {
    timeline: async (row, _, context) => {
      const provided = row as unknown as Record<string, TimelineEvent[] | null | undefined>;
      const events: TimelineEvent[] = await eventsOf('WORKPLUS', workplusEvents, row.id, context);
      const withheldBy: AgencyCode[] = [];
      for (const [field, agency] of Object.entries(AGENCY_TIMELINES)) {
        // An agency that knows nothing of the person answers []; null means it refused, or did not answer.
        const fromAgency = provided[field];
        if (fromAgency) events.push(...fromAgency);
        else withheldBy.push(agency);
      }
      return { events: inTimeOrder(events), withheldBy } as never;
    },
  },
};
