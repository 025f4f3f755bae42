import { authorizeAccessLogRead, trackerEntries, type toDataAccess } from '../../../shared/audit/access-log.js';
import { RECORD_HOLDERS } from '../../../registry.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';

/** Each record-holding agency serves its log of the person on `<participantField>AccessLog`, through @requires. */
const AGENCY_LOGS = RECORD_HOLDERS.map((s) => `${s.participantField}AccessLog`);

type Entry = ReturnType<typeof toDataAccess> | { at: Date | string };

export const dataAccessLogResolvers: Resolvers = {
  Participant: {
    dataAccessLog: async (row, _, context) => {
      authorizeAccessLogRead(context, row.id);
      const fromAgencies = AGENCY_LOGS.flatMap((field) => (row as unknown as Record<string, Entry[] | undefined>)[field] ?? []);
      const own = trackerEntries('WORKPLUS', await context.accessLog.load(row.id));
      return [...own, ...fromAgencies].sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime()) as never;
    },
  },
};
