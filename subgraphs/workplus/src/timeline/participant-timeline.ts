import { eventsOf, inTimeOrder, type TimelineEvent } from '../../../shared/timeline.js';
import type { AgencyCode } from '../../../../trust/identity.js';
import { RECORD_HOLDERS } from '../../../registry.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { workplusEvents } from './own-events.js';

/**
 * Each record-holding agency's events arrive on `<participantField>Timeline`
 * through @requires (see schema.graphql), already decided by that agency's policy.
 */
const AGENCY_TIMELINES = Object.fromEntries(RECORD_HOLDERS.map((s) => [`${s.participantField}Timeline`, s.agency as AgencyCode]));

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
